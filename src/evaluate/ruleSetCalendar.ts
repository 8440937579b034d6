import { createCalendar, type WorkingDayCalendar } from '../calendar/createCalendar.js';
import type { RuleSet } from '../rules/loadRuleSet.js';

const calendars = new WeakMap<RuleSet['calendar'], WorkingDayCalendar>();

/** The working-day calendar of a rule set (bank holidays and its closures), built once per rule set. */
export function ruleSetCalendar(ruleSet: RuleSet): WorkingDayCalendar {
  let calendar = calendars.get(ruleSet.calendar);
  if (!calendar) {
    calendar = createCalendar({ closures: ruleSet.calendar.closures.map(({ date, reason }) => (reason ? { date, reason } : date)) });
    calendars.set(ruleSet.calendar, calendar);
  }
  return calendar;
}
