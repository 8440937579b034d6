import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { describeDays } from '../../src/calendar/describeDays.js';
import { englandAndWales } from '../../src/calendar/englandAndWales.js';

describe('describeDays', () => {
  it('marks each day of Christmas 2024 as a numbered working day, a weekend day or a bank holiday with its title', () => {
    // Tue 24 Dec 2024 to Thu 2 Jan 2025: Christmas Day, Boxing Day and New Year's Day fall on weekdays.
    expect(describeDays(englandAndWales(), '2024-12-24', '2025-01-02')).toEqual([
      { date: '2024-12-24', kind: 'working', workingDay: 1 },
      { date: '2024-12-25', kind: 'bank-holiday', title: 'Christmas Day', projected: false },
      { date: '2024-12-26', kind: 'bank-holiday', title: 'Boxing Day', projected: false },
      { date: '2024-12-27', kind: 'working', workingDay: 2 },
      { date: '2024-12-28', kind: 'weekend' },
      { date: '2024-12-29', kind: 'weekend' },
      { date: '2024-12-30', kind: 'working', workingDay: 3 },
      { date: '2024-12-31', kind: 'working', workingDay: 4 },
      { date: '2025-01-01', kind: 'bank-holiday', title: 'New Year’s Day', projected: false },
      { date: '2025-01-02', kind: 'working', workingDay: 5 },
    ]);
  });

  it('numbers the working days as workingDaysBetween counts them: 15 from Fri 20 Dec 2024 to Tue 14 Jan 2025', () => {
    const days = describeDays(englandAndWales(), '2024-12-20', '2025-01-14');
    expect(days).toHaveLength(26); // 12 days left in December and 14 in January
    expect(days.at(-1)).toEqual({ date: '2025-01-14', kind: 'working', workingDay: 15 });
    expect(englandAndWales().workingDaysBetween('2024-12-19', '2025-01-14')).toBe(15);
  });

  it('marks a closure day and gives projected bank holidays as projected', () => {
    const york = createCalendar({ closures: ['2030-12-27'] });
    // 2030: Christmas Day Wednesday, Boxing Day Thursday, both projected (the published list ends in 2028).
    expect(describeDays(york, '2030-12-25', '2030-12-27')).toEqual([
      { date: '2030-12-25', kind: 'bank-holiday', title: 'Christmas Day', projected: true },
      { date: '2030-12-26', kind: 'bank-holiday', title: 'Boxing Day', projected: true },
      { date: '2030-12-27', kind: 'closure', title: 'Closure day', projected: false },
    ]);
  });

  it('reads a bank holiday on a weekend as a weekend day (Christmas Day 2021 was a Saturday)', () => {
    expect(describeDays(englandAndWales(), '2021-12-25', '2021-12-28')).toEqual([
      { date: '2021-12-25', kind: 'weekend' },
      { date: '2021-12-26', kind: 'weekend' },
      { date: '2021-12-27', kind: 'bank-holiday', title: 'Christmas Day (Substitute day)', projected: false },
      { date: '2021-12-28', kind: 'bank-holiday', title: 'Boxing Day (Substitute day)', projected: false },
    ]);
  });

  it('gives one day for a one-day range and none when the end is earlier', () => {
    expect(describeDays(englandAndWales(), '2022-09-19', '2022-09-19')).toEqual([
      { date: '2022-09-19', kind: 'bank-holiday', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II', projected: false },
    ]);
    expect(describeDays(englandAndWales(), '2025-01-02', '2025-01-01')).toEqual([]);
  });

  it('gives none when the end is earlier, before asking the calendar about either date', () => {
    // An empty range has no day to describe, so neither end is looked up: 5 January 2201 back
    // to 1 January 2201 lies past the calendar's last day, 31 December 2200, and still gives none.
    expect(describeDays(englandAndWales(), '2201-01-05', '2201-01-01')).toEqual([]);
  });

  it('works at the ends of the calendar and refuses dates outside it', () => {
    // Sun 1 Jan 1978 and the New Year holiday on Monday 2 January.
    expect(describeDays(englandAndWales(), '1978-01-01', '1978-01-03').map((d) => d.kind)).toEqual(['weekend', 'bank-holiday', 'working']);
    expect(describeDays(englandAndWales(), '2200-12-31', '2200-12-31')).toEqual([{ date: '2200-12-31', kind: 'working', workingDay: 1 }]);
    expect(() => describeDays(englandAndWales(), '1977-12-31', '1978-01-02')).toThrow(/1977-12-31 is outside the calendar/);
    expect(() => describeDays(englandAndWales(), '2025-02-29', '2025-03-01')).toThrow('Invalid date "2025-02-29"');
  });
});
