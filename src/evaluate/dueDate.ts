import { addDays, addMonths, addWeeks } from '../calendar/addCalendarTime.js';
import type { DayOff, WorkingDayCalendar } from '../calendar/createCalendar.js';
import type { IsoDate } from '../calendar/dayNumber.js';
import { addHours, londonDate, type IsoInstant } from '../calendar/londonInstant.js';
import type { TimeUnit } from '../rules/ruleFileSchema.js';

/** Where a clock starts: the event's date, and its instant when one was recorded. */
export interface ClockStart {
  date: IsoDate;
  at?: IsoInstant | undefined;
}

export type Counting = 'start-excluded' | 'start-included';

export interface DueDate {
  /** The last day on which the timescale is met. */
  date: IsoDate;
  /** For hour rules with a recorded start instant: the instant it falls due, in London time. */
  at?: IsoInstant | undefined;
  /** Bank holidays and closures the count skipped (working-day rules only). */
  skipped: DayOff[];
  /** The due date was rolled forward off a day that is not a working day. */
  rolledFrom?: IsoDate | undefined;
  /** Whether the count relied on a year whose bank holidays are projected. */
  projected: boolean;
}

export interface DueRule {
  amount: number;
  unit: TimeUnit;
  counting?: Counting | undefined;
  roll?: 'none' | 'forward' | undefined;
}

/**
 * When a timescale falls due from its start.
 *
 * - working days, start excluded (the statutory reading, the default): the amount-th working
 *   day after the start, i.e. `WORKDAY(start, amount)`;
 * - working days, start included (spreadsheets' and the DfE census's `NETWORKDAYS(start, due) <= amount`):
 *   one working day earlier when the start is itself a working day;
 * - days, weeks, months: calendar arithmetic (31 Jan + 1 month = end of February);
 * - hours: elapsed hours from the start instant; with only a date recorded, whole days
 *   (24 hours = the next day), since the hour of the start is not known.
 */
export function dueDate(start: ClockStart, rule: DueRule, calendar: WorkingDayCalendar): DueDate {
  if (rule.unit === 'hours') {
    if (start.at !== undefined) {
      const at = addHours(start.at, rule.amount);
      return { date: londonDate(at), at, skipped: [], projected: false };
    }
    return { date: addDays(start.date, Math.ceil(rule.amount / 24)), skipped: [], projected: false };
  }
  let date: IsoDate;
  if (rule.unit === 'working-days') {
    const startCounts = rule.counting === 'start-included' && calendar.isWorkingDay(start.date);
    date = calendar.addWorkingDays(start.date, startCounts ? rule.amount - 1 : rule.amount);
  } else if (rule.unit === 'days') date = addDays(start.date, rule.amount);
  else if (rule.unit === 'weeks') date = addWeeks(start.date, rule.amount);
  else date = addMonths(start.date, rule.amount);

  let rolledFrom: IsoDate | undefined;
  if (rule.roll === 'forward' && !calendar.isWorkingDay(date)) {
    rolledFrom = date;
    date = calendar.rollForward(date);
  }
  const usesCalendar = rule.unit === 'working-days' || rolledFrom !== undefined;
  return {
    date,
    skipped: rule.unit === 'working-days' ? calendar.daysOffBetween(start.date, date) : [],
    rolledFrom,
    projected: usesCalendar && calendar.isProjected(date),
  };
}
