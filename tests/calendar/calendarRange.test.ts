import { describe, expect, it } from 'vitest';
import { calendarDay, inCalendar } from '../../src/calendar/calendarRange.js';
import { toDayNumber } from '../../src/calendar/dayNumber.js';

describe('the calendar range, 1978-01-01 to 2200-12-31', () => {
  it('reads dates in the range, both ends included', () => {
    // 1970..1977: 8 × 365 + 2 leap days (1972, 1976) = 2922
    expect(calendarDay('1978-01-01')).toBe(2922);
    expect(calendarDay('2200-12-31')).toBe(toDayNumber('2200-12-31'));
    expect(inCalendar(20076)).toBe(20076);
  });

  it.each(['1977-12-31', '2201-01-01', '1900-05-01', '0000-01-01', '9999-12-31'])('refuses %s, naming the range', (date) => {
    expect(() => calendarDay(date)).toThrow(RangeError);
    expect(() => calendarDay(date)).toThrow(`${date} is outside the calendar, which runs from 1978-01-01 to 2200-12-31`);
  });

  it('refuses what is not a date at all, and a day number that is not whole', () => {
    expect(() => calendarDay('2O24-12-09')).toThrow('Invalid date "2O24-12-09"');
    expect(() => inCalendar(Number.NaN)).toThrow('A day number must be a whole number, not NaN');
  });
});
