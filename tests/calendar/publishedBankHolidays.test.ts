import { describe, expect, it } from 'vitest';
import { derivedBankHolidays, shippedBankHolidays, shippedPublishedYears } from '../../src/calendar/publishedBankHolidays.js';
import { standingBankHolidays } from '../../src/calendar/standingBankHolidays.js';
import { readSharedBankHolidays } from './sharedBankHolidays.js';

describe('the shipped published list (rules/calendars/england-and-wales.json)', () => {
  it('equals ../shared/data/bank-holidays-england-and-wales.txt exactly: dates and titles, in order', () => {
    const { holidays } = readSharedBankHolidays();
    expect(holidays).toHaveLength(140);
    expect(holidays[0]).toEqual({ date: '2012-01-02', title: 'New Year’s Day (Substitute day)' });
    expect(holidays.at(-1)).toEqual({ date: '2028-12-26', title: 'Boxing Day' });
    expect(shippedBankHolidays.map(({ date, title }) => ({ date, title }))).toEqual(holidays);
  });

  it('covers the whole years 2012 to 2028', () => {
    expect(shippedPublishedYears).toEqual({ from: 2012, to: 2028 });
    const years = new Set(shippedBankHolidays.map((h) => Number(h.date.slice(0, 4))));
    expect([...years]).toEqual(Array.from({ length: 17 }, (_, i) => 2012 + i));
  });

  it('has the one-off days: 2012 Diamond Jubilee, 2020 VE Day, 2022 Platinum Jubilee and State Funeral, 2023 Coronation', () => {
    const byDate = new Map(shippedBankHolidays.map((h) => [h.date, h.title]));
    expect(byDate.get('2012-06-04')).toBe('Spring bank holiday (Substitute day)');
    expect(byDate.get('2012-06-05')).toBe('Queen’s Diamond Jubilee (Extra bank holiday)');
    expect(byDate.has('2012-05-28')).toBe(false); // spring holiday moved to 4 June
    expect(byDate.get('2020-05-08')).toBe('Early May bank holiday (VE day)');
    expect(byDate.has('2020-05-04')).toBe(false); // superseded
    expect(byDate.get('2022-06-02')).toBe('Spring bank holiday');
    expect(byDate.get('2022-06-03')).toBe('Platinum Jubilee bank holiday');
    expect(byDate.has('2022-05-30')).toBe(false); // superseded
    expect(byDate.get('2022-09-19')).toBe('Bank Holiday for the State Funeral of Queen Elizabeth II');
    expect(byDate.get('2023-05-08')).toBe('Bank holiday for the coronation of King Charles III');
  });
});

describe('derivedBankHolidays: the standing pattern with the earlier proclamations applied', () => {
  it('the data file names the earlier one-offs that these tests expect', () => {
    const header = readSharedBankHolidays().comments.join('\n');
    for (const text of ['1995-05-08 VE Day (early May moved from 1 May)', '1999-12-31 Millennium',
      '2002-06-03 Golden Jubilee with the spring holiday moved to 2002-06-04', '2011-04-29 Royal Wedding',
      '1981-07-29, the Royal Wedding of the Prince of Wales (a bank holiday by proclamation)']) {
      expect(header).toContain(text);
    }
  });

  it('1981: Wednesday 29 July added for the Royal Wedding of the Prince of Wales (issue 11, finding 6)', () => {
    // Easter Sunday 1981 was 19 April. New Year Thu 1 Jan; Good Friday 17 Apr; Easter Monday 20 Apr;
    // early May Mon 4 May (1 May was a Friday); spring Mon 25 May; the wedding Wed 29 July;
    // summer Mon 31 Aug; Christmas Fri 25 Dec; Boxing Day Sat 26 Dec, so its substitute Mon 28 Dec.
    expect(derivedBankHolidays(1981).map((h) => h.date)).toEqual(['1981-01-01', '1981-04-17', '1981-04-20', '1981-05-04',
      '1981-05-25', '1981-07-29', '1981-08-31', '1981-12-25', '1981-12-28']);
    expect(derivedBankHolidays(1981)[5]).toEqual({ date: '1981-07-29', title: 'Royal Wedding' });
  });

  it('1995: early May moved from Monday 1 May to Monday 8 May for VE Day', () => {
    // 1 Jan 1995 a Sunday -> Monday 2 Jan; Easter Sunday 16 April -> Good Friday 14, Easter Monday 17.
    expect(derivedBankHolidays(1995)).toEqual([
      { date: '1995-01-02', title: 'New Year’s Day (Substitute day)' },
      { date: '1995-04-14', title: 'Good Friday' },
      { date: '1995-04-17', title: 'Easter Monday' },
      { date: '1995-05-08', title: 'Early May bank holiday (VE Day)' },
      { date: '1995-05-29', title: 'Spring bank holiday' },
      { date: '1995-08-28', title: 'Summer bank holiday' },
      { date: '1995-12-25', title: 'Christmas Day' },
      { date: '1995-12-26', title: 'Boxing Day' },
    ]);
  });

  it('1999: Friday 31 December added for the Millennium, after Christmas (Sat) and Boxing Day (Sun) moved to 27 and 28', () => {
    // Easter Sunday 4 April 1999 -> Good Friday 2 April, Easter Monday 5 April.
    expect(derivedBankHolidays(1999).map((h) => h.date)).toEqual([
      '1999-01-01', '1999-04-02', '1999-04-05', '1999-05-03', '1999-05-31', '1999-08-30',
      '1999-12-27', '1999-12-28', '1999-12-31',
    ]);
    expect(derivedBankHolidays(1999).at(-1)).toEqual({ date: '1999-12-31', title: 'Millennium Celebrations' });
  });

  it('2002: Monday 3 June added for the Golden Jubilee and spring moved from Monday 27 May to Tuesday 4 June', () => {
    // Easter Sunday 31 March 2002 -> Good Friday 29 March, Easter Monday 1 April.
    const holidays = derivedBankHolidays(2002);
    expect(holidays.map((h) => h.date)).toEqual([
      '2002-01-01', '2002-03-29', '2002-04-01', '2002-05-06', '2002-06-03', '2002-06-04', '2002-08-26',
      '2002-12-25', '2002-12-26',
    ]);
    expect(holidays[4]).toEqual({ date: '2002-06-03', title: 'Queen’s Golden Jubilee' });
    expect(holidays[5]).toEqual({ date: '2002-06-04', title: 'Spring bank holiday' });
  });

  it('2011: Friday 29 April added for the Royal Wedding', () => {
    // 1 Jan 2011 a Saturday -> Monday 3 Jan; Easter Sunday 24 April -> Good Friday 22, Easter
    // Monday 25 April; then the Royal Wedding on Friday 29 April and early May on Monday 2 May.
    // Christmas 2011 a Sunday -> Boxing Day Monday 26, Christmas (substitute) Tuesday 27.
    const holidays = derivedBankHolidays(2011);
    expect(holidays.map((h) => h.date)).toEqual([
      '2011-01-03', '2011-04-22', '2011-04-25', '2011-04-29', '2011-05-02', '2011-05-30', '2011-08-29',
      '2011-12-26', '2011-12-27',
    ]);
    expect(holidays[3]).toEqual({ date: '2011-04-29', title: 'Royal Wedding' });
  });

  it('equals the standing pattern in every other year 1978–2200', () => {
    for (let year = 1978; year <= 2200; year += 1) {
      if ([1981, 1995, 1999, 2002, 2011].includes(year)) continue;
      expect(derivedBankHolidays(year), String(year)).toEqual(standingBankHolidays(year));
    }
  });
});
