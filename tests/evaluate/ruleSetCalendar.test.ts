import { describe, expect, it } from 'vitest';
import { englandAndWales } from '../../src/calendar/englandAndWales.js';
import { ruleSetCalendar } from '../../src/evaluate/ruleSetCalendar.js';
import { BUILT_IN_RULE_SETS, loadRuleSet, parseRuleSet } from '../../src/rules/loadRuleSet.js';

/** A rule file that extends York and closes on the given days. */
function closingOn(id: string, closures: unknown[]): unknown {
  return { id, name: id, authority: 'York', version: '1.0.0', effectiveFrom: '2024-01-01', extends: 'york', sources: [],
    calendar: { holidays: 'england-and-wales', closures } };
}

describe('ruleSetCalendar: one calendar per distinct list of closure days', () => {
  it('gives every built-in rule set (none closes on other days) the England and Wales calendar itself', () => {
    for (const id of BUILT_IN_RULE_SETS) expect(ruleSetCalendar(loadRuleSet(id))).toBe(englandAndWales());
  });

  it('shares one calendar between rule sets with the same closures, and keeps different closures apart', () => {
    const a = ruleSetCalendar(parseRuleSet(closingOn('york-a', ['2025-12-29', { date: '2025-12-30', reason: 'Christmas closure' }])));
    const b = ruleSetCalendar(parseRuleSet(closingOn('york-b', ['2025-12-29', { date: '2025-12-30', reason: 'Christmas closure' }])));
    const c = ruleSetCalendar(parseRuleSet(closingOn('york-c', ['2025-12-29'])));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    // Wed 24 Dec 2025 + 1: Thu 25, Fri 26 bank holidays; Mon 29 closed in both; Tue 30 closed in a only.
    expect(a.addWorkingDays('2025-12-24', 1)).toBe('2025-12-31');
    expect(c.addWorkingDays('2025-12-24', 1)).toBe('2025-12-30');
  });
});
