import * as z from 'zod';
import { CALENDAR_RANGE, FIRST_DAY, FIRST_YEAR, inCalendar, LAST_DAY, LAST_YEAR } from './calendarRange.js';
import { dayOfWeek, fromDayNumber, partsFromDayNumber, toDayNumber, type DateInput, type IsoDate } from './dayNumber.js';
import { CLOSURE_SHAPES, closureDay, ClosureSchema, notAClosureList } from './closureSchema.js';
import { LondonDateSchema } from './dateSchemas.js';
import { describeValue } from './describeValue.js';
import { parseGovUkBankHolidays } from './govUkBankHolidays.js';
import { derivedBankHolidays, shippedBankHolidays, shippedPublishedYears } from './publishedBankHolidays.js';
import type { BankHoliday } from './standingBankHolidays.js';

/** The options of `createCalendar`, checked when it is called: each problem names its option. */
export const CalendarOptionsSchema = z.strictObject({
  /**
   * Days the authority is closed on top of bank holidays, e.g. between Christmas and New Year:
   * each a date, a `{ date, reason }` as in a rule file's `calendar.closures` (see {@link ClosureSchema}),
   * or a `Date`, read as its date in London.
   */
  closures: z.array(z.union([ClosureSchema, LondonDateSchema],
    { error: (issue) => `${describeValue(issue.input)} is not a closure day: give ${CLOSURE_SHAPES}, or a Date` }),
  { error: notAClosureList }).optional(),
  /**
   * A GOV.UK `bank-holidays.json` as published (parsed JSON), checked by `parseGovUkBankHolidays`.
   * The years it lists replace the shipped ones; a year after the first published one that no list covers is projected.
   */
  bankHolidays: z.unknown().optional(),
}, {
  error: (issue) => (issue.code === 'unrecognized_keys'
    ? `unknown option ${issue.keys.map((key) => `"${key}"`).join(', ')}: createCalendar takes closures, bankHolidays`
    : `the options must be an object with closures, bankHolidays, not ${describeValue(issue.input)}`),
});

export type CalendarOptions = z.input<typeof CalendarOptionsSchema>;

/** A day that is not a working day, and why. */
export interface DayOff {
  date: IsoDate;
  reason: 'bank-holiday' | 'closure';
  title: string;
  /** True when the date comes from the standing pattern for a year not yet published. */
  projected: boolean;
}

/** A bank holiday as the calendar knows it. */
export interface CalendarBankHoliday extends BankHoliday {
  /** True when the year is not yet published and the date follows the standing pattern. */
  projected: boolean;
}

/**
 * The working-day arithmetic of a calendar on day numbers (days since 1970-01-01, see
 * `toDayNumber`): no date is parsed or written, so a loop over many cases pays only for the
 * look-ups. The days off it returns are shared and frozen.
 */
export interface DayNumberCalendar {
  /** @example calendar.dayNumbers.isWorkingDay(toDayNumber('2024-12-25')) // false */
  isWorkingDay(day: number): boolean;
  /** {@link WorkingDayCalendar.addWorkingDays} on day numbers. @example fromDayNumber(calendar.dayNumbers.addWorkingDays(toDayNumber('2024-12-19'), 15)) // '2025-01-14' */
  addWorkingDays(day: number, n: number): number;
  /** {@link WorkingDayCalendar.workingDaysBetween} on day numbers. @example calendar.dayNumbers.workingDaysBetween(20076, 20102) // 15 */
  workingDaysBetween(from: number, to: number): number;
  /** {@link WorkingDayCalendar.rollForward} on day numbers. @example fromDayNumber(calendar.dayNumbers.rollForward(toDayNumber('2025-01-04'))) // '2025-01-06' */
  rollForward(day: number): number;
  /** {@link WorkingDayCalendar.daysOffBetween} on day numbers. @example calendar.dayNumbers.daysOffBetween(20076, 20102).length // 3 */
  daysOffBetween(from: number, to: number): readonly Readonly<DayOff>[];
  /** {@link WorkingDayCalendar.isProjected} on day numbers. @example calendar.dayNumbers.isProjected(toDayNumber('2030-05-06')) // true */
  isProjected(day: number): boolean;
}

/**
 * Working-day arithmetic on one calendar: Monday to Friday, less England and Wales bank
 * holidays, less the authority's closure days. Every operation is a few array look-ups
 * on an index built once, so an offset of 500 working days costs the same as one of 1.
 */
export interface WorkingDayCalendar {
  /** The last year whose bank holidays are published; later years are projected. */
  readonly lastPublishedYear: number;
  /** The authority's closure days, sorted. */
  readonly closures: readonly IsoDate[];
  /** The same arithmetic on day numbers, for hot loops. */
  readonly dayNumbers: DayNumberCalendar;
  /**
   * Whether a date is a working day.
   * @example calendar.isWorkingDay('2024-12-25') // false
   */
  isWorkingDay(date: DateInput): boolean;
  /**
   * The n-th working day after `date` ("within n working days of date"): `date` is day 0 and
   * is not counted, working day or not. This is Excel's `WORKDAY(date, n, holidays)`. A
   * negative n counts back: the n-th working day before `date`. n = 0 returns `date` itself,
   * unchanged even if it is not a working day, so that `workingDaysBetween(d, addWorkingDays(d, 0)) === 0`.
   * @example calendar.addWorkingDays('2024-12-19', 15) // '2025-01-14'
   */
  addWorkingDays(date: DateInput, n: number): IsoDate;
  /**
   * The working days d with from < d ≤ to. When `to` is before `from`, minus the working days
   * d with to ≤ d < from, so that `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every n.
   * @example calendar.workingDaysBetween('2024-12-19', '2025-01-14') // 15
   */
  workingDaysBetween(from: DateInput, to: DateInput): number;
  /**
   * The first working day after `date` (the same as `addWorkingDays(date, 1)`).
   * @example calendar.nextWorkingDay('2024-12-24') // '2024-12-27'
   */
  nextWorkingDay(date: DateInput): IsoDate;
  /**
   * `date` when it is a working day, otherwise the first working day after it: how a due
   * date that falls on a day off is rolled forward.
   * @example calendar.rollForward('2025-01-04') // '2025-01-06'
   */
  rollForward(date: DateInput): IsoDate;
  /**
   * The weekday bank holidays of a year, sorted.
   * @example calendar.bankHolidays(2022).map((h) => h.date).includes('2022-09-19') // true
   */
  bankHolidays(year: number): CalendarBankHoliday[];
  /**
   * The weekday days off (bank holidays and closures) that `workingDaysBetween(from, to)` passed
   * over, sorted: d with from < d ≤ to, or to ≤ d < from when `to` is earlier.
   * @example calendar.daysOffBetween('2024-12-19', '2025-01-14').map((d) => d.date) // ['2024-12-25', '2024-12-26', '2025-01-01']
   */
  daysOffBetween(from: DateInput, to: DateInput): DayOff[];
  /**
   * Whether a date lies in a year whose bank holidays are projected from the standing pattern.
   * @example calendar.isProjected('2030-05-06') // true, while the published list ends in 2028
   */
  isProjected(date: DateInput): boolean;
}

function yearOf(day: number): number {
  return partsFromDayNumber(day).year;
}

function describe(day: number): string {
  return fromDayNumber(day);
}

/**
 * Builds a working-day calendar for England and Wales, with an authority's closure days and,
 * optionally, a newer published bank holiday list.
 *
 * @example
 * const york = createCalendar({ closures: ['2025-12-29', '2025-12-30', '2025-12-31'] });
 * york.addWorkingDays('2025-12-24', 1) // '2026-01-02'
 */
export function createCalendar(input: CalendarOptions = {}): WorkingDayCalendar {
  const checked = CalendarOptionsSchema.safeParse(input);
  if (!checked.success) {
    throw new RangeError(checked.error.issues.map((issue) => {
      const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
      return path ? `${path}: ${issue.message}` : issue.message;
    }).join('; '));
  }
  const options = checked.data;
  const published = new Map<number, BankHoliday[]>();
  const publish = (list: readonly BankHoliday[]): void => {
    const byYear = new Map<number, BankHoliday[]>();
    for (const holiday of list) {
      const year = Number(holiday.date.slice(0, 4));
      byYear.set(year, [...(byYear.get(year) ?? []), holiday]);
    }
    for (const [year, holidays] of byYear) published.set(year, holidays);
  };
  publish(shippedBankHolidays.filter((h) => {
    const year = Number(h.date.slice(0, 4));
    return year >= shippedPublishedYears.from && year <= shippedPublishedYears.to;
  }));
  if (options.bankHolidays !== undefined) publish(parseGovUkBankHolidays(options.bankHolidays));
  const lastPublishedYear = Math.max(...published.keys());
  const firstPublishedYear = Math.min(...published.keys());
  // Years before the first published list are history (the pattern and its proclamations);
  // a later year with no published list is a projection.
  const isProjectedYear = (year: number): boolean => year > firstPublishedYear && !published.has(year);

  const dayCount = LAST_DAY - FIRST_DAY + 1;
  const daysOff = new Map<number, DayOff>();
  const holidaysByYear = new Map<number, CalendarBankHoliday[]>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const projected = isProjectedYear(year);
    const holidays = (published.get(year) ?? derivedBankHolidays(year))
      .filter((h) => {
        const weekday = dayOfWeek(toDayNumber(h.date));
        return weekday !== 0 && weekday !== 6;
      })
      .map((h) => ({ date: h.date, title: h.title, projected }));
    holidaysByYear.set(year, holidays);
    for (const h of holidays) daysOff.set(toDayNumber(h.date), { ...h, reason: 'bank-holiday' });
  }
  const reasons = new Map((options.closures ?? []).map((closure) => {
    const { date, reason } = closure instanceof Date ? { date: closure, reason: undefined } : closureDay(closure);
    return [toDayNumber(date), reason];
  }));
  const closures = [...reasons.keys()].sort((a, b) => a - b);
  for (const day of closures) {
    const weekday = dayOfWeek(day);
    if (weekday !== 0 && weekday !== 6 && !daysOff.has(day)) {
      daysOff.set(day, { date: fromDayNumber(day), reason: 'closure', title: reasons.get(day) ?? 'Closure day', projected: false });
    }
  }

  // workingBefore[i]: working days strictly before day FIRST_DAY + i. workingDays[k]: the k-th one.
  const workingBefore = new Int32Array(dayCount + 1);
  const workingDays = new Int32Array(dayCount);
  let count = 0;
  for (let i = 0; i < dayCount; i += 1) {
    workingBefore[i] = count;
    const day = FIRST_DAY + i;
    const weekday = dayOfWeek(day);
    if (weekday !== 0 && weekday !== 6 && !daysOff.has(day)) workingDays[count++] = day;
  }
  workingBefore[dayCount] = count;
  const offDays = [...daysOff.keys()].sort((a, b) => a - b);

  // Shared by every count that passes over them, so frozen.
  const offDayRecords = offDays.map((day) => Object.freeze(daysOff.get(day) as DayOff));

  const index = (day: number): number => inCalendar(day) - FIRST_DAY;
  const before = (i: number): number => workingBefore[i] as number;
  const isWorking = (i: number): boolean => before(i + 1) - before(i) === 1;

  function addWorkingDaysAt(i: number, n: number): number {
    if (!Number.isInteger(n)) throw new RangeError(`The number of working days must be a whole number, not ${n}`);
    if (n === 0) return FIRST_DAY + i;
    const k = n > 0 ? before(i + 1) + n - 1 : before(i) + n;
    if (k < 0 || k >= count) {
      throw new RangeError(`${describe(FIRST_DAY + i)} ${n > 0 ? '+' : '-'} ${Math.abs(n)} working days falls outside ${CALENDAR_RANGE}`);
    }
    return workingDays[k] as number;
  }

  function firstOffAfter(day: number): number {
    let lo = 0;
    let hi = offDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((offDays[mid] as number) <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  const dayNumbers: DayNumberCalendar = {
    isWorkingDay: (day) => isWorking(index(day)),
    addWorkingDays: (day, n) => addWorkingDaysAt(index(day), n),
    workingDaysBetween(from, to) {
      const a = index(from);
      const b = index(to);
      return b >= a ? before(b + 1) - before(a + 1) : before(b) - before(a);
    },
    rollForward(day) {
      const i = index(day);
      return isWorking(i) ? day : addWorkingDaysAt(i, 1);
    },
    daysOffBetween(from, to) {
      inCalendar(from);
      inCalendar(to);
      // The same days workingDaysBetween counts over: from < d <= to, or to <= d < from backwards.
      const first = to >= from ? from + 1 : to;
      const last = to >= from ? to : from - 1;
      const result: Readonly<DayOff>[] = [];
      for (let k = firstOffAfter(first - 1); k < offDays.length && (offDays[k] as number) <= last; k += 1) {
        result.push(offDayRecords[k] as DayOff);
      }
      return result;
    },
    isProjected: (day) => isProjectedYear(yearOf(inCalendar(day))),
  };

  return {
    lastPublishedYear,
    closures: closures.map(fromDayNumber),
    dayNumbers,
    isWorkingDay: (date) => dayNumbers.isWorkingDay(toDayNumber(date)),
    addWorkingDays: (date, n) => fromDayNumber(dayNumbers.addWorkingDays(toDayNumber(date), n)),
    workingDaysBetween: (from, to) => dayNumbers.workingDaysBetween(toDayNumber(from), toDayNumber(to)),
    nextWorkingDay: (date) => fromDayNumber(dayNumbers.addWorkingDays(toDayNumber(date), 1)),
    rollForward: (date) => fromDayNumber(dayNumbers.rollForward(toDayNumber(date))),
    bankHolidays(year) {
      if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
        throw new RangeError(`No bank holidays for ${year}: the calendar runs from ${FIRST_YEAR} to ${LAST_YEAR}`);
      }
      return (holidaysByYear.get(year) ?? []).map((h) => ({ ...h }));
    },
    // Copies: a caller may change what it is given.
    daysOffBetween: (from, to) => dayNumbers.daysOffBetween(toDayNumber(from), toDayNumber(to)).map((d) => ({ ...d })),
    isProjected: (date) => dayNumbers.isProjected(toDayNumber(date)),
  };
}
