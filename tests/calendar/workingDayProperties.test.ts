/**
 * Properties of working-day arithmetic, checked with fast-check over dates 1978–2200 and offsets
 * up to ±2,000 working days, and against the naive day-by-day reference in naiveWorkingDays.ts.
 *
 * 2,000 working days is about 7.9 calendar years, so properties with offsets that large draw
 * their start dates from 1987–2191 and stay inside 1978-01-01..2200-12-31; the properties at the
 * two ends of the calendar draw from the first and last years and check that the offsets that
 * run off the end, and only those, throw.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import {
  addWorkingDays, englandAndWales, isWorkingDay, nextWorkingDay, workingDaysBetween,
} from '../../src/calendar/englandAndWales.js';
import { eachDate, isoFromUtcDays, isWeekday, naiveWorkingDays, utcDays } from './naiveWorkingDays.js';

const dateBetween = (from: string, to: string) =>
  fc.integer({ min: utcDays(from), max: utcDays(to) }).map(isoFromUtcDays);

/** Start dates for offsets up to ±2,000 working days. */
const midDate = dateBetween('1987-01-01', '2191-12-31');
/** Any date of the calendar. */
const anyDate = dateBetween('1978-01-01', '2200-12-31');
/** Start dates for offsets up to ±400 working days (about 1.6 years), for the naive reference. */
const nearDate = dateBetween('1980-01-01', '2198-12-31');

const offset = fc.integer({ min: -2000, max: 2000 });
const nonZeroOffset = fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.boolean()).map(([n, back]) => (back ? -n : n));

const calendar = englandAndWales();
const naive = naiveWorkingDays(calendar);
const RUNS = 300;

describe('working-day properties (England and Wales)', () => {
  it('the result of a non-zero offset is a working day: isWorkingDay(addWorkingDays(d, n)) for n ≠ 0', () => {
    fc.assert(fc.property(midDate, nonZeroOffset, (d, n) => {
      const result = addWorkingDays(d, n);
      expect(isWorkingDay(result)).toBe(true);
      expect(naive.isWorkingDay(result)).toBe(true);
      // and it lies on the side of d that the sign of n says
      expect(n > 0 ? result > d : result < d).toBe(true);
    }), { numRuns: RUNS });
  });

  it('workingDaysBetween inverts addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) === n for every n, 0 included', () => {
    fc.assert(fc.property(midDate, offset, (d, n) => {
      expect(workingDaysBetween(d, addWorkingDays(d, n))).toBe(n);
    }), { numRuns: RUNS });
  });

  it('offsets compose with the same sign: add(add(d, a), b) === add(d, a + b) when a, b ≥ 0 or a, b ≤ 0', () => {
    const half = fc.integer({ min: 0, max: 1000 });
    fc.assert(fc.property(midDate, half, half, fc.boolean(), (d, x, y, back) => {
      const [a, b] = back ? [-x, -y] : [x, y];
      expect(addWorkingDays(addWorkingDays(d, a), b)).toBe(addWorkingDays(d, a + b));
    }), { numRuns: RUNS });
  });

  it('offsets compose with mixed signs from a working day: add(add(d, a), b) === add(d, a + b) when isWorkingDay(d)', () => {
    const half = fc.integer({ min: 1, max: 1000 });
    fc.assert(fc.property(midDate, half, half, fc.boolean(), (d, x, y, backFirst) => {
      fc.pre(isWorkingDay(d));
      const [a, b] = backFirst ? [-x, y] : [x, -y];
      expect(addWorkingDays(addWorkingDays(d, a), b)).toBe(addWorkingDays(d, a + b));
    }), { numRuns: RUNS });
  });

  it('offsets compose with mixed signs from any day when a + b keeps the sign of a: add(add(d, a), b) === add(d, a + b)', () => {
    // From a day off, add(d, a) is a working day but d is not, so when a + b changes sign (or is 0)
    // the composition lands one working day away from add(d, a + b); see the next property.
    const half = fc.integer({ min: 1, max: 1000 });
    fc.assert(fc.property(midDate, half, half, fc.boolean(), (d, x, y, backFirst) => {
      const [a, b] = backFirst ? [-x, y] : [x, -y];
      fc.pre(Math.sign(a + b) === Math.sign(a));
      expect(addWorkingDays(addWorkingDays(d, a), b)).toBe(addWorkingDays(d, a + b));
    }), { numRuns: RUNS });
  });

  it('offsets are monotonic: a < b implies addWorkingDays(d, a) < addWorkingDays(d, b)', () => {
    fc.assert(fc.property(midDate, offset, offset, (d, x, y) => {
      fc.pre(x !== y);
      const [a, b] = x < y ? [x, y] : [y, x];
      expect(addWorkingDays(d, a) < addWorkingDays(d, b)).toBe(true);
    }), { numRuns: RUNS });
  });

  it('a forward then backward offset returns to a working start: add(add(d, n), −n) === d when isWorkingDay(d)', () => {
    fc.assert(fc.property(midDate, offset, (d, n) => {
      fc.pre(isWorkingDay(d));
      expect(addWorkingDays(addWorkingDays(d, n), -n)).toBe(d);
    }), { numRuns: RUNS });
  });

  it('from a day off, n ≥ 1 forward then back lands on the working day before it, and back then forward on the one after', () => {
    fc.assert(fc.property(midDate, fc.integer({ min: 1, max: 2000 }), (d, n) => {
      fc.pre(!isWorkingDay(d));
      expect(addWorkingDays(addWorkingDays(d, n), -n)).toBe(addWorkingDays(d, -1));
      expect(addWorkingDays(addWorkingDays(d, -n), n)).toBe(addWorkingDays(d, 1));
    }), { numRuns: RUNS });
  });

  it('nextWorkingDay(d) === addWorkingDays(d, 1), and rollForward(d) is d on a working day, else nextWorkingDay(d)', () => {
    fc.assert(fc.property(dateBetween('1978-01-01', '2200-12-28'), (d) => {
      expect(nextWorkingDay(d)).toBe(addWorkingDays(d, 1));
      expect(calendar.rollForward(d)).toBe(isWorkingDay(d) ? d : nextWorkingDay(d));
    }), { numRuns: RUNS });
  });

  it('the two directions of workingDaysBetween differ only at the ends: wdb(a, b) + wdb(b, a) === isWorkingDay(b) − isWorkingDay(a) for a ≤ b', () => {
    fc.assert(fc.property(anyDate, anyDate, (x, y) => {
      const [a, b] = x <= y ? [x, y] : [y, x];
      // wdb(a, b) counts (a, b], wdb(b, a) is minus the count of [a, b)
      const ends = Number(isWorkingDay(b)) - Number(isWorkingDay(a));
      expect(workingDaysBetween(a, b) + workingDaysBetween(b, a)).toBe(ends);
    }), { numRuns: RUNS });
  });

  it('workingDaysBetween adds up: wdb(a, c) === wdb(a, b) + wdb(b, c) for a ≤ b ≤ c', () => {
    fc.assert(fc.property(anyDate, anyDate, anyDate, (x, y, z) => {
      const [a, b, c] = [x, y, z].sort() as [string, string, string];
      expect(workingDaysBetween(a, c)).toBe(workingDaysBetween(a, b) + workingDaysBetween(b, c));
    }), { numRuns: RUNS });
  });

  it('daysOffBetween(from, to) for from ≤ to lists the weekdays in (from, to] that workingDaysBetween did not count', () => {
    fc.assert(fc.property(dateBetween('1978-01-01', '2199-01-01'), fc.integer({ min: 0, max: 600 }), (from, k) => {
      const to = isoFromUtcDays(utcDays(from) + k);
      const weekdays = eachDate(from, to).slice(1).filter(isWeekday);
      const off = calendar.daysOffBetween(from, to).map((d) => d.date);
      expect(off).toEqual(weekdays.filter((d) => !naive.isWorkingDay(d)));
      expect(off.length).toBe(weekdays.length - workingDaysBetween(from, to));
    }), { numRuns: 200 });
  });

  it('daysOffBetween(from, to) for to < from lists the weekdays in [to, from) that workingDaysBetween(from, to) did not count', () => {
    fc.assert(fc.property(dateBetween('1978-01-01', '2199-01-01'), fc.integer({ min: 1, max: 600 }), (to, k) => {
      const from = isoFromUtcDays(utcDays(to) + k);
      const weekdays = eachDate(to, from).slice(0, -1).filter(isWeekday);
      const off = calendar.daysOffBetween(from, to).map((d) => d.date);
      expect(off).toEqual(weekdays.filter((d) => !naive.isWorkingDay(d)));
      expect(off.length).toBe(weekdays.length + workingDaysBetween(from, to));
    }), { numRuns: 200 });
  });

  it('a Date is read as its London date: addWorkingDays(new Date(t), n) === addWorkingDays(londonDate, n)', () => {
    const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1987, 0, 1), max: Date.UTC(2191, 11, 31) }), offset, (t, n) => {
      const date = new Date(t);
      const iso = london.format(date); // en-CA writes YYYY-MM-DD
      expect(addWorkingDays(date, n)).toBe(addWorkingDays(iso, n));
      expect(isWorkingDay(date)).toBe(isWorkingDay(iso));
    }), { numRuns: 200 });
  });
});

describe('the ends of the calendar', () => {
  it('offsets that run off the start throw a RangeError, exactly when fewer than −n working days lie in [1978-01-01, d)', () => {
    fc.assert(fc.property(dateBetween('1978-01-01', '1987-12-31'), fc.integer({ min: -3000, max: -1 }), (d, n) => {
      const available = -workingDaysBetween(d, '1978-01-01'); // working days 1978-01-01 <= x < d
      if (-n > available) {
        expect(() => addWorkingDays(d, n)).toThrow(RangeError);
      } else {
        const result = addWorkingDays(d, n);
        expect(result >= '1978-01-03').toBe(true); // the first working day
        expect(workingDaysBetween(d, result)).toBe(n);
      }
    }), { numRuns: RUNS });
  });

  it('offsets that run off the end throw a RangeError, exactly when fewer than n working days lie in (d, 2200-12-31]', () => {
    fc.assert(fc.property(dateBetween('2191-01-01', '2200-12-31'), fc.integer({ min: 1, max: 3000 }), (d, n) => {
      const available = workingDaysBetween(d, '2200-12-31');
      if (n > available) {
        expect(() => addWorkingDays(d, n)).toThrow(RangeError);
      } else {
        const result = addWorkingDays(d, n);
        expect(result <= '2200-12-31').toBe(true);
        expect(workingDaysBetween(d, result)).toBe(n);
      }
    }), { numRuns: RUNS });
  });
});

describe('agreement with the naive day-by-day reference', () => {
  it('isWorkingDay agrees with the reference on any date 1978–2200', () => {
    fc.assert(fc.property(anyDate, (d) => {
      expect(isWorkingDay(d)).toBe(naive.isWorkingDay(d));
    }), { numRuns: 1000 });
  });

  it('addWorkingDays agrees with the reference for |n| ≤ 400', () => {
    fc.assert(fc.property(nearDate, fc.integer({ min: -400, max: 400 }), (d, n) => {
      expect(addWorkingDays(d, n)).toBe(naive.addWorkingDays(d, n));
    }), { numRuns: RUNS });
  });

  it('workingDaysBetween agrees with the reference for dates up to 600 days apart, either way', () => {
    fc.assert(fc.property(nearDate, fc.integer({ min: -600, max: 600 }), (from, k) => {
      const to = isoFromUtcDays(utcDays(from) + k);
      expect(workingDaysBetween(from, to)).toBe(naive.workingDaysBetween(from, to));
    }), { numRuns: RUNS });
  });

  /** Up to 40 closure days within 600 days either side of a date, some of them weekends or bank holidays. */
  const withClosures = nearDate.chain((d) => fc.tuple(
    fc.constant(d),
    fc.uniqueArray(fc.integer({ min: -600, max: 600 }), { maxLength: 40 })
      .map((offsets) => offsets.map((k) => isoFromUtcDays(utcDays(d) + k))),
  ));

  it('with closures, addWorkingDays agrees with the reference for |n| ≤ 400', () => {
    fc.assert(fc.property(withClosures, fc.integer({ min: -400, max: 400 }), ([d, closures], n) => {
      const closed = createCalendar({ closures });
      const reference = naiveWorkingDays(closed, closures);
      expect(closed.addWorkingDays(d, n)).toBe(reference.addWorkingDays(d, n));
      if (n !== 0) expect(closures).not.toContain(closed.addWorkingDays(d, n));
    }), { numRuns: 60 });
  });

  it('with closures, workingDaysBetween agrees with the reference for dates up to 600 days apart, either way', () => {
    fc.assert(fc.property(withClosures, fc.integer({ min: -600, max: 600 }), ([from, closures], k) => {
      const to = isoFromUtcDays(utcDays(from) + k);
      const closed = createCalendar({ closures });
      const reference = naiveWorkingDays(closed, closures);
      expect(closed.workingDaysBetween(from, to)).toBe(reference.workingDaysBetween(from, to));
    }), { numRuns: 60 });
  });
});

describe('working days per year', () => {
  /** Weekdays of each year 1978–2200, counted one day at a time. */
  const weekdaysOf = new Map<number, string[]>();
  for (let year = 1978; year <= 2200; year += 1) {
    weekdaysOf.set(year, eachDate(`${year}-01-01`, `${year}-12-31`).filter(isWeekday));
  }
  /** Working days in a year, counted with workingDaysBetween from 31 December of the year before. */
  const workingDaysOf = (cal: { workingDaysBetween: typeof workingDaysBetween; isWorkingDay: typeof isWorkingDay }, year: number): number =>
    year === 1978
      // 1977-12-31 is outside the calendar: count from 1 January and add it back if it is a working day
      ? cal.workingDaysBetween('1978-01-01', '1978-12-31') + Number(cal.isWorkingDay('1978-01-01'))
      : cal.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);

  it('each year’s working days = weekdays − weekday bank holidays, for every year 1978–2200', () => {
    for (let year = 1978; year <= 2200; year += 1) {
      const weekdays = weekdaysOf.get(year)?.length ?? 0;
      const holidays = calendar.bankHolidays(year).filter((h) => isWeekday(h.date)).length;
      expect(workingDaysOf(calendar, year), String(year)).toBe(weekdays - holidays);
    }
    // 1978 by hand: starts on a Sunday, 365 days = 52 weeks + 1 Sunday: 260 weekdays; 8 bank holidays
    expect(workingDaysOf(calendar, 1978)).toBe(252);
  });

  it('with closures, each year’s working days = weekdays − weekday bank holidays − weekday closures on other days', () => {
    const closuresArb = fc.uniqueArray(anyDate, { minLength: 1, maxLength: 400 });
    fc.assert(fc.property(closuresArb, (closures) => {
      const closed = createCalendar({ closures });
      const closedSet = new Set(closures);
      for (let year = 1978; year <= 2200; year += 1) {
        const holidays = new Set(closed.bankHolidays(year).map((h) => h.date));
        const weekdays = weekdaysOf.get(year) ?? [];
        const extra = weekdays.filter((d) => closedSet.has(d) && !holidays.has(d)).length;
        expect(workingDaysOf(closed, year), String(year)).toBe(weekdays.length - holidays.size - extra);
      }
    }), { numRuns: 8 });
  });
});
