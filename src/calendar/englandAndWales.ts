import type { DateInput, IsoDate } from './dayNumber.js';
import { createCalendar, type CalendarBankHoliday, type WorkingDayCalendar } from './createCalendar.js';

let calendar: WorkingDayCalendar | undefined;

/** The England and Wales calendar with no closure days, built on first use. */
export function englandAndWales(): WorkingDayCalendar {
  calendar ??= createCalendar();
  return calendar;
}

/** Whether a date is a working day in England and Wales. @example isWorkingDay('2022-09-19') // false (State Funeral) */
export const isWorkingDay = (date: DateInput): boolean => englandAndWales().isWorkingDay(date);

/**
 * The n-th working day after `date` in England and Wales; `date` is day 0 and is not counted.
 * n < 0 counts back; n = 0 returns `date` unchanged. See {@link WorkingDayCalendar.addWorkingDays}.
 * @example addWorkingDays('2024-12-19', 15) // '2025-01-14'
 */
export const addWorkingDays = (date: DateInput, n: number): IsoDate => englandAndWales().addWorkingDays(date, n);

/**
 * The working days d with from < d ≤ to in England and Wales (negative when to < from).
 * @example workingDaysBetween('2025-01-06', '2025-01-13') // 5
 */
export const workingDaysBetween = (from: DateInput, to: DateInput): number =>
  englandAndWales().workingDaysBetween(from, to);

/** The first working day after `date`. @example nextWorkingDay('2022-06-01') // '2022-06-06' */
export const nextWorkingDay = (date: DateInput): IsoDate => englandAndWales().nextWorkingDay(date);

/** The weekday bank holidays of a year in England and Wales, sorted. @example bankHolidays(2023).length // 9 */
export const bankHolidays = (year: number): CalendarBankHoliday[] => englandAndWales().bankHolidays(year);
