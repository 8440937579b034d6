import { fromDayNumber, dayNumberFromParts, type IsoDate } from './dayNumber.js';

/** An instant: an ISO 8601 timestamp with a `Z` or `±HH:MM` offset, e.g. `2025-03-30T00:30:00Z`. */
export type IsoInstant = string;

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR = 3_600_000;

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset',
});

/**
 * Milliseconds since the epoch of an ISO instant with an explicit offset. A timestamp with no
 * offset is refused: it would be read in the host's time zone.
 * @throws RangeError naming the input.
 */
export function instantToEpochMs(instant: IsoInstant): number {
  const match = typeof instant === 'string' ? ISO_INSTANT.exec(instant) : null;
  const ms = match ? Date.parse(instant) : Number.NaN;
  const [, y, mo, d, h, mi] = match ?? [];
  const fieldsValid = match !== null && Number(mo) >= 1 && Number(mo) <= 12 && Number(h) <= 23 && Number(mi) <= 59
    && fromDayNumber(dayNumberFromParts(Number(y), Number(mo), Number(d))) === `${y}-${mo}-${d}`;
  if (!fieldsValid || Number.isNaN(ms)) {
    throw new RangeError(`Invalid instant ${JSON.stringify(instant)}: expected an ISO 8601 timestamp with an offset, e.g. 2025-03-30T09:00:00+01:00`);
  }
  return ms;
}

/**
 * The instant written in Europe/London local time with its offset (+00:00 in winter, +01:00 in
 * summer), whatever the host's time zone.
 * @example toLondonInstant(Date.parse('2025-07-01T08:00:00Z')) // '2025-07-01T09:00:00+01:00'
 */
export function toLondonInstant(epochMs: number): IsoInstant {
  const p = Object.fromEntries(londonParts.formatToParts(new Date(epochMs)).map((part) => [part.type, part.value]));
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : String(p.timeZoneName).slice(3);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

/**
 * The calendar date in England on which an instant falls.
 * @example londonDate('2025-06-30T23:30:00Z') // '2025-07-01'
 */
export function londonDate(instant: IsoInstant): IsoDate {
  return toLondonInstant(instantToEpochMs(instant)).slice(0, 10);
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
