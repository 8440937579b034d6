import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths as dateFnsAddMonths } from 'date-fns';
import { addDays, addMonths, addMonthsToDayNumber, addWeeks } from '../../src/calendar/addCalendarTime.js';
import { toDayNumber } from '../../src/calendar/dayNumber.js';
import { isoFromUtcDays, utcDays } from './naiveWorkingDays.js';

const dateBetween = (from: string, to: string) =>
  fc.integer({ min: utcDays(from), max: utcDays(to) }).map(isoFromUtcDays);

describe('addDays ("within n days")', () => {
  it('adds calendar days, across month ends, leap days and clock changes', () => {
    expect(addDays('2025-02-26', 4)).toBe('2025-03-02'); // 27, 28 Feb, 1, 2 Mar
    expect(addDays('2024-02-26', 4)).toBe('2024-03-01'); // 27, 28, 29 Feb, 1 Mar
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30'); // clocks go forward on 30 March 2025
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27'); // and back on 26 October
    expect(addDays('2025-01-04', 0)).toBe('2025-01-04');
    expect(addDays('2024-12-19', 365)).toBe('2025-12-19');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
  });

  it('reads a Date as the London date', () => {
    expect(addDays(new Date('2025-06-30T23:30:00Z'), 0)).toBe('2025-07-01');
    expect(addDays(new Date('2025-06-30T23:30:00Z'), 1)).toBe('2025-07-02');
  });

  it('property: addDays(d, n) is n days after d by Date.UTC, for dates 1978–2200 and n up to ±5000', () => {
    fc.assert(fc.property(dateBetween('1978-01-01', '2200-12-31'), fc.integer({ min: -5000, max: 5000 }), (d, n) => {
      expect(addDays(d, n)).toBe(isoFromUtcDays(utcDays(d) + n));
    }), { numRuns: 300 });
  });

  it('refuses a whole number that is not whole, and an invalid date', () => {
    expect(() => addDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2025-01-01', 1.5)).toThrow('whole number');
    expect(() => addDays('2025-01-01', 1.5)).toThrow('The number of days must be a whole number, not 1.5');
    expect(() => addDays('2025-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-02-30', 1)).toThrow('2025-02-30');
    expect(() => addDays('tomorrow', 1)).toThrow('"tomorrow"');
  });

  it('refuses a date with a non-digit instead of returning "0NaN-NaN-NaN" (issue 11, finding 1)', () => {
    expect(() => addDays('abcd-12-19', 1)).toThrow('Invalid date "abcd-12-19": expected YYYY-MM-DD');
    expect(() => addWeeks('2O24-12-09', 1)).toThrow(RangeError);
    expect(() => addMonths('２０２４-１２-０９', 1)).toThrow(RangeError);
  });

  it('never returns a string that is not a YYYY-MM-DD date: it refuses results past 9999-12-31 or before 0000-01-01', () => {
    // IsoDate is YYYY-MM-DD, and toDayNumber refuses anything else; before this was fixed,
    // addDays('9999-12-31', 1) returned '10000-01-01' and addDays('0000-01-01', -1) '00-1-12-31'.
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0000-01-01', -1)).toThrow(RangeError);
    expect(() => addMonths('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('addWeeks ("within n weeks")', () => {
  it('adds 7n calendar days', () => {
    expect(addWeeks('2025-01-06', 4)).toBe('2025-02-03'); // Mon 6 Jan + 28 days = Mon 3 Feb
    expect(addWeeks('2025-03-27', 1)).toBe('2025-04-03');
    expect(addWeeks('2025-01-06', -1)).toBe('2024-12-30');
    expect(addWeeks('2024-02-22', 1)).toBe('2024-02-29');
    expect(addWeeks('2025-01-06', 0)).toBe('2025-01-06');
  });

  it('property: addWeeks(d, n) === addDays(d, 7n)', () => {
    fc.assert(fc.property(dateBetween('1978-01-01', '2200-12-31'), fc.integer({ min: -700, max: 700 }), (d, n) => {
      expect(addWeeks(d, n)).toBe(addDays(d, 7 * n));
    }), { numRuns: 200 });
  });

  it('refuses a fractional number of weeks', () => {
    expect(() => addWeeks('2025-01-06', 0.5)).toThrow(RangeError);
    expect(() => addWeeks('2025-01-06', 0.5)).toThrow('weeks');
  });
});

describe('addMonths ("within n months", date-fns semantics)', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'], // 31 January + 1 month = last day of February
    ['2024-01-31', 1, '2024-02-29'], // in a leap year
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-05-31', 1, '2025-06-30'],
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-11-15', 2, '2026-01-15'], // into the next year
    ['2025-01-15', -1, '2024-12-15'], // into the previous year
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-01-31', 0, '2025-01-31'],
    ['2025-01-06', 3, '2025-04-06'],
    ['2025-12-31', -13, '2024-11-30'],
  ] as const)('addMonths(%s, %i) === %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('does not compose across a short month, as date-fns does not: 31 Jan + 1 + 1 = 28 Mar, but 31 Jan + 2 = 31 Mar', () => {
    expect(addMonths(addMonths('2025-01-31', 1), 1)).toBe('2025-03-28');
    expect(addMonths('2025-01-31', 2)).toBe('2025-03-31');
  });

  it('property: agrees with date-fns addMonths for dates 1978–2200 and n up to ±600', () => {
    // date-fns works on local Date objects; noon local time is the same calendar date in any TZ
    // and is never skipped by a clock change.
    fc.assert(fc.property(dateBetween('1978-01-01', '2200-12-31'), fc.integer({ min: -600, max: 600 }), (d, n) => {
      const [y, m, day] = d.split('-').map(Number) as [number, number, number];
      const theirs = dateFnsAddMonths(new Date(y, m - 1, day, 12), n);
      const expected = `${String(theirs.getFullYear()).padStart(4, '0')}-${String(theirs.getMonth() + 1).padStart(2, '0')}-${String(theirs.getDate()).padStart(2, '0')}`;
      expect(addMonths(d, n)).toBe(expected);
    }), { numRuns: 500 });
  });

  it('refuses a fractional number of months and an invalid date', () => {
    expect(() => addMonths('2025-01-31', 1.5)).toThrow(RangeError);
    expect(() => addMonths('2025-01-31', 1.5)).toThrow('months');
    expect(() => addMonths('2025-13-01', 1)).toThrow('2025-13-01');
  });
});

describe('addMonthsToDayNumber', () => {
  it('is addMonths on day numbers: 31 Jan 2024 + 1 month is 29 Feb 2024, day 19782', () => {
    expect(addMonthsToDayNumber(toDayNumber('2024-01-31'), 1)).toBe(19782);
    expect(Date.UTC(2024, 1, 29) / 86_400_000).toBe(19782); // 29 Feb 2024, counted independently
  });

  it('property: agrees with date-fns addMonths for dates 1978–2200 and n up to ±600', () => {
    fc.assert(fc.property(dateBetween('1978-01-01', '2200-12-31'), fc.integer({ min: -600, max: 600 }), (d, n) => {
      const [y, m, day] = d.split('-').map(Number) as [number, number, number];
      const theirs = dateFnsAddMonths(new Date(y, m - 1, day, 12), n); // noon local: the same date in any TZ
      const expected = Date.UTC(theirs.getFullYear(), theirs.getMonth(), theirs.getDate()) / 86_400_000;
      expect(addMonthsToDayNumber(Date.UTC(y, m - 1, day) / 86_400_000, n)).toBe(expected);
    }), { numRuns: 300 });
  });
});
