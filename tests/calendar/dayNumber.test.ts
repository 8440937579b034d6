import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dayNumberFromParts, dayOfWeek, daysInMonth, fromDayNumber, parseIsoDate, partsFromDayNumber, toDayNumber, writeDate,
} from '../../src/calendar/dayNumber.js';
import { invalidDate } from '../support/invalidDates.js';
import { eachDate, isoFromUtcDays, utcDays, weekdayOf } from './naiveWorkingDays.js';

describe('day numbers (days since 1970-01-01)', () => {
  it('counts from 1 January 1970 = 0', () => {
    expect(dayNumberFromParts(1970, 1, 1)).toBe(0);
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    // 1970..1977 are 8 years, two of them leap (1972, 1976): 8 × 365 + 2 = 2922
    expect(toDayNumber('1978-01-01')).toBe(2922);
    // the doc example
    expect(toDayNumber('2024-12-19')).toBe(20076);
    expect(fromDayNumber(20076)).toBe('2024-12-19');
  });

  it('refuses a day number whose year cannot be written YYYY-MM-DD (before 0000 or after 9999)', () => {
    expect(fromDayNumber(toDayNumber('9999-12-31'))).toBe('9999-12-31');
    expect(fromDayNumber(toDayNumber('0000-01-01'))).toBe('0000-01-01');
    expect(() => fromDayNumber(toDayNumber('9999-12-31') + 1)).toThrow(RangeError);
    expect(() => fromDayNumber(toDayNumber('0000-01-01') - 1)).toThrow(RangeError);
    expect(() => fromDayNumber(toDayNumber('9999-12-31') + 1)).toThrow('The date falls in the year 10000, which cannot be written YYYY-MM-DD');
  });

  it('splits a day number into year, month and day', () => {
    expect(partsFromDayNumber(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(partsFromDayNumber(toDayNumber('2024-02-29'))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(partsFromDayNumber(toDayNumber('2200-12-31'))).toEqual({ year: 2200, month: 12, day: 31 });
  });

  it('knows the lengths of months, with the Gregorian leap-year rule', () => {
    expect(daysInMonth(2025, 1)).toBe(31);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28); // divisible by 100, not by 400
    expect(daysInMonth(2000, 2)).toBe(29); // divisible by 400
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2200, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 6)).toBe(30);
    expect(daysInMonth(2025, 9)).toBe(30);
    expect(daysInMonth(2025, 11)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('gives the day of the week, 0 Sunday … 6 Saturday', () => {
    expect(dayOfWeek(0)).toBe(4); // 1970-01-01 was a Thursday
    expect(dayOfWeek(-1)).toBe(3); // 1969-12-31 a Wednesday
    expect(dayOfWeek(toDayNumber('2024-12-19'))).toBe(4); // Thursday
    expect(dayOfWeek(toDayNumber('2025-01-04'))).toBe(6); // Saturday
    expect(dayOfWeek(toDayNumber('2025-01-05'))).toBe(0); // Sunday
    expect(dayOfWeek(toDayNumber('1978-01-01'))).toBe(0); // Sunday
  });

  it('agrees with Date.UTC on every date from 1978-01-01 to 2200-12-31 (day number, round trip, weekday)', () => {
    let expected = utcDays('1978-01-01');
    for (const iso of eachDate('1978-01-01', '2200-12-31')) {
      const n = toDayNumber(iso);
      if (n !== expected) expect(n, iso).toBe(expected);
      if (fromDayNumber(n) !== iso) expect(fromDayNumber(n)).toBe(iso);
      if (dayOfWeek(n) !== weekdayOf(iso)) expect(dayOfWeek(n), iso).toBe(weekdayOf(iso));
      expected += 1;
    }
    expect(expected - utcDays('1978-01-01')).toBe(81_449); // 223 years, 54 of them leap: 223 × 365 + 54
  });

  it('property: fromDayNumber(toDayNumber(d)) === d and agrees with Date.UTC for any date in years 1000–9999', () => {
    const lo = utcDays('1000-01-01');
    const hi = utcDays('9999-12-31');
    fc.assert(fc.property(fc.integer({ min: lo, max: hi }), (days) => {
      const iso = isoFromUtcDays(days);
      expect(toDayNumber(iso)).toBe(days);
      expect(fromDayNumber(days)).toBe(iso);
    }), { numRuns: 500 });
  });
});

describe('reading a date input', () => {
  it.each([
    ['2025-02-30', 'February 2025 has 28 days'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['2025-04-31', 'April 2025 has 30 days'],
    ['2025-13-01', 'no month 13'],
    ['2025-00-10', 'no month 0'],
    ['2025-01-00', 'January 2025 has 31 days'],
    ['tomorrow', 'YYYY-MM-DD'],
    ['', 'YYYY-MM-DD'],
    ['2025-1-01', 'YYYY-MM-DD'],
    ['20250101', 'YYYY-MM-DD'],
    [' 2025-01-01', 'YYYY-MM-DD'],
    ['2025-01-01T00:00:00Z', 'YYYY-MM-DD'],
  ])('refuses %j with a RangeError that names the input', (input, why) => {
    expect(() => toDayNumber(input)).toThrow(RangeError);
    expect(() => toDayNumber(input)).toThrow(`"${input}"`);
    expect(() => toDayNumber(input)).toThrow(why);
  });

  // Issue 11, finding 1: the fast path read a non-digit as NaN and returned NaN for the whole
  // date instead of refusing it, so '2O24-12-09' was "a date" that no deadline could be counted from.
  it.each([
    ['letter O for zero', '2O24-12-09'], ['letters', 'abcd-12-19'], ['full-width digits', '２０２４-１２-０９'],
    ['an Arabic-Indic digit', '202٤-12-09'], ['a plus sign', '+024-12-09'], ['a minus sign', '-024-12-09'],
    ['a space for a digit', ' 024-12-09'], ['a letter in the day', '2024-12-O9'], ['a letter in the month', '2024-l2-09'],
  ])('refuses %s (%j) with a RangeError that names it, never NaN', (_what, input) => {
    expect(() => toDayNumber(input)).toThrow(RangeError);
    expect(() => toDayNumber(input)).toThrow(`Invalid date "${input}": expected YYYY-MM-DD`);
  });

  it('property: every near miss of a date that is not four, two and two ASCII digits is refused, never read as NaN', () => {
    // The oracle (isValidCalendarDate) checks 1978–2200; toDayNumber reads any year 0000–9999, so
    // out-of-range years are left to the schemas' tests (calendarRange.test.ts).
    fc.assert(fc.property(invalidDate.filter((s) => !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(s)), (text) => {
      expect(() => toDayNumber(text)).toThrow(RangeError);
    }), { numRuns: 2000 });
  });

  it('refuses to write a day number that is not a whole number', () => {
    // Before the fix, fromDayNumber(NaN) gave "0NaN-NaN-NaN".
    expect(() => fromDayNumber(Number.NaN)).toThrow('A day number is a whole number, not NaN');
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
  });

  it('accepts 29 February in a leap year', () => {
    expect(fromDayNumber(toDayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(fromDayNumber(toDayNumber('2000-02-29'))).toBe('2000-02-29');
  });

  it('refuses a value that is neither a string nor a Date, and an invalid Date', () => {
    expect(() => toDayNumber(20250101 as unknown as string)).toThrow(RangeError);
    expect(() => toDayNumber(20250101 as unknown as string)).toThrow('20250101');
    expect(() => toDayNumber(undefined as unknown as string)).toThrow(RangeError);
    expect(() => toDayNumber(new Date('not a date'))).toThrow(RangeError);
  });

  it('reads a Date as the calendar date it falls on in Europe/London, whatever the host TZ', () => {
    // 23:30 UTC on 30 June is 00:30 BST on 1 July
    expect(fromDayNumber(toDayNumber(new Date('2025-06-30T23:30:00Z')))).toBe('2025-07-01');
    // 23:30 UTC on 15 January is 23:30 GMT the same day
    expect(fromDayNumber(toDayNumber(new Date('2025-01-15T23:30:00Z')))).toBe('2025-01-15');
    // 00:30 UTC on 30 March 2025 is still GMT (clocks go forward at 01:00 UTC)
    expect(fromDayNumber(toDayNumber(new Date('2025-03-30T00:30:00Z')))).toBe('2025-03-30');
    // 23:30 UTC on 25 October 2025 is 00:30 BST on 26 October (clocks go back at 01:00 UTC)
    expect(fromDayNumber(toDayNumber(new Date('2025-10-25T23:30:00Z')))).toBe('2025-10-26');
    // 00:00 in Auckland on 1 July is still 30 June in London
    expect(fromDayNumber(toDayNumber(new Date('2025-07-01T00:00:00+12:00')))).toBe('2025-06-30');
    // and midnight London time is the new day
    expect(fromDayNumber(toDayNumber(new Date('2025-07-01T00:00:00+01:00')))).toBe('2025-07-01');
    expect(fromDayNumber(toDayNumber(new Date('2025-12-31T23:59:59.999Z')))).toBe('2025-12-31');
  });
});

describe('the fast ISO reader and the remembered writer', () => {
  it('reads a real YYYY-MM-DD date to its day number', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    // 1970–2023 are 54 years, 13 of them leap (1972 … 2020): 2024-01-01 is 54 × 365 + 13 = 19,723;
    // then 31 days of January and 28 of February: 19,723 + 31 + 28 = 19,782
    expect(parseIsoDate('2024-02-29')).toBe(19_782);
    expect(parseIsoDate('1969-12-31')).toBe(-1);
    // 0000-01-01: 1970 years back, 478 of them leap (0, 4, … 1968 less 0100 … 1900 but not 0000, 0400 … 1600): 1970 × 365 + 478
    expect(parseIsoDate('0000-01-01')).toBe(-(1970 * 365 + 478));
  });

  it('names the month and its length for a day past its end, in every month of 2025', () => {
    const lengths = [['January', 31], ['February', 28], ['March', 31], ['April', 30], ['May', 31], ['June', 30],
      ['July', 31], ['August', 31], ['September', 30], ['October', 31], ['November', 30], ['December', 31]] as const;
    lengths.forEach(([name, days], i) => {
      const text = `2025-${String(i + 1).padStart(2, '0')}-32`;
      expect(() => toDayNumber(text), text).toThrow(`Invalid date "${text}": ${name} 2025 has ${days} days`);
    });
  });

  it('says what is wrong with a value that is not a string, and with an invalid Date', () => {
    expect(() => toDayNumber(20250101 as unknown as string)).toThrow('Invalid date 20250101: expected a YYYY-MM-DD string');
    expect(() => toDayNumber(new Date(Number.NaN))).toThrow('Invalid date: the Date object is invalid');
  });

  it('needs the hyphen before the day as well as the one before the month', () => {
    expect(parseIsoDate('2025/01-15')).toBeUndefined();
    expect(() => toDayNumber('2025/01-15')).toThrow('Invalid date "2025/01-15": expected YYYY-MM-DD');
    expect(parseIsoDate('2025-01/15')).toBeUndefined();
    expect(() => toDayNumber('2025-01/15')).toThrow('Invalid date "2025-01/15": expected YYYY-MM-DD');
  });

  it('reads only ASCII digits in the month and day: ":" is the character after "9"', () => {
    // ':' - '0' is 10, so without the digit check "0:" would read as month 10 and "1:" as day 20.
    for (const text of ['2025-0:-15', '2025-01-1:']) {
      expect(parseIsoDate(text), text).toBeUndefined();
      expect(() => toDayNumber(text), text).toThrow(`Invalid date "${text}": expected YYYY-MM-DD`);
    }
  });

  it('leaves every other string to the slow path, which explains the problem', () => {
    for (const text of ['2024-02-30', '2023-02-29', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-01',
      '2O24-12-09', '２０２４-１２-０９', '+024-12-09', '2024/12/09', '2024-12-09 ', '']) {
      expect(parseIsoDate(text), text).toBeUndefined();
      expect(() => toDayNumber(text), text).toThrow(RangeError);
    }
  });

  it('writes a day number by arithmetic', () => {
    expect(writeDate(0)).toBe('1970-01-01');
    expect(writeDate(-1)).toBe('1969-12-31');
    expect(writeDate(20_076)).toBe('2024-12-19');
    expect(writeDate(19_782)).toBe('2024-02-29');
  });

  it('agrees with the slow path and with Date.UTC on every day of the calendar, 1978–2200, read and written', () => {
    let checked = 0;
    for (let days = utcDays('1978-01-01'); days <= utcDays('2200-12-31'); days += 1) {
      const iso = isoFromUtcDays(days);
      if (parseIsoDate(iso) !== days) expect(parseIsoDate(iso), iso).toBe(days);
      if (writeDate(days) !== iso) expect(writeDate(days)).toBe(iso);
      // twice: once written, once remembered
      if (fromDayNumber(days) !== iso || fromDayNumber(days) !== iso) expect(fromDayNumber(days)).toBe(iso);
      checked += 1;
    }
    expect(checked).toBe(81_449);
  });

  it('property: on any ten characters of digits and hyphens, the fast reader gives what the slow path gives, or leaves it to it', () => {
    const text = fc.array(fc.constantFrom(...'0123456789-'), { minLength: 10, maxLength: 10 }).map((cs) => cs.join(''));
    const shaped = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(fc.oneof(text, shaped), (candidate) => {
      const fast = parseIsoDate(candidate);
      let slow: number | undefined;
      try {
        slow = toDayNumber(candidate);
      } catch {
        slow = undefined;
      }
      expect(fast).toBe(slow);
      // Date.parse reads YYYY-MM-DD as UTC, years 0000–0099 too (Date.UTC would take 0050 for 1950)
      if (fast !== undefined) expect(fast).toBe(Date.parse(candidate) / 86_400_000);
    }), { numRuns: 3000 });
  });

  it('property: a remembered date is the date written afresh, for any day in years 0000–9999', () => {
    fc.assert(fc.property(fc.integer({ min: utcDays('0000-01-01'), max: utcDays('9999-12-31') }), (days) => {
      expect(fromDayNumber(days)).toBe(writeDate(days));
      expect(fromDayNumber(days)).toBe(isoFromUtcDays(days));
    }), { numRuns: 1000 });
  });
});
