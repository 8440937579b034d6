import { createCalendar, type WorkingDayCalendar } from '../calendar/createCalendar.js';
import { englandAndWales } from '../calendar/englandAndWales.js';
import type { RuleSet } from '../rules/loadRuleSet.js';

const byRuleSet = new WeakMap<RuleSet['calendar'], WorkingDayCalendar>();

// Rule sets with the same closure days share one calendar, so the day index a calendar builds as
// it is used is built once, not once per rule set. Held weakly: it lives as long as a rule set
// that uses it (a server that reads councils' own files for years must not keep every one).
const byClosures = new Map<string, WeakRef<WorkingDayCalendar>>();
const forget = new FinalizationRegistry<string>((key) => {
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
  if (!calendar) {
    calendar = ruleSet.calendar.closures.length === 0 ? englandAndWales() : withClosures(ruleSet.calendar.closures);
    byRuleSet.set(ruleSet.calendar, calendar);
  }
  return calendar;
}
