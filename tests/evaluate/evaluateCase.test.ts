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
