/**
 * Issue 13: evaluateCase checks records and options with zod's compiled form of their schemas
 * (`z.compile`) once a process has evaluated 1,000 cases. The compiled path must be invisible: on
 * every input it gives exactly what zod's own parse gives, the same data (key for key, in the same
 * order) for valid input and the same issues (paths and messages) for invalid input. These
 * properties run both paths on 10,000 generated records, valid and invalid, and 2,000 option objects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseRecordSchema, COUNTINGS, loadRuleSet, safeEvaluateCase, type EvaluateOptions } from '../../src/index.js';
import { compiledParse, type UntrustedParse } from '../../src/evaluate/compiledParse.js';
import { EvaluateOptionsSchema } from '../../src/evaluate/evaluateCase.js';
import { safeParseUntrusted } from '../../src/rules/safeParseUntrusted.js';
import { generatedCaseLine } from '../support/generateCaseload.js';
import { invalidDate } from '../support/invalidDates.js';
import { caseArb, eventIn, hostileKey, hostileValue, nearlyACase, PROCESS_TYPES, storyArb } from './arbitraries.js';

const RUNS = 10_000;
const compiledRecord = compiledParse(CaseRecordSchema, 0);
const zodRecord = (input: unknown) => safeParseUntrusted(CaseRecordSchema, input);
const compiledOptions = compiledParse(EvaluateOptionsSchema, 0);
const zodOptions = (input: unknown) => safeParseUntrusted(EvaluateOptionsSchema, input);

/** Both paths agree, down to the order of keys in the data (which JSON output would show). */
function samePath<T>(fast: ReturnType<UntrustedParse<T>>, slow: ReturnType<UntrustedParse<T>>): void {
  expect(fast).toEqual(slow);
  if (fast.success && slow.success) expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.data));
}

const AUTHORITIES = ['st-helens', 'warrington', 'york', 'sefton', 'england/working-together'];
const validRecord = fc.oneof(
  caseArb(AUTHORITIES, '2024-06-01', '2025-12-31', 20, PROCESS_TYPES),
  storyArb('2024-06-01', '2025-12-31').map(({ record }) => record),
  fc.nat(99_999).map((i) => JSON.parse(generatedCaseLine(i)) as unknown),
  // Every optional field, notes, ids and instants beside dates.
  caseArb(AUTHORITIES, '1978-01-01', '2200-12-31', 8).chain((record) => fc.record({
    team: fc.string({ maxLength: 200 }), worker: fc.string({ maxLength: 200 }),
    events: fc.array(eventIn('1978-01-02', '2200-12-30').chain((event) => fc.record({
      id: fc.string({ maxLength: 200 }), note: fc.string({ maxLength: 300 }),
    }, { requiredKeys: [] }).map((extra) => ({ ...event, ...extra }))), { maxLength: 8 }),
    child: fc.record({ unborn: fc.boolean(), dateOfBirth: fc.constantFrom('2020-02-29', '1978-01-01', '2200-12-31') }, { requiredKeys: [] }),
    consent: fc.record({ given: fc.boolean(), on: fc.constant('2025-01-01'), withdrawnOn: fc.constant('2025-02-01') }, { requiredKeys: ['given'] }),
  }, { requiredKeys: [] }).map((extra) => ({ ...record, ...extra }))),
);

/** One of a record's events, when an earlier change has left it any. */
function eventAt(record: Record<string, unknown>, index: number): Record<string, unknown> | undefined {
  const events = record.events;
  if (!Array.isArray(events) || events.length === 0) return undefined;
  const event: unknown = events[index % events.length];
  return event !== null && typeof event === 'object' ? event as Record<string, unknown> : undefined;
}

/** A change that makes a valid record (usually) invalid. */
type Mutation = (record: Record<string, unknown>) => void;
const mutation: fc.Arbitrary<Mutation> = fc.oneof<fc.Arbitrary<Mutation>[]>(
  // A field set to anything at all, an extra key, a field removed.
  fc.tuple(hostileKey, hostileValue).map(([key, value]) => (record) => { record[key] = value; }),
  fc.constantFrom('id', 'authority', 'events', 'needs', 'currentLevel', 'consent', 'child').map((key) => (record) => { delete record[key]; }),
  // An event's field set to anything, to a bad date or a malformed instant; an event removed of its date.
  fc.tuple(fc.nat(30), fc.constantFrom('type', 'on', 'at', 'kind', 'outcome', 'toLevel', 'section47', 'id', 'note', 'extra'),
    fc.oneof(hostileValue, invalidDate, fc.constantFrom('2025-03-30T01:30:00', '2025-13-01T00:00:00Z', '2025-01-06T23:30:00-05:00', 'x'.repeat(201))))
    .map(([index, key, value]) => (record) => {
      const event = eventAt(record, index);
      if (event) event[key] = value;
    }),
  fc.nat(30).map((index) => (record) => {
    const event = eventAt(record, index);
    if (event) { delete event.on; delete event.at; }
  }),
  // Needs, consent and child with a wrong value or an extra key.
  fc.tuple(fc.constantFrom('needs', 'consent', 'child'), hostileKey, hostileValue).map(([field, key, value]) => (record) => {
    const inner = record[field];
    if (inner !== null && typeof inner === 'object') (inner as Record<string, unknown>)[key] = value;
  }),
);
const invalidRecord = fc.oneof(
  fc.tuple(validRecord, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([record, changes]) => {
    const copy = structuredClone(record) as Record<string, unknown>;
    for (const change of changes) change(copy);
    return copy as unknown;
  }),
  nearlyACase,
  hostileValue,
);

// 10,000 records a property: minutes, not seconds, on a machine busy with other work (the suite's default is 60 s).
describe('the compiled record check gives what zod gives', { timeout: 300_000 }, () => {
  it(`property: the same data on ${RUNS.toLocaleString('en-GB')} valid records`, () => {
    fc.assert(fc.property(validRecord, (record) => {
      const fast = compiledRecord(record);
      expect(fast.success).toBe(true);
      samePath(fast, zodRecord(record));
    }), { numRuns: RUNS });
  });

  it(`property: the same issues, or the same data, on ${RUNS.toLocaleString('en-GB')} mutated and hostile records`, () => {
    fc.assert(fc.property(invalidRecord, (record) => { samePath(compiledRecord(record), zodRecord(record)); }), { numRuns: RUNS });
  });
});

describe('the compiled options check gives what zod gives', () => {
  const ruleSet = loadRuleSet('st-helens');
  const option = fc.record({
    asOf: fc.oneof(fc.constantFrom('2025-01-10', '1978-01-01', '2200-12-31', new Date(Date.UTC(2025, 5, 30, 23, 30))), invalidDate, hostileValue),
    ruleSet: fc.oneof(fc.constant(ruleSet), hostileValue),
    dueSoonWorkingDays: fc.oneof(fc.nat(20), fc.constantFrom(-1, 2.5, Number.NaN, Infinity, '5'), hostileValue),
    counting: fc.oneof(fc.constantFrom(...COUNTINGS), hostileValue),
    [`extra`]: hostileValue,
  }, { requiredKeys: [] });
  it('property: the same options or the same issues on 2,000 option objects', () => {
    fc.assert(fc.property(fc.oneof({ weight: 4, arbitrary: option }, { weight: 1, arbitrary: hostileValue }), (options) => {
      samePath(compiledOptions(options), zodOptions(options));
    }), { numRuns: 2_000 });
  });
});

describe('evaluateCase gives the same result before and after it compiles its checks', () => {
  it('the same JSON for 600 generated records and the same issues for 600 broken ones, on zod\'s path and then on the compiled one', () => {
    // This file's first 1,200 evaluations go through zod's parse (the module compiles after 1,000).
    const records = Array.from({ length: 600 }, (_, i) => JSON.parse(generatedCaseLine(i)) as Record<string, unknown>);
    const broken = fc.sample(invalidRecord, { numRuns: 600, seed: 13 });
    const options: EvaluateOptions = { asOf: '2025-03-03' };
    const run = (): string[] => [...records, ...broken].map((record) => JSON.stringify(safeEvaluateCase(record, options),
      (_key, value: unknown) => (value instanceof Error ? { ...value, message: value.message } : value)));
    const onZod = run();
    const compiled = run();
    expect(compiled).toEqual(onZod);
    // Real results, not a pair of identical failures: the generated records evaluate.
    expect(onZod.slice(0, 600).every((json) => json.startsWith('{"success":true'))).toBe(true);
  });
});
