import { createCalendar, type WorkingDayCalendar } from '../calendar/createCalendar.js';
import { englandAndWales } from '../calendar/englandAndWales.js';
import type { RuleSet } from '../rules/loadRuleSet.js';

const byRuleSet = new WeakMap<RuleSet['calendar'], WorkingDayCalendar>();

// Rule sets with the same closure days share one calendar, so the day index a calendar builds as
// it is used is built once, not once per rule set. Held weakly: it lives as long as a rule set
// that uses it (a server that reads councils' own files for years must not keep every one).
const byClosures = new Map<string, WeakRef<WorkingDayCalendar>>();
// Stryker disable next-line BlockStatement: forgetting a collected calendar's key frees memory only; no answer can show it, as a later rule set with those closures builds a new calendar either way
const forget = new FinalizationRegistry<string>((key) => {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,OptionalChaining: runs only after a collection no test controls, and whichever key it deletes, the next rule set with those closures gets a calendar of the same days
  if (byClosures.get(key)?.deref() === undefined) byClosures.delete(key);
});

function withClosures(closures: RuleSet['calendar']['closures']): WorkingDayCalendar {
  const key = JSON.stringify(closures);
  let calendar = byClosures.get(key)?.deref();
  if (!calendar) {
    calendar = createCalendar({ closures: closures.map(({ date, reason }) => (reason ? { date, reason } : date)) });
    byClosures.set(key, new WeakRef(calendar));
    forget.register(calendar, key);
  }
  return calendar;
}

/**
 * The working-day calendar of a rule set (bank holidays and its closures), built once per
 * distinct list of closure days: a rule set with none has the England and Wales calendar itself.
 * @example ruleSetCalendar(loadRuleSet('york')) === ruleSetCalendar(loadRuleSet('st-helens')) // true: neither closes on other days
 */
export function ruleSetCalendar(ruleSet: RuleSet): WorkingDayCalendar {
  let calendar = byRuleSet.get(ruleSet.calendar);
  // Stryker disable next-line ConditionalExpression: a cache in front of the other: looked up again, the calendar is the same object (England and Wales', or the one this rule set's entry keeps alive in byClosures)
  if (!calendar) {
    calendar = ruleSet.calendar.closures.length === 0 ? englandAndWales() : withClosures(ruleSet.calendar.closures);
    byRuleSet.set(ruleSet.calendar, calendar);
  }
  return calendar;
}
