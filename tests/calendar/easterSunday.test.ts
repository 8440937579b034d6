import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { easterSunday } from '../../src/calendar/easterSunday.js';
import { weekdayOf } from './naiveWorkingDays.js';

describe('easterSunday (Gregorian computus)', () => {
  it.each([
    [1978, '1978-03-26'],
    [1995, '1995-04-16'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'], // earliest this century but one
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2022, '2022-04-17'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'], // the latest possible date
    [1818, '1818-03-22'], // the earliest possible date
    [2285, '2285-03-22'],
    [1943, '1943-04-25'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(fromDayNumber(easterSunday(year))).toBe(date);
  });

  it('is a Sunday between 22 March and 25 April in every year 1978–2200', () => {
    for (let year = 1978; year <= 2200; year += 1) {
      const date = fromDayNumber(easterSunday(year));
      expect(weekdayOf(date), date).toBe(0);
      expect(date >= `${year}-03-22` && date <= `${year}-04-25`, date).toBe(true);
    }
  });

  it('agrees with the Easter Sunday that date-holidays gives for every year 1978–2200', () => {
    const hd = new Holidays('GB', 'ENG');
    for (let year = 1978; year <= 2200; year += 1) {
      const theirs = hd.getHolidays(year).find((h) => h.name === 'Easter Sunday');
      expect(theirs, `date-holidays has no Easter Sunday in ${year}`).toBeDefined();
      expect(fromDayNumber(easterSunday(year))).toBe(theirs?.date.slice(0, 10));
    }
  });
});
