import { describe, expect, it } from 'vitest';
import { standingBankHolidays } from '../../src/calendar/standingBankHolidays.js';
import { isWeekday, utcDays, weekdayOf } from './naiveWorkingDays.js';
import { sharedHolidaysOf } from './sharedBankHolidays.js';

/** Published years 2012–2028 in which a proclamation moved or added a day. */
const PROCLAMATION_YEARS_2012_2028 = [2012, 2020, 2022, 2023];

describe('standingBankHolidays: the pattern in force since 1978, before any proclamation', () => {
  it('gives the eight holidays of 1978, the first year of the early May holiday', () => {
    // 1 Jan 1978 was a Sunday, so New Year moves to Monday 2 Jan; Easter Sunday 26 March
    // gives Good Friday 24 and Easter Monday 27 March; 1 May 1978 was itself the first Monday.
    expect(standingBankHolidays(1978)).toEqual([
      { date: '1978-01-02', title: 'New Year’s Day (Substitute day)' },
      { date: '1978-03-24', title: 'Good Friday' },
      { date: '1978-03-27', title: 'Easter Monday' },
      { date: '1978-05-01', title: 'Early May bank holiday' },
      { date: '1978-05-29', title: 'Spring bank holiday' }, // 29, 30, 31 May: Mon, Tue, Wed
      { date: '1978-08-28', title: 'Summer bank holiday' }, // 28..31 Aug: Mon..Thu
      { date: '1978-12-25', title: 'Christmas Day' }, // a Monday
      { date: '1978-12-26', title: 'Boxing Day' },
    ]);
  });

  it('moves New Year’s Day on a Saturday to Monday 3 January (2022) and on a Sunday to Monday 2 January (2017)', () => {
    expect(standingBankHolidays(2022)[0]).toEqual({ date: '2022-01-03', title: 'New Year’s Day (Substitute day)' });
    expect(standingBankHolidays(2017)[0]).toEqual({ date: '2017-01-02', title: 'New Year’s Day (Substitute day)' });
  });

  it('Christmas on a Friday (2026): Boxing Day, a Saturday, moves to Monday 28', () => {
    expect(standingBankHolidays(2026).slice(-2)).toEqual([
      { date: '2026-12-25', title: 'Christmas Day' },
      { date: '2026-12-28', title: 'Boxing Day (Substitute day)' },
    ]);
  });

  it('Christmas on a Saturday (2021): Christmas moves to Monday 27, Boxing Day (Sunday) to Tuesday 28', () => {
    expect(standingBankHolidays(2021).slice(-2)).toEqual([
      { date: '2021-12-27', title: 'Christmas Day (Substitute day)' },
      { date: '2021-12-28', title: 'Boxing Day (Substitute day)' },
    ]);
  });

  it('Christmas on a Sunday (2016, 2022): Monday 26 is Boxing Day itself, Christmas moves to Tuesday 27', () => {
    for (const year of [2016, 2022]) {
      expect(standingBankHolidays(year).slice(-2)).toEqual([
        { date: `${year}-12-26`, title: 'Boxing Day' },
        { date: `${year}-12-27`, title: 'Christmas Day (Substitute day)' },
      ]);
    }
  });

  it('without the proclamations, 2020 would have had early May on Monday 4 May and 2022 spring on Monday 30 May', () => {
    const dates2020 = standingBankHolidays(2020).map((h) => h.date);
    expect(dates2020).toContain('2020-05-04');
    expect(dates2020).not.toContain('2020-05-08');
    const dates2022 = standingBankHolidays(2022).map((h) => h.date);
    expect(dates2022).toContain('2022-05-30');
    expect(dates2022).not.toContain('2022-06-02');
    expect(dates2022).not.toContain('2022-09-19');
  });

  const unproclaimed = Array.from({ length: 2028 - 2012 + 1 }, (_, i) => 2012 + i)
    .filter((year) => !PROCLAMATION_YEARS_2012_2028.includes(year));

  it.each(unproclaimed)('reproduces the published list of %i exactly, dates and titles (../shared/data)', (year) => {
    const published = sharedHolidaysOf(year);
    expect(published.length).toBeGreaterThanOrEqual(8);
    expect(standingBankHolidays(year)).toEqual(published);
  });

  it('gives the pattern in date order for a year before 1970 too, where day numbers are below zero', () => {
    // 1960 by the same pattern: 1 January a Friday; Easter Sunday 17 April, so Good Friday 15 and
    // Easter Monday 18; 1 May a Sunday, so the first Monday is 2 May; last Mondays 30 May and
    // 29 August; Christmas a Sunday, so Boxing Day Monday 26 and Christmas moved to Tuesday 27.
    expect(standingBankHolidays(1960).map((h) => h.date)).toEqual([
      '1960-01-01', '1960-04-15', '1960-04-18', '1960-05-02', '1960-05-30', '1960-08-29', '1960-12-26', '1960-12-27',
    ]);
  });

  it('gives, in every year 1978–2200, eight distinct weekdays in date order, each in its place', () => {
    for (let year = 1978; year <= 2200; year += 1) {
      const holidays = standingBankHolidays(year);
      const dates = holidays.map((h) => h.date);
      const where = `${year}: ${dates.join(', ')}`;
      expect(holidays, where).toHaveLength(8);
      expect(new Set(dates).size, where).toBe(8);
      expect([...dates].sort(), where).toEqual(dates);
      for (const date of dates) {
        expect(date.startsWith(`${year}-`), where).toBe(true);
        expect(isWeekday(date), where).toBe(true);
      }
      const [newYear, goodFriday, easterMonday, earlyMay, spring, summer, ...christmas] = holidays;
      // New Year's Day on 1, 2 or 3 January
      expect(newYear?.title.startsWith('New Year’s Day'), where).toBe(true);
      expect(newYear && newYear.date >= `${year}-01-01` && newYear.date <= `${year}-01-03`, where).toBe(true);
      // Good Friday a Friday, Easter Monday the Monday three days later
      expect(goodFriday?.title, where).toBe('Good Friday');
      expect(easterMonday?.title, where).toBe('Easter Monday');
      expect(weekdayOf(goodFriday?.date ?? ''), where).toBe(5);
      expect(utcDays(easterMonday?.date ?? '') - utcDays(goodFriday?.date ?? ''), where).toBe(3);
      // the first Monday of May, the last Mondays of May and August
      expect(earlyMay?.title, where).toBe('Early May bank holiday');
      expect(weekdayOf(earlyMay?.date ?? ''), where).toBe(1);
      expect(earlyMay && earlyMay.date >= `${year}-05-01` && earlyMay.date <= `${year}-05-07`, where).toBe(true);
      expect(spring?.title, where).toBe('Spring bank holiday');
      expect(weekdayOf(spring?.date ?? ''), where).toBe(1);
      expect(spring && spring.date >= `${year}-05-25` && spring.date <= `${year}-05-31`, where).toBe(true);
      expect(summer?.title, where).toBe('Summer bank holiday');
      expect(weekdayOf(summer?.date ?? ''), where).toBe(1);
      expect(summer && summer.date >= `${year}-08-25` && summer.date <= `${year}-08-31`, where).toBe(true);
      // Christmas and Boxing Day (or their substitutes) between 25 and 28 December
      expect(christmas, where).toHaveLength(2);
      for (const h of christmas) {
        expect(h.date >= `${year}-12-25` && h.date <= `${year}-12-28`, where).toBe(true);
        expect(/^(Christmas Day|Boxing Day)( \(Substitute day\))?$/.test(h.title), where).toBe(true);
      }
    }
  });
});
