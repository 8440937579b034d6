import { daysInMonth, dayNumberFromParts, fromDayNumber, partsFromDayNumber, toDayNumber,
  type DateInput, type IsoDate } from './dayNumber.js';

function wholeNumber(n: number, unit: string): number {
  if (!Number.isInteger(n)) throw new RangeError(`The number of ${unit} must be a whole number, not ${n}`);
  return n;
}

/**
 * The date n calendar days after `date` ("within n days").
 * @example addDays('2025-02-26', 4) // '2025-03-02'
 */
export function addDays(date: DateInput, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + wholeNumber(n, 'days'));
}

/**
 * The date n weeks after `date` ("within n weeks"): 7n calendar days.
 * @example addWeeks('2025-01-06', 4) // '2025-02-03'
 */
export function addWeeks(date: DateInput, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + 7 * wholeNumber(n, 'weeks'));
}

/**
 * The same day of the month n months after `date`, or the last day of that month when it is
 * shorter (date-fns `addMonths`): 31 January + 1 month is 28 or 29 February.
 * @example addMonths('2025-01-31', 1) // '2025-02-28'
 */
export function addMonths(date: DateInput, n: number): IsoDate {
  return fromDayNumber(addMonthsToDayNumber(toDayNumber(date), n));
}

/**
 * {@link addMonths} on day numbers (days since 1970-01-01).
 * @example fromDayNumber(addMonthsToDayNumber(toDayNumber('2024-01-31'), 1)) // '2024-02-29'
 */
export function addMonthsToDayNumber(dayNumber: number, n: number): number {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  const monthIndex = year * 12 + (month - 1) + wholeNumber(n, 'months');
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return dayNumberFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
