import { dayNumberFromParts, fromDayNumber, toDayNumber, type DateInput } from './dayNumber.js';

/** Today's pattern of bank holidays began in 1978 (the early May holiday); we stop at 2200. */
export const FIRST_YEAR = 1978;
export const LAST_YEAR = 2200;
/** The day numbers of 1978-01-01 and 2200-12-31. */
export const FIRST_DAY = dayNumberFromParts(FIRST_YEAR, 1, 1);
export const LAST_DAY = dayNumberFromParts(LAST_YEAR, 12, 31);

/** How an error names the range, so every message that refuses a date says the same. */
export const CALENDAR_RANGE = `the calendar, which runs from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`;

/**
 * A day number, checked to lie in the calendar (1978-01-01 to 2200-12-31), where working days
 * are known exactly.
 * @example inCalendar(toDayNumber('2024-12-19')) // 20076
 * @throws RangeError naming the date and the range.
 */
export function inCalendar(day: number): number {
  if (!Number.isInteger(day)) throw new RangeError(`A day number must be a whole number, not ${day}`);
  if (day < FIRST_DAY || day > LAST_DAY) throw new RangeError(`${fromDayNumber(day)} is outside ${CALENDAR_RANGE}`);
  return day;
}

/**
 * Reads a date input as a day number in the calendar: how every boundary (case records, options,
 * rule files, published lists) reads a date.
 * @example calendarDay('2024-12-19') // 20076
 * @example calendarDay('1900-05-01') // throws: 1900-05-01 is outside the calendar, which runs from 1978-01-01 to 2200-12-31
 * @throws RangeError when the input is not a real date, or falls outside the calendar.
 */
export function calendarDay(input: DateInput): number {
  return inCalendar(toDayNumber(input));
}
