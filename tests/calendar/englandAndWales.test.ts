import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import {
  addWorkingDays, bankHolidays, englandAndWales, isWorkingDay, nextWorkingDay, workingDaysBetween,
} from '../../src/calendar/englandAndWales.js';
import { isWeekday } from './naiveWorkingDays.js';
import { readSharedBankHolidays } from './sharedBankHolidays.js';

describe('England and Wales: hand-checked examples', () => {
  it('Christmas 2024 and New Year 2025: 15 working days after Thu 19 Dec 2024 is Tue 14 Jan 2025', () => {
    // Fri 20 (1), Mon 23 (2), Tue 24 (3), skip Wed 25 and Thu 26, Fri 27 (4), Mon 30 (5), Tue 31 (6),
    // skip Wed 1 Jan, Thu 2 (7), Fri 3 (8), Mon 6 (9), Tue 7 (10), Wed 8 (11), Thu 9 (12), Fri 10 (13),
    // Mon 13 (14), Tue 14 (15)
    expect(addWorkingDays('2024-12-19', 15)).toBe('2025-01-14');
    expect(workingDaysBetween('2024-12-19', '2025-01-14')).toBe(15);
    // and back: the same 15 days counted from the other end
    expect(addWorkingDays('2025-01-14', -15)).toBe('2024-12-19');
    expect(workingDaysBetween('2025-01-14', '2024-12-19')).toBe(-15);
    // Tue 24 Dec: Wed 25, Thu 26 off -> Fri 27
    expect(nextWorkingDay('2024-12-24')).toBe('2024-12-27');
    // back from Thu 2 Jan 2025: skip Wed 1, Tue 31 (-1), Mon 30 (-2), skip Sun 29, Sat 28, Fri 27 (-3)
    expect(addWorkingDays('2025-01-02', -3)).toBe('2024-12-27');
  });

  it('Christmas 2022 (a Sunday): Boxing Day Mon 26, Christmas Tue 27, New Year Mon 2 Jan 2023', () => {
    // from Fri 23 Dec 2022: skip Sat 24 .. Tue 27, Wed 28 (1), Thu 29 (2), Fri 30 (3),
    // skip Sat 31, Sun 1, Mon 2 Jan, Tue 3 (4), Wed 4 (5)
    expect(addWorkingDays('2022-12-23', 5)).toBe('2023-01-04');
    expect(isWorkingDay('2022-12-26')).toBe(false);
    expect(isWorkingDay('2022-12-27')).toBe(false);
    expect(isWorkingDay('2023-01-02')).toBe(false);
  });

  it('Christmas 2021 (a Saturday): Christmas Mon 27, Boxing Day Tue 28, New Year (a Saturday) Mon 3 Jan 2022', () => {
    // from Fri 24 Dec 2021: skip Sat 25 .. Tue 28, Wed 29 (1), Thu 30 (2), Fri 31 (3)
    expect(addWorkingDays('2021-12-24', 3)).toBe('2021-12-31');
    // then skip Sat 1, Sun 2, Mon 3 Jan: Tue 4 (4)
    expect(addWorkingDays('2021-12-24', 4)).toBe('2022-01-04');
  });

  it('Easter 2025 (Good Friday 18 April, Easter Monday 21 April)', () => {
    // Wed 16: Thu 17 (1), skip Fri 18, Sat 19, Sun 20, Mon 21, Tue 22 (2), Wed 23 (3)
    expect(addWorkingDays('2025-04-16', 3)).toBe('2025-04-23');
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    // back from Tue 22: skip Mon 21 .. Fri 18, Thu 17 (-1), Wed 16 (-2)
    expect(addWorkingDays('2025-04-22', -2)).toBe('2025-04-16');
    expect(workingDaysBetween('2025-04-17', '2025-04-22')).toBe(1);
  });

  it('Easter 2024 (Good Friday 29 March, Easter Monday 1 April)', () => {
    // Wed 27 Mar: Thu 28 (1), skip Fri 29, Sat 30, Sun 31, Mon 1 Apr, Tue 2 (2), Wed 3 (3)
    expect(addWorkingDays('2024-03-27', 3)).toBe('2024-04-03');
    expect(isWorkingDay('2024-03-29')).toBe(false);
    expect(isWorkingDay('2024-04-01')).toBe(false);
  });

  it('2022 Platinum Jubilee: spring moved from Mon 30 May to Thu 2 June, and Fri 3 June added', () => {
    expect(isWorkingDay('2022-05-30')).toBe(true);
    expect(isWorkingDay('2022-06-02')).toBe(false);
    expect(isWorkingDay('2022-06-03')).toBe(false);
    // Wed 1 June: skip Thu 2, Fri 3, Sat 4, Sun 5 -> Mon 6
    expect(nextWorkingDay('2022-06-01')).toBe('2022-06-06');
    expect(addWorkingDays('2022-05-27', 1)).toBe('2022-05-30');
    // Fri 27 May: Mon 30 (1), Tue 31 (2), Wed 1 (3), skip Thu 2 .. Sun 5, Mon 6 (4), Tue 7 (5)
    expect(addWorkingDays('2022-05-27', 5)).toBe('2022-06-07');
    expect(addWorkingDays('2022-06-06', -1)).toBe('2022-06-01');
    // Fri 27 May to Fri 10 June: Mon 30, Tue 31, Wed 1, Mon 6, Tue 7, Wed 8, Thu 9, Fri 10 = 8
    expect(workingDaysBetween('2022-05-27', '2022-06-10')).toBe(8);
  });

  it('2022 State Funeral: Monday 19 September', () => {
    expect(isWorkingDay('2022-09-19')).toBe(false);
    // Fri 16: skip Sat 17, Sun 18, Mon 19 -> Tue 20
    expect(addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
    // Mon 12: Tue 13 (1), Wed 14 (2), Thu 15 (3), Fri 16 (4), skip Sat 17 .. Mon 19, Tue 20 (5),
    // Wed 21 (6), Thu 22 (7), Fri 23 (8), Mon 26 (9), Tue 27 (10)
    expect(addWorkingDays('2022-09-12', 10)).toBe('2022-09-27');
    expect(addWorkingDays('2022-09-20', -1)).toBe('2022-09-16');
    expect(workingDaysBetween('2022-09-16', '2022-09-20')).toBe(1);
  });

  it('2023 Coronation: Monday 8 May, a week after early May (Monday 1 May)', () => {
    // Fri 28 Apr: skip Sat 29, Sun 30, Mon 1 May, Tue 2 (1), Wed 3 (2), Thu 4 (3), Fri 5 (4),
    // skip Sat 6, Sun 7, Mon 8, Tue 9 (5), Wed 10 (6)
    expect(addWorkingDays('2023-04-28', 6)).toBe('2023-05-10');
    expect(addWorkingDays('2023-05-10', -6)).toBe('2023-04-28');
    expect(isWorkingDay('2023-05-08')).toBe(false);
  });

  it('2020 VE Day: early May moved to Friday 8 May, so Monday 4 May was a working day', () => {
    expect(isWorkingDay('2020-05-04')).toBe(true);
    expect(isWorkingDay('2020-05-08')).toBe(false);
    // Fri 1 May: Mon 4 (1), Tue 5 (2), Wed 6 (3), Thu 7 (4), skip Fri 8, Sat 9, Sun 10, Mon 11 (5)
    expect(addWorkingDays('2020-05-01', 5)).toBe('2020-05-11');
    expect(nextWorkingDay('2020-05-07')).toBe('2020-05-11');
  });

  it('the earlier one-offs: 1981 Royal Wedding, 1995 VE Day, 1999 Millennium, 2002 Golden Jubilee, 2011 Royal Wedding, 2012 Diamond Jubilee', () => {
    // 1981: Wed 29 July, the wedding of the Prince of Wales (issue 11, finding 6: it was counted as a
    // working day). Tue 28 + 1 = Thu 30; Mon 27 to Fri 31 passes Tue, Thu, Fri = 3.
    expect(isWorkingDay('1981-07-29')).toBe(false);
    expect(addWorkingDays('1981-07-28', 1)).toBe('1981-07-30');
    expect(workingDaysBetween('1981-07-27', '1981-07-31')).toBe(3);
    // 1981 began on a Thursday: 365 = 52 weeks + Thursday, so 261 weekdays, less 9 weekday bank
    // holidays (1 Jan, 17 and 20 Apr, 4 and 25 May, 29 Jul, 31 Aug, 25 and 28 Dec) = 252.
    expect(workingDaysBetween('1980-12-31', '1981-12-31')).toBe(252);
    // 1995: early May on Mon 8 May, not Mon 1 May. Fri 5 May: skip the weekend and Mon 8 -> Tue 9
    expect(isWorkingDay('1995-05-01')).toBe(true);
    expect(addWorkingDays('1995-05-05', 1)).toBe('1995-05-09');
    // 1999: Christmas (Sat) -> Mon 27, Boxing Day (Sun) -> Tue 28, Millennium Fri 31, and
    // New Year 2000 (a Saturday) -> Mon 3 Jan 2000. Thu 30 Dec 1999 + 1 = Tue 4 Jan 2000
    expect(addWorkingDays('1999-12-24', 1)).toBe('1999-12-29');
    expect(addWorkingDays('1999-12-30', 1)).toBe('2000-01-04');
    // 2002: Jubilee Mon 3 June, spring moved to Tue 4 June; Mon 27 May was a working day
    expect(isWorkingDay('2002-05-27')).toBe(true);
    expect(addWorkingDays('2002-05-31', 1)).toBe('2002-06-05');
    // 2011: Thu 21 Apr: skip Fri 22 (Good Friday) .. Mon 25 (Easter Monday), Tue 26 (1), Wed 27 (2),
    // Thu 28 (3), skip Fri 29 (Royal Wedding) .. Mon 2 May (early May), Tue 3 May (4)
    expect(addWorkingDays('2011-04-21', 4)).toBe('2011-05-03');
    // 2012: spring moved to Mon 4 June, Diamond Jubilee Tue 5 June; Mon 28 May was a working day
    expect(isWorkingDay('2012-05-28')).toBe(true);
    expect(addWorkingDays('2012-06-01', 1)).toBe('2012-06-06');
  });

  it('n = 0 returns the date unchanged, even a Saturday or a bank holiday', () => {
    expect(addWorkingDays('2025-01-04', 0)).toBe('2025-01-04'); // Saturday
    expect(addWorkingDays('2024-12-25', 0)).toBe('2024-12-25'); // Christmas Day
    expect(addWorkingDays('2025-01-06', 0)).toBe('2025-01-06'); // Monday
    expect(addWorkingDays('2025-01-06', -0)).toBe('2025-01-06');
    expect(workingDaysBetween('2025-01-04', '2025-01-04')).toBe(0);
  });

  it('the start is day 0 and is not counted, working day or not', () => {
    expect(addWorkingDays('2025-01-04', 1)).toBe('2025-01-06'); // Sat -> Mon
    expect(addWorkingDays('2025-01-04', -1)).toBe('2025-01-03'); // Sat -> Fri
    expect(addWorkingDays('2024-12-25', 1)).toBe('2024-12-27'); // Christmas -> skip Boxing Day -> Fri 27
    expect(addWorkingDays('2024-12-25', -1)).toBe('2024-12-24');
    expect(addWorkingDays('2025-01-06', 1)).toBe('2025-01-07'); // Mon -> Tue
  });

  it('workingDaysBetween counts from < d <= to, and minus to <= d < from backwards', () => {
    // Mon 6 to Mon 13 Jan 2025: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13 = 5
    expect(workingDaysBetween('2025-01-06', '2025-01-13')).toBe(5);
    // backwards: Mon 6, Tue 7, Wed 8, Thu 9, Fri 10 = 5
    expect(workingDaysBetween('2025-01-13', '2025-01-06')).toBe(-5);
    // Tue 24 to Wed 25 Dec 2024: only Christmas Day, which is off
    expect(workingDaysBetween('2024-12-24', '2024-12-25')).toBe(0);
    // Wed 25 back to Tue 24: Tue 24 counts (to <= d < from)
    expect(workingDaysBetween('2024-12-25', '2024-12-24')).toBe(-1);
    // Tue 24 to Fri 27: 25, 26 off, Fri 27 = 1; back from 27 to 24: Tue 24 only = -1
    expect(workingDaysBetween('2024-12-24', '2024-12-27')).toBe(1);
    expect(workingDaysBetween('2024-12-27', '2024-12-24')).toBe(-1);
  });

  it('counts whole years by hand: 2022 has 250 working days, 2023 has 251, 2024 has 254', () => {
    // 2022: 1 Jan and 31 Dec are Saturdays, 52 weeks + 1 Saturday: 260 weekdays; 10 weekday bank
    // holidays (3 Jan, 15 Apr, 18 Apr, 2 May, 2 Jun, 3 Jun, 29 Aug, 19 Sep, 26 Dec, 27 Dec): 250
    expect(bankHolidays(2022).map((h) => h.date)).toEqual([
      '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29',
      '2022-09-19', '2022-12-26', '2022-12-27',
    ]);
    expect(workingDaysBetween('2021-12-31', '2022-12-31')).toBe(250);
    // 2023: starts and ends on a Sunday, 52 weeks + 1 Sunday: 260 weekdays; 9 bank holidays: 251
    expect(bankHolidays(2023)).toHaveLength(9);
    expect(workingDaysBetween('2022-12-31', '2023-12-31')).toBe(251);
    // 2024 (leap): starts on a Monday, 52 weeks + Mon 30 and Tue 31 Dec: 262 weekdays; 8 bank holidays: 254
    expect(bankHolidays(2024)).toHaveLength(8);
    expect(workingDaysBetween('2023-12-31', '2024-12-31')).toBe(254);
  });

  it('reads Date inputs as the date in Europe/London', () => {
    // 23:30 UTC on 30 June 2025 is 00:30 BST on Tuesday 1 July
    expect(addWorkingDays(new Date('2025-06-30T23:30:00Z'), 0)).toBe('2025-07-01');
    expect(addWorkingDays(new Date('2025-06-30T23:30:00Z'), 1)).toBe('2025-07-02');
    // 23:30 UTC on Sunday 24 August 2025 is 00:30 BST on Monday 25 August, the summer bank holiday
    expect(isWorkingDay(new Date('2025-08-24T23:30:00Z'))).toBe(false);
    // 23:30 UTC on 24 December 2024 is 23:30 GMT the same day, a working day
    expect(isWorkingDay(new Date('2024-12-24T23:30:00Z'))).toBe(true);
    expect(workingDaysBetween(new Date('2024-12-19T12:00:00Z'), new Date('2025-01-14T00:00:00Z'))).toBe(15);
    expect(nextWorkingDay(new Date('2024-12-24T08:00:00-08:00'))).toBe('2024-12-27');
  });
});

describe('England and Wales: the ends of the calendar', () => {
  it('1978 starts on Sunday 1 January with New Year on Monday 2: the first working day is Tuesday 3 January', () => {
    expect(isWorkingDay('1978-01-01')).toBe(false);
    expect(isWorkingDay('1978-01-02')).toBe(false);
    expect(addWorkingDays('1978-01-01', 1)).toBe('1978-01-03');
    expect(addWorkingDays('1978-01-04', -1)).toBe('1978-01-03');
    expect(workingDaysBetween('1978-01-01', '1978-01-03')).toBe(1);
    expect(() => addWorkingDays('1978-01-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('1978-01-03', -1)).toThrow('1978-01-03');
    expect(() => addWorkingDays('1978-01-01', -1)).toThrow(RangeError);
  });

  it('2200 ends on Wednesday 31 December after Christmas (Thu) and Boxing Day (Fri)', () => {
    // Wed 24: skip Thu 25, Fri 26, Sat 27, Sun 28 -> Mon 29
    expect(addWorkingDays('2200-12-24', 1)).toBe('2200-12-29');
    expect(addWorkingDays('2200-12-29', 2)).toBe('2200-12-31');
    expect(addWorkingDays('2200-12-31', 0)).toBe('2200-12-31');
    expect(() => addWorkingDays('2200-12-29', 3)).toThrow(RangeError);
    expect(() => addWorkingDays('2200-12-29', 3)).toThrow('2200-12-29');
    expect(() => addWorkingDays('2200-12-31', 1)).toThrow(RangeError);
    expect(() => nextWorkingDay('2200-12-31')).toThrow(RangeError);
  });

  it('offsets that run off either end throw a RangeError, however large', () => {
    expect(() => addWorkingDays('2025-01-06', 100_000)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-01-06', -100_000)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-01-06', Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-01-06', -Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
  });

  const outside = ['1977-12-31', '2201-01-01', '1900-06-01', '9999-12-31'];
  it.each(outside)('every function refuses %s, outside 1978-01-01..2200-12-31, with a RangeError naming it', (date) => {
    const calendar = englandAndWales();
    const calls: (() => unknown)[] = [
      () => isWorkingDay(date),
      () => addWorkingDays(date, 0),
      () => addWorkingDays(date, 1),
      () => workingDaysBetween(date, '2025-01-01'),
      () => workingDaysBetween('2025-01-01', date),
      () => nextWorkingDay(date),
      () => calendar.rollForward(date),
      () => calendar.daysOffBetween(date, '2025-01-01'),
      () => calendar.isProjected(date),
    ];
    for (const call of calls) {
      expect(call).toThrow(RangeError);
      expect(call).toThrow(date);
      expect(call).toThrow('1978-01-01 to 2200-12-31');
    }
  });

  it('refuses a Date outside the range, naming its London date', () => {
    expect(() => isWorkingDay(new Date('1977-06-01T12:00:00Z'))).toThrow('1977-06-01');
    expect(() => addWorkingDays(new Date('2201-03-01T12:00:00Z'), 1)).toThrow(RangeError);
  });
});

describe('England and Wales: invalid input', () => {
  it.each(['2025-02-30', 'tomorrow', '2025-13-01', '', '2025-1-1', '2025-01-01T09:00'])(
    'every function refuses the date %j with a RangeError whose message contains it',
    (date) => {
      const calendar = englandAndWales();
      const calls: (() => unknown)[] = [
        () => isWorkingDay(date),
        () => addWorkingDays(date, 1),
        () => addWorkingDays(date, 0),
        () => workingDaysBetween(date, '2025-01-01'),
        () => workingDaysBetween('2025-01-01', date),
        () => nextWorkingDay(date),
        () => calendar.rollForward(date),
        () => calendar.daysOffBetween('2025-01-01', date),
        () => calendar.isProjected(date),
      ];
      for (const call of calls) {
        expect(call).toThrow(RangeError);
        expect(call).toThrow(`"${date}"`);
      }
    },
  );

  it.each([1.5, -0.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'addWorkingDays refuses n = %s (not a whole number) with a RangeError',
    (n) => {
      expect(() => addWorkingDays('2025-01-06', n)).toThrow(RangeError);
      expect(() => addWorkingDays('2025-01-06', n)).toThrow('whole number');
      expect(() => englandAndWales().addWorkingDays('2025-01-06', n)).toThrow(RangeError);
    },
  );
});

describe('England and Wales bank holidays', () => {
  it('2012–2028 as bankHolidays(year) equal ../shared/data exactly: dates and titles, in order, none projected', () => {
    const listed: { date: string; title: string }[] = [];
    for (let year = 2012; year <= 2028; year += 1) {
      for (const h of bankHolidays(year)) {
        expect(h.projected, h.date).toBe(false);
        listed.push({ date: h.date, title: h.title });
      }
    }
    expect(listed).toEqual(readSharedBankHolidays().holidays);
  });

  it('every year 1978–2200 lists distinct weekdays of that year, sorted; projected exactly after 2028', () => {
    for (let year = 1978; year <= 2200; year += 1) {
      const holidays = bankHolidays(year);
      const dates = holidays.map((h) => h.date);
      expect(new Set(dates).size, String(year)).toBe(dates.length);
      expect([...dates].sort(), String(year)).toEqual(dates);
      expect(holidays.length, String(year)).toBeGreaterThanOrEqual(8);
      for (const h of holidays) {
        expect(h.date.startsWith(`${year}-`) && isWeekday(h.date), h.date).toBe(true);
        expect(h.projected, h.date).toBe(year > 2028);
        expect(isWorkingDay(h.date), h.date).toBe(false);
      }
    }
  });

  /*
   * Cross-check with the `date-holidays` package (GB, region ENG). It lists holidays that fall
   * on a weekend as well as their substitutes (flagged `substitute: true`), so we keep the types
   * 'public' and 'bank', then the weekdays only, and compare dates.
   */
  const hd = new Holidays('GB', 'ENG');
  const theirWeekdayHolidays = (year: number): string[] =>
    hd.getHolidays(year)
      .filter((h) => h.type === 'public' || h.type === 'bank')
      .map((h) => h.date.slice(0, 10))
      .filter(isWeekday)
      .sort();
  const mismatches = (years: number[]) => years.flatMap((year) => {
    const ours = bankHolidays(year).map((h) => h.date);
    const theirs = theirWeekdayHolidays(year);
    return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [{ year, ours, theirs }];
  });

  it('date-holidays reports weekend holidays with a substitute flag (checked on 2021 and 2022)', () => {
    const christmas2021 = hd.getHolidays(2021).filter((h) => h.date >= '2021-12-25');
    expect(christmas2021.map((h) => [h.date.slice(0, 10), h.substitute === true])).toEqual([
      ['2021-12-25', false], ['2021-12-26', false], ['2021-12-27', true], ['2021-12-28', true],
    ]);
    expect(theirWeekdayHolidays(2022)).toEqual(bankHolidays(2022).map((h) => h.date));
  });

  it('every projected year 2029–2200 equals date-holidays’ list', () => {
    const years = Array.from({ length: 2200 - 2029 + 1 }, (_, i) => 2029 + i);
    expect(mismatches(years)).toEqual([]);
  });

  it('every year 1978–2028 without a proclamation equals date-holidays’ list', () => {
    // date-holidays misses the pre-2020 one-off days (1995 VE Day, 1999 Millennium, 2002 Golden
    // Jubilee, 2011 Royal Wedding) and keeps 2012's spring holiday on 28 May, so years with a
    // proclamation are compared by hand in publishedBankHolidays.test.ts and above, not here.
    // 1981 is left out too: Wednesday 29 July 1981 (the wedding of the Prince of Wales and Lady
    // Diana Spencer) was proclaimed an extra bank holiday, which rules/calendars/ lists and
    // date-holidays does not; 1981 is checked by hand above and in publishedBankHolidays.test.ts.
    const proclamationYears = [1981, 1995, 1999, 2002, 2011, 2012, 2020, 2022, 2023];
    const years = Array.from({ length: 2028 - 1978 + 1 }, (_, i) => 1978 + i)
      .filter((year) => !proclamationYears.includes(year));
    expect(years).toHaveLength(51 - proclamationYears.length);
    expect(mismatches(years)).toEqual([]);
  });
});

describe('the package root', () => {
  it('exports the calendar functions, the same ones as src/calendar', async () => {
    // imported here rather than at the top, so that work in progress elsewhere in the package
    // can only fail this test, not the whole calendar suite
    const root = await import('../../src/index.js');
    expect(root.addWorkingDays).toBe(addWorkingDays);
    expect(root.workingDaysBetween).toBe(workingDaysBetween);
    expect(root.isWorkingDay).toBe(isWorkingDay);
    expect(root.nextWorkingDay).toBe(nextWorkingDay);
    expect(root.bankHolidays).toBe(bankHolidays);
    expect(root.englandAndWales).toBe(englandAndWales);
    for (const name of ['createCalendar', 'addDays', 'addWeeks', 'addMonths', 'addHours', 'hoursBetween', 'londonDate',
      'parseGovUkBankHolidays'] as const) {
      expect(typeof root[name], name).toBe('function');
    }
    expect(root.FIRST_YEAR).toBe(1978);
    expect(root.LAST_YEAR).toBe(2200);
    expect(root.addWorkingDays('2024-12-19', 15)).toBe('2025-01-14');
  });
});
