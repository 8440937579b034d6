/**
 * evaluateCase's own work around the parts it calls: the level part of the result, the team and
 * worker carried through, and the exact issues for input that is no record or no options.
 * The St Helens example (examples/st-helens-case.json) read on Mon 24 Feb 2025: section 17 met
 * places the child at level 3, Child in Need (strategy lines 433-434); the case is at level 2, Early Help.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCase, safeEvaluateCase } from '../../src/evaluate/evaluateCase.js';
import { parseRuleSet } from '../../src/rules/loadRuleSet.js';
import type { Threshold } from '../../src/rules/ruleFileSchema.js';

const record = JSON.parse(readFileSync('examples/st-helens-case.json', 'utf8')) as Record<string, unknown>;
const asOf = '2025-02-24';

function issuesOf(input: unknown, options: unknown): unknown {
  const result = safeEvaluateCase(input, options as { asOf: string });
  return result.success ? 'evaluated' : result.error.issues;
}

describe('the level part of the result', () => {
  it('names the level assessed and the level the case is at (level 2 is Early Help, not level 3\'s name)', () => {
    expect(evaluateCase(record, { asOf }).level).toEqual({
      assessed: 3, current: 2, name: 'Child in Need', currentName: 'Early Help',
      reasons: ['The child is a child in need under section 17: St Helens places children in need at level 3 (Child in Need), whatever the number of agencies.'],
      rule: 'level-3-section-17-met',
      citation: { source: 'st-helens-strategy-2019-2022', section: 'Descriptions of Need: the four levels of need', lines: '433-434',
        quote: 'Children at this level meet the legal threshold for a child in need assessment (Section 17)' },
    });
  });

  it('under the national rules alone, a record that gives a level and needs still has no level of need', () => {
    const national = evaluateCase({ id: 'N-1', authority: 'england/working-together', currentLevel: 2, needs: record.needs, events: [] }, { asOf: '2025-01-10' });
    expect(national.level).toEqual({ assessed: null, current: null, name: null, currentName: null, rule: null, citation: null,
      reasons: ['No levels of need apply: england/working-together holds the national timescales alone'] });
  });
});

describe('team and worker', () => {
  it('are carried into the result when the record gives them, last, and absent when it does not', () => {
    const withThem = evaluateCase({ ...record, team: 'North', worker: 'A. Smith' }, { asOf });
    expect([withThem.team, withThem.worker]).toEqual(['North', 'A. Smith']);
    expect(Object.keys(withThem).slice(-2)).toEqual(['team', 'worker']);
    const without = evaluateCase(record, { asOf });
    expect(['team' in without, 'worker' in without]).toEqual([false, false]);
  });
});

describe('input that is no record, and options that are no options', () => {
  it('null or a number as the record: one issue at the record, no level fields asked for', () => {
    expect(issuesOf(null, { asOf })).toEqual([{ path: '', message: 'Invalid input: expected object, received null' }]);
    expect(() => evaluateCase(null, { asOf })).toThrow('Case (no id) cannot be evaluated:\n  (record): Invalid input: expected object, received null');
    expect(issuesOf(5, { asOf })).toEqual([{ path: '', message: 'Invalid input: expected object, received number' }]);
    // A function is no record, though it may carry an id: the error names no case.
    const notARecord = Object.assign(() => 'x', { id: 'F-1', authority: 'st-helens' });
    const result = safeEvaluateCase(notARecord, { asOf });
    expect(result.success ? 'evaluated' : result.error.caseId).toBeNull();
  });

  it('options that are not an object are named at "options"; unknown options are each named', () => {
    expect(issuesOf(record, 5)).toEqual([{ path: 'options', message: 'the options must be an object with asOf, ruleSet, dueSoonWorkingDays, counting, not 5' }]);
    expect(issuesOf(record, { asOf, colour: 1, size: 2 })).toEqual([{ path: 'options',
      message: 'unknown option "colour", "size": evaluateCase takes asOf, ruleSet, dueSoonWorkingDays, counting' }]);
  });

  it('a due-soon window that is text or a fraction is not a whole number of working days', () => {
    expect(issuesOf(record, { asOf, dueSoonWorkingDays: '5' })).toEqual([{ path: 'dueSoonWorkingDays', message: '"5" is not a whole number of working days, 0 or more' }]);
    expect(issuesOf(record, { asOf, dueSoonWorkingDays: 2.5 })).toEqual([{ path: 'dueSoonWorkingDays', message: '2.5 is not a whole number of working days, 0 or more' }]);
  });

  it('a rule set broken after it was checked: the error\'s own message, at the record', () => {
    const own = parseRuleSet({ id: 'my-st-helens', name: 'St Helens, own copy', authority: 'St Helens', version: '1.0.0',
      effectiveFrom: '2022-04-01', extends: 'st-helens', sources: [] });
    (own as { timescales: unknown }).timescales = 'none';
    expect(issuesOf(record, { asOf, ruleSet: own })).toEqual([{ path: '', message: 'the case cannot be evaluated: ruleSet.timescales.filter is not a function' }]);
  });
});

describe('flags that depend on evaluateCase\'s own inputs to them', () => {
  it('a section 47 concern at an early help level cites the section 47 threshold (lines 441-442), not level 4\'s description (438-440)', () => {
    // St Helens' level-4-section-47 threshold holds for section47 "likely" alone; its citation is
    // strategy lines 441-442, while level 4's own description is lines 438-440.
    const flag = evaluateCase({ ...record, needs: { ...(record.needs as object), section47: 'likely' } }, { asOf })
      .flags.find((f) => f.code === 'child-protection-concern');
    expect(flag?.citation).toEqual({ source: 'st-helens-strategy-2019-2022', section: 'Descriptions of Need: the four levels of need',
      lines: '441-442', quote: 'Children at this level meet the statutory threshold for child protection (Section 47 (1))' });
  });

  it('section 47 is read alone, with section 17 not met and no complexity: a level 4 threshold that holds only on those is not cited', () => {
    // A council's own threshold, listed first at level 4, holds when section 17 is anything but
    // "not-met" or complexity anything but "none". Section 47 "likely" alone (section 17 not met,
    // no agencies, no complexity) meets only St Helens' section 47 threshold, so the flag still
    // cites lines 441-442, though the case's own needs (section 17 met) meet the council's too.
    const own = parseRuleSet({ id: 'my-st-helens', name: 'St Helens, own copy', authority: 'St Helens', version: '1.0.0',
      effectiveFrom: '2022-04-01', extends: 'st-helens', sources: [] });
    const section47 = own.thresholds.find((t) => t.level === 4) as Threshold;
    const otherNeeds: Threshold = { ...section47, id: 'other-needs-at-level-4', citation: { ...section47.citation, lines: '1-2' },
      conditions: { any: [{ fact: 'section17', operator: 'notEqual', value: 'not-met' }, { fact: 'complexity', operator: 'notEqual', value: 'none' }] } };
    (own as { thresholds: unknown }).thresholds = [otherNeeds, ...own.thresholds];
    const result = evaluateCase({ ...record, needs: { ...(record.needs as object), section47: 'likely' } }, { asOf, ruleSet: own });
    expect(result.level.rule).toBe('other-needs-at-level-4');
    expect(result.flags.find((f) => f.code === 'child-protection-concern')?.citation?.lines).toBe('441-442');
  });

  it('with no threshold for section 47 alone at level 4, the flag cites level 4\'s own description (lines 438-440)', () => {
    // A copy of St Helens without its level 4 threshold: section 47 "likely" alone (no agencies)
    // is then level 1, whose threshold is not the one to cite; level 4's definition is.
    const own = parseRuleSet({ id: 'my-st-helens', name: 'St Helens, own copy', authority: 'St Helens', version: '1.0.0',
      effectiveFrom: '2022-04-01', extends: 'st-helens', sources: [] });
    (own as { thresholds: unknown }).thresholds = own.thresholds.filter((t) => t.level !== 4);
    const flag = evaluateCase({ ...record, needs: { ...(record.needs as object), section47: 'likely' } }, { asOf, ruleSet: own })
      .flags.find((f) => f.code === 'child-protection-concern');
    expect(flag?.citation?.lines).toBe('438-440');
  });

  it('with no level 4 at all (a council of three levels), the flag cites nothing rather than fail', () => {
    // The same copy cut to levels 1-3: there is no level 4 passage to cite, so the citation is null.
    const own = parseRuleSet({ id: 'my-st-helens', name: 'St Helens, own copy', authority: 'St Helens', version: '1.0.0',
      effectiveFrom: '2022-04-01', extends: 'st-helens', sources: [] });
    (own as { thresholds: unknown }).thresholds = own.thresholds.filter((t) => t.level !== 4);
    (own as { levels: unknown }).levels = own.levels.slice(0, 3);
    const flag = evaluateCase({ ...record, needs: { ...(record.needs as object), section47: 'likely' } }, { asOf, ruleSet: own })
      .flags.find((f) => f.code === 'child-protection-concern');
    expect(flag?.citation).toBeNull();
  });

  it('a case at a level the rule set does not define (level 4 under three levels) has no name for it', () => {
    const own = parseRuleSet({ id: 'my-st-helens', name: 'St Helens, own copy', authority: 'St Helens', version: '1.0.0',
      effectiveFrom: '2022-04-01', extends: 'st-helens', sources: [] });
    (own as { thresholds: unknown }).thresholds = own.thresholds.filter((t) => t.level !== 4);
    (own as { levels: unknown }).levels = own.levels.slice(0, 3);
    const level = evaluateCase({ ...record, currentLevel: 4 }, { asOf, ruleSet: own }).level;
    expect([level.current, level.currentName, level.assessed, level.name]).toEqual([4, null, 3, 'Child in Need']);
  });

  it('an open case is judged on the as-of date: a deadline due that day is "due today"', () => {
    // The meeting was decided Thu 19 Dec 2024; 15 working days (skipping 25, 26 Dec and 1 Jan):
    // 20, 23, 24, 27, 30, 31 Dec, 2, 3, 6, 7, 8, 9, 10, 13, 14 Jan → due Tue 14 Jan 2025. Read on that
    // day with the meeting not yet held, it is due-soon with 0 working days left: due today.
    const early = evaluateCase({ ...record, events: (record.events as unknown[]).slice(0, 5) }, { asOf: '2025-01-14' });
    expect(early.flags.find((f) => f.deadlineId === 'family-action-meeting')?.message)
      .toBe('Family Action Meeting held after the decision to convene it is due Tue 14 Jan 2025: due today');
  });
});

describe('warnings in the order of the record', () => {
  it('by event index as a number (events[9] before events[10]), and two on one event by code', () => {
    // events[9] repeats events[3] (duplicate-event); events[10] is a contact on Mon 4 Jan 2010,
    // more than two years before the next (Mon 2 Dec 2024), and before St Helens' rules (1 Apr 2022):
    // date-far-from-others and no-rule-in-force, in that (alphabetical) order.
    const events = [...(record.events as unknown[]), { type: 'child-seen-alone', on: '2024-12-16' },
      { type: 'contact-received', on: '2010-01-04', receivedAsLevel: 2 }];
    expect(evaluateCase({ ...record, events }, { asOf }).warnings.map((w) => [w.code, w.path])).toEqual([
      ['duplicate-event', 'events[9]'], ['date-far-from-others', 'events[10].on'], ['no-rule-in-force', 'events[10].on']]);
  });
  it('two of one code on one event keep their order; a closing far from the rest: closed-with-deadlines-open before date-far-from-others', () => {
    // events[9], a conference on Mon 20 Jan 2025 with no kind or outcome: missing-attribute at .kind then .outcome.
    // events[10], the case closed on Tue 1 Jun 2027, more than two years after the last other event
    // (Wed 29 Jan 2025), with the plan review (due Thu 6 Feb 2025) unmet: two warnings on its date, by code.
    const events = [...(record.events as unknown[]), { type: 'child-protection-conference', on: '2025-01-20' }, { type: 'closed', on: '2027-06-01' }];
    expect(evaluateCase({ ...record, events }, { asOf: '2027-06-02' }).warnings.map((w) => [w.code, w.path])).toEqual([
      ['missing-attribute', 'events[9].kind'], ['missing-attribute', 'events[9].outcome'],
      ['closed-with-deadlines-open', 'events[10].on'], ['date-far-from-others', 'events[10].on']]);
  });

  it('an event dated before its start is not also out of order; another out-of-order event still is', () => {
    // The assessment completed Mon 6 Jan 2025 is dated before it started (Mon 13 Jan): end-before-start
    // only. The plan ended Wed 8 Jan before it started (Fri 10 Jan): out-of-order, nothing ended early.
    const events = [{ type: 'assessment-completed', on: '2025-01-06', kind: 'early-help' }, { type: 'assessment-started', on: '2025-01-13', kind: 'early-help' },
      { type: 'child-protection-plan-ended', on: '2025-01-08' }, { type: 'child-protection-plan-started', on: '2025-01-10' }];
    expect(evaluateCase({ ...record, events }, { asOf: '2025-01-14' }).warnings.map((w) => [w.code, w.path])).toEqual([
      ['end-before-start', 'events[0].on'], ['out-of-order', 'events[2].on']]);
  });
});

describe('a rule set whose thresholds leave a need profile unlevelled', () => {
  it('gives no level, name, rule or citation, and still evaluates', () => {
    // A copy of St Helens keeping only its level 4 threshold (section 47): the example's needs
    // (no section 47 concern) meet none, so no level is assessed.
    const own = parseRuleSet({ id: 'my-st-helens', name: 'St Helens, own copy', authority: 'St Helens', version: '1.0.0',
      effectiveFrom: '2022-04-01', extends: 'st-helens', sources: [] });
    (own as { thresholds: unknown }).thresholds = own.thresholds.filter((t) => t.level === 4);
    expect(evaluateCase(record, { asOf, ruleSet: own }).level).toEqual({
      assessed: null, current: 2, name: null, currentName: 'Early Help', reasons: [], rule: null, citation: null });
  });
});

describe('more exact issues', () => {
  it('a rule set of the council\'s own that ended before the as-of date names its end', () => {
    const ended = parseRuleSet({ id: 'my-st-helens', name: 'St Helens, own copy', authority: 'St Helens', version: '1.0.0',
      effectiveFrom: '2022-04-01', effectiveTo: '2024-03-31', extends: 'st-helens', sources: [] });
    expect(issuesOf(record, { asOf, ruleSet: ended })).toEqual([{ path: 'asOf',
      message: 'the rule set my-st-helens is in force from 2022-04-01 to 2024-03-31, not on 2025-02-24' }]);
  });

  it('a negative due-soon window, a rule set that is none and an unknown counting are each named', () => {
    expect(issuesOf(record, { asOf, dueSoonWorkingDays: -1, ruleSet: 5, counting: 'x' })).toEqual([
      { path: 'ruleSet', message: '5 is not a rule set: pass one that loadRuleSet or parseRuleSet returned' },
      { path: 'dueSoonWorkingDays', message: '-1 is not a whole number of working days, 0 or more' },
      { path: 'counting', message: '"x" is not a way of counting: give one of start-excluded, start-included, dfe-census' }]);
  });

  it('a record with a bad field keeps its id and its authority\'s rule set in the issues', () => {
    const result = safeEvaluateCase({ id: 'X-1', authority: 'st-helens', events: 'none' }, { asOf });
    expect(result.success ? 'evaluated' : [result.error.caseId, result.error.issues]).toEqual(['X-1', [
      { path: 'events', message: 'Invalid input: expected array, received string' },
      { path: 'currentLevel', message: 'required: st-helens has levels of need' },
      { path: 'needs', message: 'required: st-helens has levels of need' }]]);
  });

  it('anything else thrown while evaluating: its text, or "an unreadable error", under the record\'s id', () => {
    class UnreadableError extends Error {
      override get message(): string { throw new Error('no message'); }
    }
    const broken = (thrown: () => never): unknown => {
      const own = parseRuleSet({ id: 'my-st-helens', name: 'St Helens, own copy', authority: 'St Helens', version: '1.0.0',
        effectiveFrom: '2022-04-01', extends: 'st-helens', sources: [] });
      (own as { timescales: unknown }).timescales = { filter: thrown };
      const result = safeEvaluateCase(record, { asOf, ruleSet: own });
      return result.success ? 'evaluated' : [result.error.caseId, result.error.issues];
    };
    expect(broken(() => { throw new UnreadableError(); })).toEqual(['SH-2025-0142', [{ path: '', message: 'the case cannot be evaluated: an unreadable error' }]]);
    expect(broken(() => { throw 'boom'; })).toEqual(['SH-2025-0142', [{ path: '', message: 'the case cannot be evaluated: "boom"' }]]);
  });
});
