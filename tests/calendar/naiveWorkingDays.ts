/**
 * A deliberately naive reference for working-day arithmetic, used by the property tests.
 *
 * It shares nothing with src/calendar except the bank holiday list it is given: dates are
 * converted with `Date.UTC` (not src/calendar/dayNumber), weekdays come from `getUTCDay`, days
 * off live in a plain Set of ISO strings, and offsets are found by walking one day at a time.
 * It is slow on purpose and simple enough to check by reading.
 */
import type { WorkingDayCalendar } from '../../src/calendar/createCalendar.js';

const DAY_MS = 86_400_000;
export const FIRST_DATE = '1978-01-01';
export const LAST_DATE = '2200-12-31';

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, through `Date.UTC`. */
export function utcDays(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`naive reference: not a YYYY-MM-DD date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** The `YYYY-MM-DD` date of a count of days since 1970-01-01, through `Date#toISOString`. */
export function isoFromUtcDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(utcDays(iso) * DAY_MS).getUTCDay();
}

export function isWeekday(iso: string): boolean {
  const weekday = weekdayOf(iso);
  return weekday !== 0 && weekday !== 6;
}

/** Every date from `from` to `to`, both included. */
export function eachDate(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = utcDays(from); day <= utcDays(to); day += 1) dates.push(isoFromUtcDays(day));
  return dates;
}

export interface NaiveWorkingDays {
  isWorkingDay(date: string): boolean;
  addWorkingDays(date: string, n: number): string;
  workingDaysBetween(from: string, to: string): number;
}

/**
 * The naive reference for `calendar`, with its own Set of days off: every bank holiday that
 * `calendar.bankHolidays(year)` lists for 1978–2200, plus `closures` (pass the same closure
 * list the calendar was built with).
 */
export function naiveWorkingDays(calendar: WorkingDayCalendar, closures: readonly string[] = []): NaiveWorkingDays {
  const daysOff = new Set<string>(closures);
  for (let year = 1978; year <= 2200; year += 1) {
    for (const holiday of calendar.bankHolidays(year)) daysOff.add(holiday.date);
  }
  const first = utcDays(FIRST_DATE);
  const last = utcDays(LAST_DATE);
  const isWorkingDay = (date: string): boolean => isWeekday(date) && !daysOff.has(date);

  return {
    isWorkingDay,
    addWorkingDays(date, n) {
      if (n === 0) return date;
      const step = n > 0 ? 1 : -1;
      let day = utcDays(date);
      let left = Math.abs(n);
      while (left > 0) {
        day += step;
        if (day < first || day > last) throw new RangeError(`naive reference: ${date} ${n} runs off the calendar`);
        if (isWorkingDay(isoFromUtcDays(day))) left -= 1;
      }
      return isoFromUtcDays(day);
    },
    workingDaysBetween(from, to) {
      const a = utcDays(from);
      const b = utcDays(to);
      let count = 0;
      if (b >= a) {
        // working days d with from < d <= to
        for (let day = a + 1; day <= b; day += 1) if (isWorkingDay(isoFromUtcDays(day))) count += 1;
        return count;
      }
      // minus the working days d with to <= d < from
      for (let day = b; day < a; day += 1) if (isWorkingDay(isoFromUtcDays(day))) count += 1;
      return count === 0 ? 0 : -count; // not -0
    },
  };
}
