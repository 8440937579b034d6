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
 * holidays, less the authority's closure days. Every operation is a few array look-ups on an
 * index built as the calendar is used, about 17 months at a time, so an offset of 500 working
 * days costs about the same as one of 1.
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

/** The error for an offset that runs off either end of the calendar. */
function offsetOutside(i: number, n: number): RangeError {
  // Stryker disable next-line EqualityOperator: n is never 0 here (addWorkingDaysAt returns first), so n >= 0 is n > 0; n <= 0 is killed by the message tests
  return new RangeError(`${fromDayNumber(FIRST_DAY + i)} ${n > 0 ? '+' : '-'} ${Math.abs(n)} working days falls outside ${CALENDAR_RANGE}`);
}

/** A bank holiday with its day number, read once. */
interface DatedHoliday extends BankHoliday {
  day: number;
}

const dated = (list: readonly BankHoliday[]): DatedHoliday[] =>
  list.map(({ date, title }) => ({ date, title, day: toDayNumber(date) }));

function byYear(list: readonly DatedHoliday[]): Map<number, DatedHoliday[]> {
  const years = new Map<number, DatedHoliday[]>();
  for (const holiday of list) {
    const year = Number(holiday.date.slice(0, 4));
    const holidays = years.get(year);
    if (holidays) holidays.push(holiday);
    else years.set(year, [holiday]);
  }
  return years;
}

// The shipped list and the standing pattern are the same for every calendar in a process, so
// each year's holidays are worked out once, when a calendar first needs them, and shared.
let shippedYears: ReadonlyMap<number, readonly DatedHoliday[]> | undefined;
const derivedYears = new Map<number, readonly DatedHoliday[]>();

function shippedPublished(): ReadonlyMap<number, readonly DatedHoliday[]> {
  // Stryker disable next-line MethodExpression: the shipped list holds exactly its published years, 2012–2028, so the filter keeps every entry
  shippedYears ??= byYear(dated(shippedBankHolidays.filter((h) => {
    const year = Number(h.date.slice(0, 4));
    // Stryker disable next-line ConditionalExpression,LogicalOperator: every shipped entry is in 2012–2028, so a half of the test or the whole of it always holds
    return year >= shippedPublishedYears.from && year <= shippedPublishedYears.to;
  })));
  return shippedYears;
}

function derivedYear(year: number): readonly DatedHoliday[] {
  let holidays = derivedYears.get(year);
  // Stryker disable next-line ConditionalExpression: working a year out again each time gives the same holidays; the cache only saves the work
  if (holidays === undefined) {
    holidays = dated(derivedBankHolidays(year));
    derivedYears.set(year, holidays);
  }
  return holidays;
}

const isWeekday = (day: number): boolean => {
  const weekday = dayOfWeek(day);
  return weekday !== 0 && weekday !== 6;
};

// A calendar indexes its days in blocks of 512 (about 17 months), each built the first time a
// count or offset reaches it: a process that works in a few years builds a few blocks, in well
// under a millisecond, rather than all 1978–2200 (81,449 days) for every calendar it creates.
const BLOCK_BITS = 9;
const BLOCK_DAYS = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_DAYS - 1;
// Stryker disable next-line ArithmeticOperator: DAY_COUNT only sizes BLOCK_COUNT; 81,447 days give the same 160 blocks, and a larger count only lets an offset past the end build empty blocks beyond it before the same RangeError
const DAY_COUNT = LAST_DAY - FIRST_DAY + 1;
// Day index DAY_COUNT (the day after the last) is addressable too, as "before" that day.
const BLOCK_COUNT = (DAY_COUNT >> BLOCK_BITS) + 1;

/** The working days of one block, and its weekdays off. */
interface Block {
  /** before[j]: the block's working days before its j-th day (j = 0 … 512). */
  before: Uint16Array;
  /** The block's working days in order, each as its day in the block (0 … 511). */
  working: Uint16Array;
  /** The block's weekdays off, sorted, and their records (shared by every count, so frozen). */
  offDays: number[];
  offDayRecords: Readonly<DayOff>[];
}

/** The options, checked: a RangeError names each option that is wrong. */
function checkedOptions(input: CalendarOptions): z.output<typeof CalendarOptionsSchema> {
  const checked = CalendarOptionsSchema.safeParse(input);
  if (!checked.success) {
    throw new RangeError(checked.error.issues.map((issue) => {
      // Stryker disable next-line Regex: the path of every issue starts with an option's name, so its first '.' is the leading one either way
      const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
      return path ? `${path}: ${issue.message}` : issue.message;
    }).join('; '));
  }
  return checked.data;
}

/**
 * Builds a working-day calendar for England and Wales, with an authority's closure days and,
 * optionally, a newer published bank holiday list.
 *
 * @example
 * const york = createCalendar({ closures: ['2025-12-29', '2025-12-30', '2025-12-31'] });
 * york.addWorkingDays('2025-12-24', 1) // '2026-01-02'
 */
export function createCalendar(input?: CalendarOptions): WorkingDayCalendar {
  // No options, nothing to check: the England and Wales calendar every command line run builds
  // skips zod's first parse of this schema (about 3 ms of the start).
  const options = input === undefined ? {} : checkedOptions(input);
  const published = new Map(shippedPublished());
  if (options.bankHolidays !== undefined) {
    for (const [year, holidays] of byYear(dated(parseGovUkBankHolidays(options.bankHolidays)))) published.set(year, holidays);
  }
  const lastPublishedYear = Math.max(...published.keys());
  const firstPublishedYear = Math.min(...published.keys());
  // Years before the first published list are history (the pattern and its proclamations);
  // a later year with no published list is a projection.
  // Stryker disable next-line EqualityOperator: the first published year is published, so year >= firstPublishedYear adds no projected year
  const isProjectedYear = (year: number): boolean => year > firstPublishedYear && !published.has(year);
  const weekdayHolidays = (year: number): DatedHoliday[] =>
    (published.get(year) ?? derivedYear(year)).filter((h) => isWeekday(h.day));

  const reasons = new Map((options.closures ?? []).map((closure) => {
    const { date, reason } = closure instanceof Date ? { date: closure, reason: undefined } : closureDay(closure);
    return [toDayNumber(date), reason];
  }));
  const closures = [...reasons.keys()].sort((a, b) => a - b);

  // Stryker disable next-line ArrayDeclaration: the starting length only keeps V8's fast elements; a JavaScript array grows to any index written
  const blocks = new Array<Block | undefined>(BLOCK_COUNT).fill(undefined);

  function buildBlock(b: number): Block {
    const first = FIRST_DAY + (b << BLOCK_BITS);
    const end = Math.min(first + BLOCK_DAYS, LAST_DAY + 1); // days from `end` on are outside the calendar
    // Each weekday off once: a later entry for the same day wins its record, and a closure on a
    // bank holiday stays a bank holiday.
    const daysOff = new Map<number, DayOff>();
    // Stryker disable next-line ArithmeticOperator: end + 1 can only add the next year, whose holidays all fall at or after `end` and are dropped on the next lines (the pattern and yearOf run past 2200)
    for (let year = yearOf(first); year <= yearOf(Math.max(first, end - 1)); year += 1) {
      const projected = isProjectedYear(year);
      for (const h of weekdayHolidays(year)) {
        if (h.day >= first && h.day < end) daysOff.set(h.day, { date: h.date, title: h.title, projected, reason: 'bank-holiday' });
      }
    }
    for (const day of closures) {
      if (day >= first && day < end && isWeekday(day) && !daysOff.has(day)) {
        daysOff.set(day, { date: fromDayNumber(day), reason: 'closure', title: reasons.get(day) ?? 'Closure day', projected: false });
      }
    }
    const offDays = [...daysOff.keys()].sort((x, y) => x - y);
    const before = new Uint16Array(BLOCK_DAYS + 1);
    const working: number[] = [];
    let nextOff = 0;
    // Stryker disable next-line EqualityOperator: at j = 512 the day is at or past `end` and on no block's list of days off, so the extra turn writes before[512] as the next line does
    for (let j = 0; j < BLOCK_DAYS; j += 1) {
      before[j] = working.length;
      const day = first + j;
      if (offDays[nextOff] === day) nextOff += 1;
      else if (day < end && isWeekday(day)) working.push(j);
    }
    before[BLOCK_DAYS] = working.length;
    const block = {
      before, working: Uint16Array.from(working), offDays, offDayRecords: offDays.map((day) => Object.freeze(daysOff.get(day) as DayOff)),
    };
    blocks[b] = block;
    return block;
  }

  const blockAt = (b: number): Block => blocks[b] ?? buildBlock(b);
  const index = (day: number): number => inCalendar(day) - FIRST_DAY;
  /** The working days with day index x ≤ i < y, or minus those with y ≤ i < x. */
  function countBetween(x: number, y: number): number {
    if (y < x) return 0 - countBetween(y, x); // 0 - 0 is 0, where -0 would not be
    const last = y >> BLOCK_BITS;
    let count = (blockAt(last).before[y & BLOCK_MASK] as number) - (blockAt(x >> BLOCK_BITS).before[x & BLOCK_MASK] as number);
    for (let b = x >> BLOCK_BITS; b < last; b += 1) count += blockAt(b).working.length;
    return count;
  }
  function isWorking(i: number): boolean {
    const { before } = blockAt(i >> BLOCK_BITS);
    const j = i & BLOCK_MASK;
    return (before[j + 1] as number) - (before[j] as number) === 1;
  }

  function addWorkingDaysAt(i: number, n: number): number {
    if (!Number.isInteger(n)) throw new RangeError(`The number of working days must be a whole number, not ${n}`);
    if (n === 0) return FIRST_DAY + i;
    // Counting forward from the day after i (or back from i), block by block: the k-th working
    // day of block b, k from 0.
    // Stryker disable next-line EqualityOperator: n is never 0 here (returned above), so n >= 0 is n > 0; n <= 0 is killed at a block's last day
    let b = n > 0 ? (i + 1) >> BLOCK_BITS : i >> BLOCK_BITS;
    let block = blockAt(b);
    // Stryker disable next-line EqualityOperator: n is never 0 here (returned above), so n >= 0 is n > 0; n <= 0 is killed by counting back
    let k = n > 0 ? (block.before[(i + 1) & BLOCK_MASK] as number) + n - 1 : (block.before[i & BLOCK_MASK] as number) + n;
    while (k >= block.working.length) {
      k -= block.working.length;
      b += 1;
      // Stryker disable next-line EqualityOperator: block 160 would start after 2200; built, it has no working days, so the loop steps once more and throws the same RangeError
      if (b >= BLOCK_COUNT) throw offsetOutside(i, n);
      block = blockAt(b);
    }
    while (k < 0) {
      b -= 1;
      if (b < 0) throw offsetOutside(i, n);
      block = blockAt(b);
      k += block.working.length;
    }
    return FIRST_DAY + (b << BLOCK_BITS) + (block.working[k] as number);
  }

  const dayNumbers: DayNumberCalendar = {
    isWorkingDay: (day) => isWorking(index(day)),
    addWorkingDays: (day, n) => addWorkingDaysAt(index(day), n),
    workingDaysBetween(from, to) {
      const a = index(from);
      const b = index(to);
      // Stryker disable next-line EqualityOperator: when b equals a both branches count an empty range, 0; b < a is killed
      return b >= a ? countBetween(a + 1, b + 1) : countBetween(a, b);
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
      // Stryker disable next-line EqualityOperator: when to equals from, last is from - 1 below first = from + 1 either way: no day is listed
      const last = to >= from ? to : from - 1;
      const result: Readonly<DayOff>[] = [];
      // Stryker disable next-line ArithmeticOperator: a later last block only visits blocks after `last` (built empty past 2200), whose days off the `day <= last` test drops
      for (let b = (first - FIRST_DAY) >> BLOCK_BITS; b <= (last - FIRST_DAY) >> BLOCK_BITS; b += 1) {
        const { offDays, offDayRecords } = blockAt(b);
        offDays.forEach((day, k) => {
          if (day >= first && day <= last) result.push(offDayRecords[k] as DayOff);
        });
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
      const projected = isProjectedYear(year);
      return weekdayHolidays(year).map(({ date, title }) => ({ date, title, projected }));
    },
    // Copies: a caller may change what it is given.
    daysOffBetween: (from, to) => dayNumbers.daysOffBetween(toDayNumber(from), toDayNumber(to)).map((d) => ({ ...d })),
    isProjected: (date) => dayNumbers.isProjected(toDayNumber(date)),
  };
}
