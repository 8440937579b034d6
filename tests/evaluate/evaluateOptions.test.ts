/**
 * Issue 11: the options of `evaluateCase` are checked as a record is, every date it reads is a
 * real date in the calendar (1978–2200) or is refused at its path, and `safeEvaluateCase`
 * answers whatever it is given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseRecordError, COUNTINGS, evaluateCase, loadRuleSet, parseRuleSet, safeEvaluateCase,
  type CaseRecordIssue, type EvaluateOptions } from '../../src/index.js';
import { INVALID_DATE_EXAMPLES, invalidDate } from '../support/invalidDates.js';
import { hostileValue } from './arbitraries.js';
import { stHelensCase } from './caseBuilder.js';

const ASOF = '2025-01-10';
const RANGE = 'is outside the calendar, which runs from 1978-01-01 to 2200-12-31';

function issuesOf(record: unknown, options: unknown): readonly CaseRecordIssue[] {
  const result = safeEvaluateCase(record, options as EvaluateOptions);
  if (result.success) throw new Error('expected the case to be refused');
  expect(result.error).toBeInstanceOf(CaseRecordError);
  return result.error.issues;
}

const aCase = () => stHelensCase([{ type: 'meeting-decided', on: '2025-01-06' }]);

describe('evaluateCase checks its options, naming each bad one', () => {
  it.each([
    [{ asOf: ASOF, counting: 'bogus' }, 'counting', '"bogus" is not a way of counting: give one of start-excluded, start-included, dfe-census'],
    [{ asOf: ASOF, dueSoonWorkingDays: Number.NaN }, 'dueSoonWorkingDays', 'NaN is not a whole number of working days, 0 or more'],
    [{ asOf: ASOF, dueSoonWorkingDays: -5 }, 'dueSoonWorkingDays', '-5 is not a whole number of working days, 0 or more'],
    [{ asOf: ASOF, dueSoonWorkingDays: 2.5 }, 'dueSoonWorkingDays', '2.5 is not a whole number of working days, 0 or more'],
    [{ asOf: ASOF, dueSoonWorkingDays: '5' }, 'dueSoonWorkingDays', '"5" is not a whole number of working days, 0 or more'],
    [{ asOf: ASOF, closures: ['2025-01-08'] }, 'options', 'unknown option "closures": evaluateCase takes asOf, ruleSet, dueSoonWorkingDays, counting'],
    [{ asOf: ASOF, ruleSet: 'st-helens' }, 'ruleSet', '"st-helens" is not a rule set: pass one that loadRuleSet or parseRuleSet returned'],
    [{ asOf: ASOF, ruleSet: { id: 'st-helens', levels: [] } }, 'ruleSet',
      '{"id":"st-helens","levels":[]} is not a rule set: pass one that loadRuleSet or parseRuleSet returned'],
    [{}, 'asOf', 'no date: give one written YYYY-MM-DD, or a Date'],
    [{ asOf: 20250110 }, 'asOf', '20250110 is not a date: give one written YYYY-MM-DD, or a Date'],
    [{ asOf: new Date(Number.NaN) }, 'asOf', 'an invalid Date is not a date: give one written YYYY-MM-DD, or a Date'],
    [undefined, 'options', 'the options must be an object with asOf, ruleSet, dueSoonWorkingDays, counting, not undefined'],
    ['2025-01-10', 'options', 'the options must be an object with asOf, ruleSet, dueSoonWorkingDays, counting, not "2025-01-10"'],
  ])('%j → %s', (options, path, message) => {
    expect(issuesOf(aCase(), options)).toEqual([{ path, message }]);
    expect(() => evaluateCase(aCase(), options as EvaluateOptions)).toThrow(CaseRecordError);
  });

  it('reads a Date asOf as its date in London, as the README says', () => {
    // 23:30 UTC on 30 June 2025 is 00:30 BST on 1 July.
    expect(evaluateCase(aCase(), { asOf: new Date('2025-06-30T23:30:00Z') }).asOf).toBe('2025-07-01');
    // 23:30 UTC on 15 January is 23:30 GMT the same day.
    expect(evaluateCase(aCase(), { asOf: new Date('2025-01-15T23:30:00Z') }).asOf).toBe('2025-01-15');
  });

  it('lists a bad option beside the record\'s own problems', () => {
    expect(issuesOf({ ...aCase(), currentLevel: 7 }, { asOf: ASOF, counting: 'NETWORKDAYS' }).map((i) => i.path)).toEqual(['currentLevel', 'counting']);
  });

  it('accepts every counting convention, a rule set from parseRuleSet, and a due-soon window of 0', () => {
    for (const counting of COUNTINGS) expect(safeEvaluateCase(aCase(), { asOf: ASOF, counting }).success).toBe(true);
    const own = parseRuleSet({ id: 'my-st-helens', name: 'St Helens, own copy', authority: 'St Helens', version: '1.0.0',
      effectiveFrom: '2022-04-01', extends: 'st-helens', sources: [] });
    expect(evaluateCase(aCase(), { asOf: ASOF, ruleSet: own, dueSoonWorkingDays: 0 }).ruleSet.id).toBe('my-st-helens');
  });
});

describe('every date the evaluator reads is a real YYYY-MM-DD date in 1978–2200 (issue 11, findings 1 and 2)', () => {
  it('refuses an event on "2O24-12-09" (letter O) at its path, where it was read as no date and its deadlines vanished', () => {
    expect(issuesOf(stHelensCase([{ type: 'meeting-decided', on: '2O24-12-09' }]), { asOf: ASOF }))
      .toEqual([{ path: 'events[0].on', message: '"2O24-12-09" is not a real date written YYYY-MM-DD' }]);
  });

  it('refuses an event on 0000-01-01 or 1900-05-01, and an as-of date of 2300-01-01, naming the range', () => {
    expect(issuesOf(stHelensCase([{ type: 'meeting-decided', on: '0000-01-01' }, { type: 'meeting-decided', on: '1900-05-01' }]), { asOf: ASOF }))
      .toEqual([{ path: 'events[0].on', message: `"0000-01-01" ${RANGE}` }, { path: 'events[1].on', message: `"1900-05-01" ${RANGE}` }]);
    expect(issuesOf(aCase(), { asOf: '2300-01-01' })).toEqual([{ path: 'asOf', message: `"2300-01-01" ${RANGE}` }]);
    expect(issuesOf(aCase(), { asOf: new Date('1977-12-31T12:00:00Z') })).toEqual([{ path: 'asOf', message: `"1977-12-31T12:00:00.000Z" ${RANGE}` }]);
  });

  const withDateAt: Record<string, (date: string) => { record: unknown; asOf: string }> = {
    'events[0].on': (date) => ({ record: stHelensCase([{ type: 'meeting-decided', on: date }]), asOf: ASOF }),
    'consent.on': (date) => ({ record: { ...aCase(), consent: { given: true, on: date } }, asOf: ASOF }),
    'consent.withdrawnOn': (date) => ({ record: { ...aCase(), consent: { given: false, on: '2022-04-01', withdrawnOn: date } }, asOf: ASOF }),
    'child.dateOfBirth': (date) => ({ record: { ...aCase(), child: { dateOfBirth: date } }, asOf: ASOF }),
    asOf: (date) => ({ record: aCase(), asOf: date }),
  };

  it.each(Object.keys(withDateAt))('property: every invalid date at %s is refused there, and only there', (path) => {
    const place = withDateAt[path] as (date: string) => { record: unknown; asOf: string };
    for (const date of Object.values(INVALID_DATE_EXAMPLES)) {
      const { record, asOf } = place(date);
      expect(issuesOf(record, { asOf }).map((i) => i.path), JSON.stringify(date)).toEqual([path]);
    }
    fc.assert(fc.property(invalidDate, (date) => {
      const { record, asOf } = place(date);
      expect(issuesOf(record, { asOf }).map((i) => i.path)).toEqual([path]);
    }), { numRuns: 150 });
  });
});

describe('safeEvaluateCase never throws, whatever it is given', () => {
  const throwing = new Proxy({}, {
    get() { throw new Error('get trap'); },
    has() { throw new Error('has trap'); },
    ownKeys() { throw new Error('ownKeys trap'); },
    getOwnPropertyDescriptor() { throw new Error('descriptor trap'); },
    getPrototypeOf() { throw new Error('prototype trap'); },
  });
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const getterThatThrows = (key: string, base: object) => Object.defineProperty({ ...base }, key, {
    enumerable: true, get() { throw new Error(`no ${key} today`); },
  });

  it.each([
    ['no options', aCase(), undefined],
    ['null options', aCase(), null],
    ['a proxy whose every trap throws, as the record', throwing, { asOf: ASOF }],
    ['a proxy whose every trap throws, as the options', aCase(), throwing],
    ['a revoked proxy as the options', aCase(), revoked],
    ['a revoked proxy as asOf', aCase(), { asOf: revoked }],
    ['a getter that throws on the record id', getterThatThrows('id', aCase()), { asOf: ASOF }],
    ['a getter that throws on asOf', aCase(), getterThatThrows('asOf', {})],
    ['a getter that throws on ruleSet', aCase(), getterThatThrows('ruleSet', { asOf: ASOF })],
    ['a bogus rule set', aCase(), { asOf: ASOF, ruleSet: { levels: 4 } }],
    ['a Symbol as asOf', aCase(), { asOf: Symbol('2025-01-10') }],
  ])('%s → an error with issues, not a throw', (_what, record, options) => {
    let result: ReturnType<typeof safeEvaluateCase> | undefined;
    expect(() => { result = safeEvaluateCase(record, options as EvaluateOptions); }).not.toThrow();
    expect(result?.success).toBe(false);
    if (result && !result.success) expect(result.error.issues.length).toBeGreaterThan(0);
  });

  it('a rule set broken after it was checked → an issue at the record, not a TypeError', () => {
    const own = parseRuleSet({ id: 'my-st-helens', name: 'St Helens, own copy', authority: 'St Helens', version: '1.0.0',
      effectiveFrom: '2022-04-01', extends: 'st-helens', sources: [] });
    (own as { timescales: unknown }).timescales = 'none';
    const result = safeEvaluateCase(aCase(), { asOf: ASOF, ruleSet: own });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.caseId).toBe('SH-TEST');
      expect(result.error.issues).toHaveLength(1);
      expect(result.error.issues[0]?.path).toBe('');
      expect(result.error.issues[0]?.message).toMatch(/^the case cannot be evaluated: /);
    }
  });

  it('property: never throws on fc.anything() as the options, or as any one option', () => {
    const options = fc.oneof(
      hostileValue,
      fc.record({ asOf: fc.oneof(fc.constant(ASOF), hostileValue), ruleSet: fc.oneof(fc.constant(loadRuleSet('st-helens')), hostileValue),
        dueSoonWorkingDays: fc.oneof(fc.integer({ min: 0, max: 20 }), hostileValue), counting: fc.oneof(fc.constantFrom(...COUNTINGS), hostileValue),
      }, { requiredKeys: [] }),
      fc.dictionary(fc.string(), hostileValue, { maxKeys: 4 }),
    );
    fc.assert(fc.property(fc.oneof(fc.constant(aCase()), hostileValue), options, (record, opts) => {
      const result = safeEvaluateCase(record, opts as EvaluateOptions);
      expect(Object.keys(result).sort()).toEqual(result.success ? ['data', 'success'] : ['error', 'success']);
      if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
    }), { numRuns: 500 });
  });
});
