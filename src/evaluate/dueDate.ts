import { addMonthsToDayNumber } from '../calendar/addCalendarTime.js';
import type { DayNumberCalendar, DayOff } from '../calendar/createCalendar.js';
import { londonDayNumber, toLondonInstant, type IsoInstant } from '../calendar/londonInstant.js';
import type { TimeUnit } from '../rules/ruleFileSchema.js';

const HOUR = 3_600_000;

/** Where a clock starts, as day numbers: the event's date, and its instant when one was recorded. */
export interface ClockStart {
  day: number;
  /** Milliseconds since the epoch. */
  epochMs?: number | undefined;
}

/**
 * The ways of counting a working-day timescale:
 * - `start-excluded`, the statutory reading (the default): the start is day 0, due `WORKDAY(start, n)`;
 * - `start-included`, a spreadsheet's `NETWORKDAYS(start, due) <= n`: the start is day 1 when it is a working day;
 * - `dfe-census`, the DfE census validator's `CustomBusinessDay(n - 1)`: the start is day 1 even on a weekend
 *   or bank holiday, due `WORKDAY(start, n - 1)`, judged against the as-of date moved forward to a working day.
 */
export const COUNTINGS = ['start-excluded', 'start-included', 'dfe-census'] as const;

export type Counting = (typeof COUNTINGS)[number];

export interface DueDate {
  /** The last day on which the timescale is met (a day number). */
  day: number;
  /** For hour rules with a recorded start instant: the instant it falls due, in London time. */
  at?: IsoInstant | undefined;
  /** That instant in milliseconds since the epoch. */
  epochMs?: number | undefined;
  /** Bank holidays and closures the count skipped (working-day rules only). */
  skipped: readonly Readonly<DayOff>[];
  /** The due date was rolled forward off this day, which is not a working day. */
  rolledFrom?: number | undefined;
  /** Whether the count relied on a year whose bank holidays are projected. */
  projected: boolean;
}

export interface DueRule {
  amount: number;
  unit: TimeUnit;
  counting?: Counting | undefined;
  roll?: 'none' | 'forward' | undefined;
}

const NOTHING_SKIPPED: readonly Readonly<DayOff>[] = Object.freeze([]);

/**
 * When a timescale falls due from its start.
 *
 * - working days, start excluded (the statutory reading, the default): the amount-th working
 *   day after the start, i.e. `WORKDAY(start, amount)`;
 * - working days, start included (a spreadsheet's `NETWORKDAYS(start, due) <= amount`):
 *   one working day earlier when the start is itself a working day;
 * - working days, `dfe-census` (the DfE validator's pandas `start + CustomBusinessDay(amount - 1)`):
 *   the start is day 1 whatever day it is, so `WORKDAY(start, amount - 1)`; for an amount of 1,
 *   the start itself, moved forward to a working day as pandas moves it (see {@link judgedDay});
 * - days, weeks, months: calendar arithmetic (31 Jan + 1 month = end of February);
 * - hours: elapsed hours from the start instant; with only a date recorded, whole days
 *   (24 hours = the next day), since the hour of the start is not known.
 */
export function dueDate(start: ClockStart, rule: DueRule, calendar: DayNumberCalendar): DueDate {
  if (rule.unit === 'hours') {
    if (start.epochMs !== undefined) {
      const epochMs = start.epochMs + rule.amount * HOUR;
      return { day: londonDayNumber(epochMs), at: toLondonInstant(epochMs), epochMs, skipped: NOTHING_SKIPPED, projected: false };
    }
    return { day: start.day + Math.ceil(rule.amount / 24), skipped: NOTHING_SKIPPED, projected: false };
  }
  let day: number;
  if (rule.unit === 'working-days') {
    if (rule.counting === 'dfe-census') {
      day = rule.amount === 1 ? calendar.rollForward(start.day) : calendar.addWorkingDays(start.day, rule.amount - 1);
    } else {
      const startCounts = rule.counting === 'start-included' && calendar.isWorkingDay(start.day);
      day = calendar.addWorkingDays(start.day, startCounts ? rule.amount - 1 : rule.amount);
    }
  } else if (rule.unit === 'days') day = start.day + rule.amount;
  else if (rule.unit === 'weeks') day = start.day + 7 * rule.amount;
  else day = addMonthsToDayNumber(start.day, rule.amount);

  let rolledFrom: number | undefined;
  if (rule.roll === 'forward' && !calendar.isWorkingDay(day)) {
    rolledFrom = day;
    day = calendar.rollForward(day);
  }
  const usesCalendar = rule.unit === 'working-days' || rolledFrom !== undefined;
  return {
    day,
    skipped: rule.unit === 'working-days' ? calendar.daysOffBetween(start.day, day) : NOTHING_SKIPPED,
    rolledFrom,
    projected: usesCalendar && calendar.isProjected(day),
  };
}

/**
 * The day a deadline not yet met is judged on: the as-of day itself, or under `dfe-census`
 * counting the as-of day moved forward to a working day, as the DfE validator moves its
 * reference date (a Saturday reference date is judged as the Monday).
 *
 * @example fromDayNumber(judgedDay(toDayNumber('2025-03-29'), 'dfe-census', calendar)) // '2025-03-31'
 */
export function judgedDay(asOfDay: number, counting: Counting | null | undefined, calendar: DayNumberCalendar): number {
  return counting === 'dfe-census' ? calendar.rollForward(asOfDay) : asOfDay;
}
