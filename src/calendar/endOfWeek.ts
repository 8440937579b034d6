import { dayOfWeek, fromDayNumber, toDayNumber, type DateInput, type IsoDate } from './dayNumber.js';

/**
 * The Sunday that ends the Monday-to-Sunday week a date falls in (the date itself when it is a
 * Sunday): the last day of "this week" in a caseload report.
 * @example endOfWeek('2025-11-05') // '2025-11-09'
 */
export function endOfWeek(date: DateInput): IsoDate {
  const day = toDayNumber(date);
  return fromDayNumber(day + ((7 - dayOfWeek(day)) % 7));
}
