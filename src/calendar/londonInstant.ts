import { describeValue } from './describeValue.js';
import { dayOfWeek, daysInMonth, fromDayNumber, dayNumberFromParts, type IsoDate } from './dayNumber.js';

/** An instant: an ISO 8601 timestamp with a `Z` or `±HH:MM` offset, e.g. `2025-03-30T00:30:00Z`. */
export type IsoInstant = string;

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR = 3_600_000;

// Made on first use: a process's first Intl.DateTimeFormat loads the time-zone data, about 25 ms
// of every CLI start, and only an instant before 1996 or after 2200 needs it.
let londonOffsetName: Intl.DateTimeFormat | undefined;

/** Europe/London's offset from UTC in minutes at an instant, from the host's time-zone data. */
function intlOffsetMinutes(epochMs: number): number {
  londonOffsetName ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' });
  // Stryker disable next-line OptionalChaining,StringLiteral: Intl gives a timeZoneName part whenever the timeZoneName option is set, so the 'GMT' fallback is never read
  const name = londonOffsetName.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  // Stryker disable next-line Regex: every name Intl gives starts with GMT, so the ^ anchor changes nothing (the $ one is tested, by London mean time in 1800)
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  // Stryker disable next-line ConditionalExpression,StringLiteral,UnaryOperator,ArithmeticOperator: London's whole-minute offsets are +00:00, +01:00 and +02:00, never negative and never with minutes, so the sign test and minutes arithmetic give the same answers (a missing match is tested, by 1947 and 1970)
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The first whole hour in [from, to) whose offset differs from that at `from` (clocks change on the hour). */
function changeBetween(from: number, to: number): number {
  const before = intlOffsetMinutes(from);
  let lo = from / HOUR;
  let hi = to / HOUR;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (intlOffsetMinutes(mid * HOUR) === before) lo = mid;
    else hi = mid;
  }
  return hi * HOUR;
}

/** 01:00 UTC on the last Sunday of a month (1–12): when the UK's clocks have changed since 1996. */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = dayNumberFromParts(year, month, daysInMonth(year, month));
  return (lastDay - dayOfWeek(lastDay)) * 86_400_000 + HOUR;
}

/** A year's summer time: from `start` (inclusive) to `end` London is `summer` minutes ahead of UTC, otherwise `winter`. */
interface SummerTime { start: number; end: number; summer: number; winter: number }

/**
 * A year's summer time. From 1996 the Summer Time Order 2002 (and the order before it) sets it:
 * one hour, from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October, worked out by arithmetic. From 1972 to 1995 the dates varied, so its two changes are
 * found from the host's time-zone data (tests check both against Intl for every year).
 */
function summerTimeOf(year: number): SummerTime {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the time-zone data gives the rule's changes in every year from 1996 (tests check each year against Intl), so finding them there gives the same answer, only slower
  if (year >= 1996) return { start: lastSundayOneAm(year, 3), end: lastSundayOneAm(year, 10), summer: 60, winter: 0 };
  const jan = Date.UTC(year, 0, 1);
  const jul = Date.UTC(year, 6, 1);
  return { start: changeBetween(jan, jul), end: changeBetween(jul, Date.UTC(year + 1, 0, 1)),
    summer: intlOffsetMinutes(jul), winter: intlOffsetMinutes(jan) };
}

// Since 1972 London has kept one period of summer time a year, worked out once a year, so
// reading an instant is arithmetic, not a call to Intl.
const summerTimes = new Map<number, SummerTime>();

function londonOffsetMinutes(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: from 1972 the table gives Intl's answer in every year (one summer time a year; after 2200 the data repeats the current rule); only years before 1972 differ (tested by 1947)
  if (year < 1972 || year > 2200) return intlOffsetMinutes(epochMs);
  let summer = summerTimes.get(year);
  // Stryker disable next-line ConditionalExpression: a cache; working the year out again gives the same summer time
  if (!summer) {
    summer = summerTimeOf(year);
    summerTimes.set(year, summer);
  }
  return epochMs >= summer.start && epochMs < summer.end ? summer.summer : summer.winter;
}

/**
 * Milliseconds since the epoch of an ISO instant with an explicit offset. A timestamp with no
 * offset is refused: it would be read in the host's time zone.
 * @throws RangeError naming the input.
 */
export function instantToEpochMs(instant: IsoInstant): number {
  const match = typeof instant === 'string' ? ISO_INSTANT.exec(instant) : null;
  if (match) {
    // Read field by field, within the limits Date.parse sets, so that no field rolls over into the next.
    const field = (i: number): number => Number(match[i] ?? 0);
    const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
    const fraction = match[7] === undefined ? 0 : Math.round(Number(`0.${match[7]}`) * 1000);
    const offset = match[8] as string;
    // Stryker disable next-line ConditionalExpression,StringLiteral: 'Z'.slice(1, 3) is '', and Number('') is 0, the same as the Z branch
    const offsetHours = offset === 'Z' ? 0 : Number(offset.slice(1, 3));
    // Stryker disable next-line ConditionalExpression,StringLiteral: 'Z'.slice(4, 6) is '', and Number('') is 0, the same as the Z branch
    const offsetMinutes = offset === 'Z' ? 0 : Number(offset.slice(4, 6));
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the month checks only say why; daysInMonth gives 0 for month 0 and undefined after 12, so day <= daysInMonth(...) refuses those months anyway
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59
      && offsetHours <= 23 && offsetMinutes <= 59) {
      const offsetMs = (offset.startsWith('-') ? -1 : 1) * (offsetHours * HOUR + offsetMinutes * 60_000);
      return dayNumberFromParts(year, month, day) * 86_400_000 + hour * HOUR + minute * 60_000 + second * 1000 + fraction - offsetMs;
    }
  }
  throw new RangeError(`Invalid instant ${describeValue(instant)}: expected an ISO 8601 timestamp with an offset, e.g. 2025-03-30T09:00:00+01:00`);
}

/**
 * The instant written in Europe/London local time with its offset (+00:00 in winter, +01:00 in
 * summer), whatever the host's time zone.
 * @example toLondonInstant(Date.parse('2025-07-01T08:00:00Z')) // '2025-07-01T09:00:00+01:00'
 */
export function toLondonInstant(epochMs: number): IsoInstant {
  const offset = londonOffsetMinutes(epochMs);
  const local = epochMs + offset * 60_000;
  const day = Math.floor(local / 86_400_000);
  const seconds = Math.floor((local - day * 86_400_000) / 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  // Stryker disable next-line ConditionalExpression,StringLiteral: londonOffsetMinutes is never negative (+00:00, +01:00, +02:00; mean time before 1847 is read as 0), so the sign is always +
  const sign = offset < 0 ? '-' : '+';
  return `${fromDayNumber(day)}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`
    + `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
}

/** The day number of the date in England on which an instant (milliseconds since the epoch) falls. */
export function londonDayNumber(epochMs: number): number {
  return Math.floor((epochMs + londonOffsetMinutes(epochMs) * 60_000) / 86_400_000);
}

/**
 * The calendar date in England on which an instant falls.
 * @example londonDate('2025-06-30T23:30:00Z') // '2025-07-01'
 */
export function londonDate(instant: IsoInstant): IsoDate {
  return fromDayNumber(londonDayNumber(instantToEpochMs(instant)));
}

/**
 * The instant n elapsed hours after `instant` ("within n hours"), written in London time. Hours
 * are real elapsed hours, so across a clock change the local time shifts by one.
 * @example addHours('2025-03-29T12:00:00+00:00', 24) // '2025-03-30T13:00:00+01:00'
 */
export function addHours(instant: IsoInstant, n: number): IsoInstant {
  if (!Number.isFinite(n)) throw new RangeError(`The number of hours must be a finite number, not ${n}`);
  return toLondonInstant(instantToEpochMs(instant) + n * HOUR);
}

/**
 * Elapsed hours from one instant to another (negative when `to` is earlier).
 * @example hoursBetween('2025-10-25T12:00:00+01:00', '2025-10-26T12:00:00+00:00') // 25
 */
export function hoursBetween(from: IsoInstant, to: IsoInstant): number {
  return (instantToEpochMs(to) - instantToEpochMs(from)) / HOUR;
}
