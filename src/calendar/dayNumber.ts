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

// Made on first use: a process's first Intl.DateTimeFormat loads the time-zone data, about 25 ms
// of every CLI start, and only a Date input needs it.
let londonDateParts: Intl.DateTimeFormat | undefined;

// Index 0 is unused so that a month (1–12) indexes it directly; February is 28 until leap years are checked.
const MONTH_LENGTHS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return MONTH_LENGTHS[month] as number;
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
const HYPHEN = 45;

/**
 * The fast path: a well-formed, real `YYYY-MM-DD` date, read digit by digit; undefined otherwise.
 * Only ASCII 0–9 are digits: `>>> 0` turns a character below '0' into a huge number, so one
 * `> 9` test per digit refuses everything else (a letter O, a full-width digit, a sign).
 *
 * @example parseIsoDate('2024-02-29') // 19782
 * @example parseIsoDate('2024-02-30') // undefined: the slow path explains why
 */
export function parseIsoDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN) return undefined;
  const y1 = (text.charCodeAt(0) - DIGIT_0) >>> 0;
  const y2 = (text.charCodeAt(1) - DIGIT_0) >>> 0;
  const y3 = (text.charCodeAt(2) - DIGIT_0) >>> 0;
  const y4 = (text.charCodeAt(3) - DIGIT_0) >>> 0;
  const m1 = (text.charCodeAt(5) - DIGIT_0) >>> 0;
  const m2 = (text.charCodeAt(6) - DIGIT_0) >>> 0;
  const d1 = (text.charCodeAt(8) - DIGIT_0) >>> 0;
  const d2 = (text.charCodeAt(9) - DIGIT_0) >>> 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a non-digit first digit of month or day (m1, d1 of 9 or more) makes month 90+ or day 90+, refused on the next line; m2 and d2 are tested with ':'
  if (y1 > 9 || y2 > 9 || y3 > 9 || y4 > 9 || m1 > 9 || m2 > 9 || d1 > 9 || d2 > 9) return undefined;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  // Stryker disable next-line ConditionalExpression: month 0 is refused anyway, as daysInMonth(year, 0) is 0 and day > 0
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberFromParts(year, month, day);
}

/** Everything but a valid date string: a `Date`, or an input to explain the problem with. */
function toDayNumberSlowly(input: unknown): number {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new RangeError('Invalid date: the Date object is invalid');
    // Stryker disable next-line ObjectLiteral: without options it formats in the host zone, which the mutation run sets to Europe/London and the suite's other TZ runs catch
    londonDateParts ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
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

/** The day numbers of 0000-01-01 and 9999-12-31, the dates `YYYY-MM-DD` can write. */
const FIRST_WRITABLE = dayNumberFromParts(0, 1, 1);
const LAST_WRITABLE = dayNumberFromParts(9999, 12, 31);

// Writing a date string costs more than all the working-day arithmetic, so each date is written
// once and remembered, in blocks of 512 days (about 17 months) made when a day in them is first
// asked for: a process that works in a few years holds a few blocks, never all 10,000 years.
const BLOCK_BITS = 9;
const BLOCK_SIZE = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_SIZE - 1;
// Filled with undefined up front so that the arrays keep V8's fast elements, not a sparse dictionary.
// Stryker disable next-line ArrayDeclaration,ArithmeticOperator: the array's starting length only keeps V8's fast elements; a JavaScript array grows to any index written
const writtenDates = new Array<(IsoDate | undefined)[] | undefined>(((LAST_WRITABLE - FIRST_WRITABLE) >> BLOCK_BITS) + 1).fill(undefined);

/**
 * The ISO date of a day number.
 *
 * @example fromDayNumber(20076) // '2024-12-19'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`A day number is a whole number, not ${dayNumber}`);
  if (dayNumber < FIRST_WRITABLE || dayNumber > LAST_WRITABLE) {
    throw new RangeError(`The date falls in the year ${partsFromDayNumber(dayNumber).year}, which cannot be written YYYY-MM-DD`);
  }
  // Stryker disable next-line ArithmeticOperator: the offset only places the remembered string; dayNumber + FIRST_WRITABLE is as one-to-one, so each date is still remembered in a slot of its own
  const offset = dayNumber - FIRST_WRITABLE;
  const block = writtenDates[offset >> BLOCK_BITS];
  return block?.[offset & BLOCK_MASK] ?? remember(dayNumber, offset);
}

function remember(dayNumber: number, offset: number): IsoDate {
  const written = writeDate(dayNumber);
  let block = writtenDates[offset >> BLOCK_BITS];
  // Stryker disable next-line ConditionalExpression: a fresh block each time only forgets dates written before, which are written again the same
  if (block === undefined) {
    // Stryker disable next-line ArrayDeclaration: an empty array holds the same undefined in every slot; the fill only keeps V8's fast elements
    block = new Array<IsoDate | undefined>(BLOCK_SIZE).fill(undefined);
    writtenDates[offset >> BLOCK_BITS] = block;
  }
  block[offset & BLOCK_MASK] = written;
  return written;
}

/**
 * A day number written `YYYY-MM-DD` by arithmetic: the slow path that `fromDayNumber` remembers.
 * @example writeDate(20076) // '2024-12-19'
 */
export function writeDate(dayNumber: number): IsoDate {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
