import { describeValue } from './describeValue.js';

/**
 * Calendar dates as whole day numbers (days since 1970-01-01), so that date arithmetic is
 * integer arithmetic and can never be shifted by the host's time zone or a clock change.
 */

/** A calendar date in England, written `YYYY-MM-DD`. */
export type IsoDate = string;

/** What the calendar functions accept: an ISO date, or a `Date` read as a date in Europe/London. */
export type DateInput = IsoDate | Date;

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

const londonDateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit',
});

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The day number of a civil date (H. Hinnant's days_from_civil).
 *
 * @example dayNumberFromParts(1970, 1, 1) // 0
 */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Year, month (1–12) and day of a day number (H. Hinnant's civil_from_days). */
export function partsFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524)
    - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Reads a date input as a day number. A string must be a real `YYYY-MM-DD` date; a `Date` is
 * read as the calendar date it falls on in Europe/London.
 *
 * @example toDayNumber('2024-12-19') // 20076
 * @throws RangeError naming the input when it is not a real date.
 */
export function toDayNumber(input: DateInput): number {
  if (typeof input === 'string') {
    const parsed = parseIsoDate(input);
    if (parsed !== undefined) return parsed;
  }
  return toDayNumberSlowly(input);
}

const DIGIT_0 = 48;

/**
 * The fast path: a well-formed, real `YYYY-MM-DD` date, read digit by digit; undefined otherwise.
 * Only ASCII 0–9 are digits: any other character (a letter O, a full-width digit, a sign) makes
 * its field NaN, and every field is compared in a way NaN fails.
 */
function parseIsoDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const digit = (i: number): number => {
    const d = text.charCodeAt(i) - DIGIT_0;
    return d >= 0 && d <= 9 ? d : Number.NaN;
  };
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return undefined;
  return dayNumberFromParts(year, month, day);
}

/** Everything but a valid date string: a `Date`, or an input to explain the problem with. */
function toDayNumberSlowly(input: unknown): number {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new RangeError('Invalid date: the Date object is invalid');
    const parts = Object.fromEntries(londonDateParts.formatToParts(input).map((p) => [p.type, p.value]));
    return dayNumberFromParts(Number(parts.year), Number(parts.month), Number(parts.day));
  }
  if (typeof input !== 'string') {
    throw new RangeError(`Invalid date ${describeValue(input)}: expected a YYYY-MM-DD string`);
  }
  const match = ISO_DATE.exec(input);
  if (!match) throw new RangeError(`Invalid date "${input}": expected YYYY-MM-DD`);
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) throw new RangeError(`Invalid date "${input}": there is no month ${month}`);
  const lastDay = daysInMonth(year, month);
  throw new RangeError(`Invalid date "${input}": ${MONTH_NAMES[month - 1]} ${year} has ${lastDay} days`);
}

/**
 * The ISO date of a day number.
 *
 * @example fromDayNumber(20076) // '2024-12-19'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`A day number is a whole number, not ${dayNumber}`);
  const { year, month, day } = partsFromDayNumber(dayNumber);
  if (year < 0 || year > 9999) throw new RangeError(`The date falls in the year ${year}, which cannot be written YYYY-MM-DD`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
