/**
 * Bad input: `evaluateCase` throws one CaseRecordError listing every problem with its path;
 * `safeEvaluateCase` returns `{ success: false, error }` instead, and nothing else ever escapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseRecordError, evaluateCase, parseRuleSet, safeEvaluateCase, type CaseRecordIssue, type RuleSet, type SafeEvaluation } from '../../src/index.js';
import { hostileValue, isoDateIn, nearlyACase } from './arbitraries.js';
import { stHelensCase } from './caseBuilder.js';

function issuesOf(record: unknown, options: { asOf: unknown; ruleSet?: RuleSet } = { asOf: '2025-01-10' }): readonly CaseRecordIssue[] {
  try {
    evaluateCase(record, options as { asOf: string });
  } catch (error) {
    expect(error).toBeInstanceOf(CaseRecordError);
    return (error as CaseRecordError).issues;
  }
  throw new Error('expected a CaseRecordError');
}

const paths = (issues: readonly CaseRecordIssue[]): string[] => issues.map((i) => i.path);

describe('evaluateCase lists every problem of a record, each with its path', () => {
  it('a record with five problems gives five issues', () => {
    const record = {
      ...stHelensCase([
        { type: 'meeting-decided', on: '2025-01-06' },
        { type: 'meeting-held', on: '2025-01-08', kind: 'initial' },
        { type: 'meeting-held', on: '2025-02-30', kind: 'review' },
        { type: 'home-visit', on: '2025-01-09' },
      ] as never),
      currentLevel: 5,
      needs: { section47: 'none', section17: 'not-met', agencies: 2, complexity: 'huge' },
      colour: 'blue',
    };
    const issues = issuesOf(record);
    expect(paths(issues).sort()).toEqual(['', 'currentLevel', 'events[2].on', 'events[3].type', 'needs.complexity']);
    expect(issues.find((i) => i.path === 'events[2].on')?.message).toBe('"2025-02-30" is not a real date written YYYY-MM-DD');
    expect(issues.find((i) => i.path === 'currentLevel')?.message).toBe('the current level is 1, 2, 3 or 4');
    expect(issues.find((i) => i.path === 'events[3].type')?.message).toMatch(/^unknown event type "home-visit"/);
    expect(issues.find((i) => i.path === '')?.message).toContain('colour');
  });

  it('the error names the case and lists the issues in its message', () => {
    try {
      evaluateCase({ ...stHelensCase([]), id: 'C-77', currentLevel: 0 }, { asOf: '2025-01-10' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CaseRecordError);
      const e = error as CaseRecordError;
      expect(e.name).toBe('CaseRecordError');
      expect(e.caseId).toBe('C-77');
      expect(e.message).toBe('Case C-77 cannot be evaluated:\n  currentLevel: the current level is 1, 2, 3 or 4');
    }
  });

  it('with no id the message says "(no id)"; an issue of the whole record is "(record)"; one line per issue', () => {
    // As a case system's log shows it: the id (or "(no id)"), then each issue on its own line,
    // indented two spaces, its path (or "(record)" when the path is empty) before its message.
    const error = new CaseRecordError(null, [
      { path: '', message: 'unrecognized key: "colour"' },
      { path: 'events[2].on', message: 'not a date' },
    ]);
    expect(error.message).toBe('Case (no id) cannot be evaluated:\n  (record): unrecognized key: "colour"\n  events[2].on: not a date');
  });

  it('a record with no id has caseId null; missing fields are named', () => {
    try {
      evaluateCase({}, { asOf: '2025-01-10' });
      expect.unreachable();
    } catch (error) {
      expect((error as CaseRecordError).caseId).toBeNull();
      expect(paths((error as CaseRecordError).issues).sort()).toEqual(['authority', 'currentLevel', 'events', 'id', 'needs']);
    }
  });

  it('events: a date or an instant is required; they must agree; attributes must belong to the type', () => {
    const issues = issuesOf(stHelensCase([
      { type: 'contact-received', receivedAsLevel: 3 },
      { type: 'contact-received', on: '2025-06-30', at: '2025-06-30T23:30:00Z', receivedAsLevel: 3 },
      { type: 'meeting-decided', on: '2025-01-06', kind: 'initial' },
      { type: 'meeting-held', on: '2025-01-06', kind: 'final' },
      { type: 'contact-received', at: '2025-03-30T01:30:00', receivedAsLevel: 3 },
    ] as never));
    expect(issues).toEqual([
      { path: 'events[0].on', message: 'an event needs a date (on) or an instant (at)' },
      { path: 'events[1].at', message: 'the instant 2025-06-30T23:30:00Z falls on 2025-07-01 in England, not on 2025-06-30' },
      { path: 'events[2].kind', message: '"meeting-decided" events have no kind' },
      { path: 'events[3].kind', message: '"final" is not a possible kind of "meeting-held" ("initial", "review")' },
      { path: 'events[4].at', message: expect.stringContaining('not an ISO 8601 timestamp with an offset') },
    ]);
  });

  it('events: each attribute a type does not take is named on its own, though the type checks them all with one schema', () => {
    expect(issuesOf(stHelensCase([
      { type: 'meeting-decided', on: '2025-01-06', kind: 'initial', outcome: 'closed', section47: true },
    ] as never))).toEqual([
      { path: 'events[0].kind', message: '"meeting-decided" events have no kind' },
      { path: 'events[0].section47', message: '"meeting-decided" events have no section47' },
      { path: 'events[0].outcome', message: '"meeting-decided" events have no outcome' },
    ]);
  });

  it('unknown authority → path "authority"', () => {
    expect(issuesOf({ ...stHelensCase([]), authority: 'wigan' })).toEqual([{ path: 'authority',
      message: 'no built-in rule set "wigan" (there are england/working-together, st-helens, warrington, york, sefton, england)' }]);
    expect(paths(issuesOf({ ...stHelensCase([]), authority: '__proto__' }))).toEqual(['authority']);
  });

  it('a rule set with levels of need needs the current level and the needs → their paths', () => {
    const { currentLevel, needs, ...national } = stHelensCase([]);
    expect(currentLevel).toBe(2);
    expect(needs).toBeDefined();
    expect(issuesOf(national)).toEqual([
      { path: 'currentLevel', message: 'required: st-helens has levels of need' },
      { path: 'needs', message: 'required: st-helens has levels of need' },
    ]);
    // The national rules alone have none, so the same record is evaluated there.
    expect(evaluateCase({ ...national, authority: 'england' }, { asOf: '2025-01-10' }).level.current).toBeNull();
  });

  it.each([['2025-13-10'], ['2025-02-29'], [''], ['10/01/2025'], [undefined], [null], [12], [Number.NaN], [new Date(Number.NaN)], [{}]])(
    'a bad asOf (%j) → path "asOf"', (asOf) => {
      expect(paths(issuesOf(stHelensCase([]), { asOf }))).toEqual(['asOf']);
    });

  it('a count that runs past the calendar (1978–2200) → path "events", never a silent guess', () => {
    // 45 working days after Mon 20 Dec 2200 would fall in 2201.
    const late = issuesOf(stHelensCase([{ type: 'referral-received', on: '2200-12-20' }]), { asOf: '2200-12-31' });
    expect(late).toEqual([{ path: 'events', message: '2200-12-20 + 45 working days falls outside the calendar, which runs from 1978-01-01 to 2200-12-31' }]);
    // A count can no longer start before the calendar: a date before 1978 is refused where it is
    // written (issue 11, finding 2), in the rule file, the record and the options alike.
    expect(() => parseRuleSet({ id: 'st-helens-1970', name: 'St Helens, read back to 1970', authority: 'St Helens',
      version: '1.0.0', effectiveFrom: '1970-01-01', extends: 'st-helens', sources: [] }))
      .toThrow('$.effectiveFrom: "1970-01-01" is outside the calendar, which runs from 1978-01-01 to 2200-12-31');
    const early = issuesOf(stHelensCase([{ type: 'meeting-decided', on: '1970-01-05' }]), { asOf: '1970-02-01' });
    expect(early).toEqual([
      { path: 'events[0].on', message: '"1970-01-05" is outside the calendar, which runs from 1978-01-01 to 2200-12-31' },
      { path: 'asOf', message: '"1970-02-01" is outside the calendar, which runs from 1978-01-01 to 2200-12-31' },
    ]);
  });

  it('an as-of date outside the rule set\'s period → path "asOf", naming the period', () => {
    // The St Helens standards hold from 1 April 2022: a 2021 reading of a case is not theirs to give.
    expect(issuesOf(stHelensCase([]), { asOf: '2021-06-01' })).toEqual([{ path: 'asOf',
      message: 'the rule set st-helens is in force from 2022-04-01, not on 2021-06-01' }]);
  });

  it('BUG: an unknown authority is listed together with the record’s other problems', () => {
    // "A bad record gets one error listing every problem with its path." The authority is checked only once the
    // rest of the record parses, so a record with a bad level AND an unknown authority reports only the level;
    // fix that and a second run reports the authority.
    const issues = issuesOf({ ...stHelensCase([]), authority: 'wigan', currentLevel: 7 });
    expect(paths(issues).sort()).toEqual(['authority', 'currentLevel']);
  });
});

describe('safeEvaluateCase', () => {
  it('returns { success: true, data } for a good record', () => {
    const result = safeEvaluateCase(stHelensCase([{ type: 'meeting-decided', on: '2024-12-19' }]), { asOf: '2025-01-06' });
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.deadlines[0]?.due).toBe('2025-01-14');
  });

  it('returns { success: false, error } for a bad one, with the same issues evaluateCase throws', () => {
    const record = { ...stHelensCase([]), currentLevel: 9 };
    const result = safeEvaluateCase(record, { asOf: '2025-01-06' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(CaseRecordError);
      expect(result.error.issues).toEqual(issuesOf(record, { asOf: '2025-01-06' }));
    }
  });

  it('survives a huge array of garbage events: one error naming each bad event', () => {
    const events = Array.from({ length: 5_000 }, (_, i) => (i % 2 === 0 ? { type: 'nonsense', on: i } : 'garbage'));
    const started = performance.now();
    const result = safeEvaluateCase(stHelensCase(events as never), { asOf: '2025-01-06' });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.length).toBeGreaterThanOrEqual(5_000);
      expect(result.error.issues.every((i) => i.path.startsWith('events['))).toBe(true);
    }
    // Over the 10 000-event limit the array itself is refused, with one issue.
    const tooMany = safeEvaluateCase(stHelensCase(Array.from({ length: 10_001 }, () => 0) as never), { asOf: '2025-01-06' });
    expect(tooMany.success).toBe(false);
    if (!tooMany.success) expect(paths(tooMany.error.issues)).toEqual(['events']);
  });

  it('objects with __proto__, constructor and prototype keys are refused, not merged into anything', () => {
    for (const text of [
      '{"__proto__": {"polluted": true}, "id": "x"}',
      '{"id": "x", "authority": "st-helens", "currentLevel": 2, "needs": {"__proto__": {"agencies": 9}}, "events": []}',
      '{"id": "x", "authority": "st-helens", "currentLevel": 2, "needs": {"section47": "none", "section17": "met", "agencies": 1, "complexity": "none"}, "events": [{"type": "closed", "on": "2025-01-01", "constructor": {"prototype": {}}}]}',
    ]) {
      const result = safeEvaluateCase(JSON.parse(text), { asOf: '2025-01-06' });
      expect(result.success).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('BUG: an event type that JSON cannot write (a BigInt, a circular object) does not escape as a TypeError', () => {
    // The event-type error message is built with JSON.stringify(issue.input) (src/evaluate/caseRecord.ts), which
    // throws on a BigInt (e.g. a database driver's BIGINT column mapped straight into the record) or a cycle;
    // the TypeError escapes safeEvaluateCase instead of becoming an issue at events[0].type.
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const type of [BigInt(5), circular]) {
      let result: SafeEvaluation | undefined;
      expect(() => { result = safeEvaluateCase(stHelensCase([{ type, on: '2025-01-01' }] as never), { asOf: '2025-01-06' }); }).not.toThrow();
      expect(result?.success).toBe(false);
      if (result && !result.success) expect(paths(result.error.issues)).toEqual(['events[0].type']);
    }
  });

  it('BUG: an event with a date and a malformed instant is an issue at events[0].at, not an escaping RangeError', () => {
    // A case system exporting local times without an offset ('2025-03-30T09:00:00', '2025-03-30 09:00') beside the
    // date. The event's superRefine calls londonDate(event.at) even though `at` already failed validation, and the
    // RangeError escapes both evaluateCase (not a CaseRecordError) and safeEvaluateCase. With `at` alone it is
    // reported properly (events[0].at: "... is not an ISO 8601 timestamp with an offset").
    for (const at of ['2025-03-30T09:00:00', '2025-03-30 09:00', '']) {
      let result: SafeEvaluation | undefined;
      expect(() => {
        result = safeEvaluateCase(stHelensCase([{ type: 'contact-received', on: '2025-03-30', at, receivedAsLevel: 3 }]), { asOf: '2025-04-01' });
      }, at).not.toThrow();
      expect(result?.success).toBe(false);
      if (result && !result.success) expect(paths(result.error.issues)).toEqual(['events[0].at']);
    }
  });

  function expectOneOfTheTwoShapes(result: SafeEvaluation): void {
    expect(Object.keys(result).sort()).toEqual(result.success ? ['data', 'success'] : ['error', 'success']);
    if (result.success) {
      expect(typeof result.data.caseId).toBe('string');
      expect(Array.isArray(result.data.deadlines)).toBe(true);
    } else {
      expect(result.error).toBeInstanceOf(CaseRecordError);
      expect(result.error.issues.length).toBeGreaterThan(0);
      for (const issue of result.error.issues) {
        expect(typeof issue.path).toBe('string');
        expect(typeof issue.message).toBe('string');
        expect(issue.message.length).toBeGreaterThan(0);
      }
    }
  }

  it('property: never throws on fc.anything(), as the record or as asOf', () => {
    fc.assert(fc.property(hostileValue, fc.oneof(isoDateIn('1970-01-01', '2300-12-31'), hostileValue), (record, asOf) => {
      expectOneOfTheTwoShapes(safeEvaluateCase(record, { asOf: asOf as string }));
    }), { numRuns: 400 });
  });

  it('property: never throws on any JSON value (what a case system exports)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (record) => {
      expectOneOfTheTwoShapes(safeEvaluateCase(record, { asOf: '2025-01-06' }));
      // Nor on the same value parsed back from text, where "__proto__" becomes an own key.
      expectOneOfTheTwoShapes(safeEvaluateCase(JSON.parse(JSON.stringify(record) ?? 'null'), { asOf: '2025-01-06' }));
    }), { numRuns: 300 });
  });

  it('property: never throws on records shaped like a case whose fields may be anything', () => {
    fc.assert(fc.property(nearlyACase, isoDateIn('1970-01-01', '2300-12-31'), (record, asOf) => {
      expectOneOfTheTwoShapes(safeEvaluateCase(record, { asOf }));
    }), { numRuns: 600 });
  });
});

describe('safeEvaluateCase on values JSON never makes', () => {
  it('turns a length that is an object with no prototype into an issue, not a TypeError from zod', () => {
    const result = safeEvaluateCase({ id: { length: Object.create(null) }, events: { length: Object.create(null) } }, { asOf: '2025-01-10' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toMatch(/^the input cannot be read: /);
  });
});
