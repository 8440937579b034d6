/**
 * Properties of evaluation over generated cases: deterministic, independent of the host's time
 * zone, and every status consistent with the dates behind it, checked against oracles written
 * here (day-by-day working days, date-fns-style months) rather than against the package itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { englandAndWales, evaluateCase, loadRuleSet, londonDate, workingDaysBetween, type CaseRecordInput, type Deadline, type Evaluation } from '../../src/index.js';
import { caseArb, isoDateIn, storyArb } from './arbitraries.js';
import { naiveWorkday, plusDays, plusMonths, stHelensCase, workingDaysAfter, type EventInput } from './caseBuilder.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const FROM = '2024-10-01';
const TO = '2025-04-30';

const stHelens = loadRuleSet('st-helens');
/** Random St Helens cases (any events in a window) and story-shaped ones (events a few days apart). */
const caseAndDate = fc.oneof(
  fc.tuple(caseArb(['st-helens'], FROM, TO, 25), isoDateIn(FROM, TO)),
  storyArb('2022-04-01', '2026-06-30').map(({ record, asOf }) => [record, asOf] as [CaseRecordInput, string]),
);

const dateOf = (event: EventInput): string => event.on ?? londonDate(event.at as string);
const dayOf = (dateOrInstant: string): string => (dateOrInstant.length > 10 ? londonDate(dateOrInstant) : dateOrInstant);

describe('determinism', () => {
  it('the same record and date give deep-equal results, and the record is not changed', () => {
    fc.assert(fc.property(caseArb(['st-helens', 'warrington', 'york', 'sefton'], FROM, TO, 25), isoDateIn(FROM, TO), (record, asOf) => {
      const before = structuredClone(record);
      const first = evaluateCase(record, { asOf });
      const second = evaluateCase(structuredClone(record), { asOf });
      expect(second).toEqual(first);
      expect(record).toEqual(before);
      // The result is plain JSON: it survives a round trip unchanged.
      expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    }), { numRuns: 100 });
  });

  it('a deep-frozen record evaluates the same', () => {
    const freeze = <T>(value: T): T => {
      if (value !== null && typeof value === 'object') {
        Object.values(value).forEach(freeze);
        Object.freeze(value);
      }
      return value;
    };
    fc.assert(fc.property(caseAndDate, ([record, asOf]) => {
      expect(evaluateCase(freeze(structuredClone(record)), { asOf })).toEqual(evaluateCase(record, { asOf }));
    }), { numRuns: 50 });
  });

  it('the order of events on different days in the record does not matter', () => {
    fc.assert(fc.property(caseAndDate, ([record, asOf]) => {
      // Keep one event per day, so that the record's order is the only difference.
      const seen = new Set<string>();
      const events = record.events.filter((e) => !seen.has(dateOf(e)) && Boolean(seen.add(dateOf(e))));
      const forwards = { ...record, events };
      const backwards = { ...record, events: [...events].reverse() };
      // Warnings point into the record, so their paths follow its order: all else is the same.
      const withoutPaths = (result: Evaluation): unknown => ({ ...result,
        warnings: result.warnings.map(({ code, message }) => `${code}: ${message}`).sort() });
      expect(withoutPaths(evaluateCase(backwards, { asOf }))).toEqual(withoutPaths(evaluateCase(forwards, { asOf })));
    }), { numRuns: 100 });
  });
});

describe('independence from the host time zone', () => {
  // Cases whose answers would shift if anything were read in the host's zone: instants near midnight and
  // across both 2025 clock changes, and an as-of Date (read in London) at 23:30 GMT.
  const inputs: { record: CaseRecordInput; asOf?: string; asOfInstant?: string }[] = [
    { record: JSON.parse(readFileSync(join(repoRoot, 'examples/st-helens-case.json'), 'utf8')) as CaseRecordInput, asOf: '2025-02-20' },
    { record: stHelensCase([
      { type: 'contact-received', at: '2025-03-29T23:30:00Z', receivedAsLevel: 3 },
      { type: 'contact-received', at: '2025-10-25T23:30:00+01:00', receivedAsLevel: 3 },
      { type: 'screening-completed', at: '2025-10-26T23:59:00+00:00' },
      { type: 'meeting-decided', at: '2024-12-19T23:45:00Z' },
      { type: 'assessment-started', at: '2025-01-31T00:15:00Z', kind: 'early-help' },
      { type: 'meeting-held', on: '2025-01-31', kind: 'initial' },
    ]), asOf: '2025-11-03' },
    { record: stHelensCase([{ type: 'meeting-decided', on: '2025-02-19' }]), asOfInstant: '2025-02-19T23:30:00Z' },
  ];
  const local = inputs.map(({ record, asOf, asOfInstant }) => evaluateCase(record, { asOf: asOfInstant ? new Date(asOfInstant) : asOf as string }));

  const dir = mkdtempSync(join(tmpdir(), 'ehr-tz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = join(dir, 'evaluate-under-tz.ts');
  writeFileSync(script, [
    `import { readFileSync } from 'node:fs';`,
    `import { evaluateCase } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'src/index.ts')).href)};`,
    `const inputs = JSON.parse(readFileSync(0, 'utf8'));`,
    `const results = inputs.map(({ record, asOf, asOfInstant }) => evaluateCase(record, { asOf: asOfInstant ? new Date(asOfInstant) : asOf }));`,
    `console.log(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, offset: new Date('2025-01-01T00:00:00Z').getTimezoneOffset(), results }));`,
  ].join('\n'));

  it.each(['Pacific/Auckland', 'America/Los_Angeles'])('under TZ=%s a child process gives the same JSON', (zone) => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', script], {
      cwd: repoRoot, env: { ...process.env, TZ: zone }, input: JSON.stringify(inputs), encoding: 'utf8', timeout: 20_000,
    });
    const { zone: seen, offset, results } = JSON.parse(output) as { zone: string; offset: number; results: Evaluation[] };
    expect(seen).toBe(zone);
    expect(offset).toBe(zone === 'Pacific/Auckland' ? -780 : 480);
    expect(results).toEqual(JSON.parse(JSON.stringify(local)));
    // And the answers are the London ones: the as-of Date at 23:30 GMT is Wed 19 Feb 2025 in England.
    expect(results[2]?.asOf).toBe('2025-02-19');
  });
});

/** The timescale (and its repeat) a deadline came from. */
type Match = { event: string; where?: Record<string, unknown[]> | undefined };

function ruleOf(d: Deadline): { amount: number; unit: string; start: Match; end: Match; until: Match | undefined } {
  const timescale = stHelens.timescales.find((t) => t.id === d.timescale && t.citation.source === d.citation.source)
    ?? stHelens.timescales.find((t) => t.id === d.timescale && t.repeat?.citation.source === d.citation.source);
  if (!timescale) throw new Error(`no timescale ${d.timescale}`);
  // Later occurrences of a repeating timescale follow its repeat; of any other, a later start event.
  const rule = d.occurrence === 1 || !timescale.repeat ? timescale : timescale.repeat;
  return { amount: rule.amount, unit: rule.unit, start: timescale.start, end: timescale.end, until: timescale.until };
}

/** The types an event counts as: its own, and the plan start or end a conference outcome records (Working Together). */
const countsAs = (event: EventInput): string[] => {
  const { kind, outcome } = event as { kind?: string; outcome?: string };
  if (event.type !== 'child-protection-conference') return [event.type];
  if (kind === 'initial' && outcome === 'plan') return [event.type, 'child-protection-plan-started'];
  if (kind === 'review' && outcome === 'no-plan') return [event.type, 'child-protection-plan-ended'];
  return [event.type];
};

const matches = (event: EventInput, end: { event: string; where?: Record<string, unknown[]> | undefined }): boolean =>
  countsAs(event).includes(end.event) && (event.type !== end.event
    || Object.entries(end.where ?? {}).every(([name, values]) => values.includes((event as Record<string, unknown>)[name])));

/** The due date the rule gives, computed here without the package's calendar arithmetic. */
function expectedDue(d: Deadline, rule: { amount: number; unit: string }): string {
  const startDay = dayOf(d.start);
  switch (rule.unit) {
    case 'working-days': return naiveWorkday(startDay, rule.amount);
    case 'days': return plusDays(startDay, rule.amount);
    case 'weeks': return plusDays(startDay, 7 * rule.amount);
    case 'months': return plusMonths(startDay, rule.amount);
    default: return d.start.length > 10 ? d.due : plusDays(startDay, Math.ceil(rule.amount / 24));
  }
}

describe('statuses are consistent with the dates (random St Helens cases)', () => {
  it('met ⇒ metOn ≤ due; met-late ⇒ metOn > due; overdue ⇒ asOf > due; open and due-soon ⇒ asOf ≤ due; counts match', () => {
    fc.assert(fc.property(caseAndDate, ([record, asOf]) => {
      const result = evaluateCase(record, { asOf });
      const visible = record.events.filter((e) => dateOf(e) <= asOf);
      for (const d of result.deadlines) {
        const rule = ruleOf(d);
        const due = dayOf(d.due);
        const start = dayOf(d.start);
        const hours = rule.unit === 'hours';
        expect(d.amount).toBe(rule.amount);
        expect(d.unit).toBe(rule.unit);
        expect(start <= asOf).toBe(true);
        expect(visible.some((e) => countsAs(e).includes(d.startEvent) && dateOf(e) === start)).toBe(true);
        expect(d.due).toBe(expectedDue(d, rule));
        if (hours && d.start.length > 10) expect(Date.parse(d.due) - Date.parse(d.start)).toBe(rule.amount * 3_600_000);
        expect(d.projected).toBe(Number(due.slice(0, 4)) > englandAndWales().lastPublishedYear && rule.unit === 'working-days');

        // The event that started it: the first on its day of the start type (for a later occurrence of a
        // chain, the end event that met the one before).
        const repetition = d.occurrence > 1 && stHelens.timescales.find((t) => t.id === d.timescale)?.repeat !== undefined;
        const startEvent = visible.find((e) => dateOf(e) === start && (repetition ? countsAs(e).includes(d.startEvent) : matches(e, rule.start)));
        // The end events that could have met it: on or after the start (after it, for a repetition), and
        // not before the start's instant when both record one.
        const ends = visible.filter((e) => matches(e, rule.end) && e !== startEvent
          && (repetition ? dateOf(e) > start : dateOf(e) >= start)
          && !(e.at !== undefined && startEvent?.at !== undefined && Date.parse(e.at) < Date.parse(startEvent.at)));
        switch (d.status) {
          case 'met':
          case 'met-late': {
            const metOn = d.metOn as string;
            expect(metOn).not.toBeNull();
            expect(ends.map(dateOf).sort()[0]).toBe(metOn);
            expect(d.workingDaysRemaining).toBeNull();
            if (d.status === 'met') {
              expect(metOn <= due).toBe(true);
              expect(d.workingDaysOverdue).toBe(0);
            } else {
              expect(hours ? metOn >= due : metOn > due).toBe(true);
              expect(d.workingDaysOverdue).toBe(workingDaysAfter(due, metOn));
            }
            break;
          }
          case 'not-required':
          case 'closed-unmet': {
            // Stopped unmet by the timescale's `until` event (no case here is closed): before it fell due, or after.
            const stoppedOn = d.stoppedOn as string;
            const until = rule.until as NonNullable<typeof rule.until>;
            const stops = visible.filter((e) => matches(e, until) && dateOf(e) >= start && dateOf(e) <= stoppedOn);
            expect(stops.length).toBeGreaterThan(0);
            expect(ends.filter((e) => dateOf(e) <= stoppedOn)).toEqual([]);
            expect(d.status).toBe(stoppedOn > due ? 'closed-unmet' : 'not-required');
            expect(d.workingDaysOverdue).toBe(stoppedOn > due ? workingDaysAfter(due, stoppedOn) : 0);
            break;
          }
          case 'overdue':
            expect(asOf > due).toBe(true);
            expect(d.metOn).toBeNull();
            expect(ends).toEqual([]);
            expect(d.workingDaysRemaining).toBeNull();
            expect(d.workingDaysOverdue).toBe(workingDaysAfter(due, asOf));
            break;
          default:
            expect(asOf <= due).toBe(true);
            expect(d.metOn).toBeNull();
            expect(ends).toEqual([]);
            expect(d.workingDaysRemaining).toBe(workingDaysBetween(asOf, due));
            expect(d.workingDaysRemaining).toBe(workingDaysAfter(asOf, due));
            expect(d.status).toBe((d.workingDaysRemaining ?? 0) <= 5 ? 'due-soon' : 'open');
            expect(d.workingDaysOverdue).toBe(0);
        }
      }
    }), { numRuns: 250 });
  });

  it('a repeating chain links each occurrence to the last one met and stops at the first unmet', () => {
    fc.assert(fc.property(caseAndDate, ([record, asOf]) => {
      const result = evaluateCase(record, { asOf });
      for (const id of ['child-seen-alone', 'family-action-plan-review', 'ehat-action-plan-review']) {
        const chain = result.deadlines.filter((d) => d.timescale === id);
        expect(chain.map((d) => d.occurrence)).toEqual(chain.map((_, i) => i + 1));
        expect(chain.map((d) => d.id)).toEqual(chain.map((_, i) => (i === 0 ? id : `${id}#${i + 1}`)));
        chain.forEach((d, i) => {
          const next = chain[i + 1];
          if (next) {
            expect(d.metOn).not.toBeNull();
            expect(next.start).toBe(d.metOn);
          } else if (d.metOn !== null) {
            // A met last link is only possible when the next one would start after the as-of date: never here.
            throw new Error(`${d.id} is met but the chain stops`);
          }
        });
      }
    }), { numRuns: 150 });
  });

  it('flags follow the deadlines: one overdue-type flag per overdue deadline, one due-soon per due-soon', () => {
    fc.assert(fc.property(caseAndDate, ([record, asOf]) => {
      const result = evaluateCase(record, { asOf });
      const deadlineFlags = result.flags.filter((f) => f.deadlineId !== null);
      const expected = result.deadlines.filter((d) => d.status === 'overdue' || d.status === 'due-soon')
        .map((d) => JSON.stringify([d.id, d.status === 'overdue' ? d.overdueFlag : 'due-soon', d.citation]));
      expect(deadlineFlags.map((f) => JSON.stringify([f.deadlineId, f.code, f.citation])).sort()).toEqual(expected.sort());
      for (const flag of result.flags) expect(flag.citation).not.toBeNull();
    }), { numRuns: 100 });
  });
});

describe('BUG: deadline ids are unique within an evaluation', () => {
  // Issue 4: other systems store and diff the result, and flags point at deadlines by deadlineId. Two decisions
  // to convene a Family Action Meeting (Mon 6 Jan and Wed 8 Jan 2025) give two deadlines both called
  // "family-action-meeting" (due Mon 27 and Wed 29 Jan), so an overdue flag's deadlineId cannot say which one.
  it('two starts of a non-repeating timescale get distinct ids', () => {
    const result = evaluateCase(stHelensCase([
      { type: 'meeting-decided', on: '2025-01-06' },
      { type: 'meeting-decided', on: '2025-01-08' },
    ]), { asOf: '2025-02-03' });
    expect(result.deadlines.map((d) => d.due)).toEqual(['2025-01-27', '2025-01-29']);
    const ids = result.deadlines.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
