import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { englandAndWales } from '../../src/calendar/englandAndWales.js';
import { networkDays } from '../../src/calendar/networkDays.js';

const calendar = englandAndWales();

describe('networkDays (the spreadsheet NETWORKDAYS)', () => {
  it('counts both ends: 16 from Thu 19 Dec 2024 to Tue 14 Jan 2025, where workingDaysBetween gives 15', () => {
    expect(networkDays(calendar, '2024-12-19', '2025-01-14')).toBe(16);
    expect(calendar.workingDaysBetween('2024-12-19', '2025-01-14')).toBe(15);
  });

  it('equals workingDaysBetween when the start is not a working day (Sat 4 Jan to Fri 10 Jan 2025: 5)', () => {
    expect(networkDays(calendar, '2025-01-04', '2025-01-10')).toBe(5);
    expect(calendar.workingDaysBetween('2025-01-04', '2025-01-10')).toBe(5);
  });

  it('is 1 for a working day with itself and 0 for a bank holiday with itself', () => {
    expect(networkDays(calendar, '2025-01-02', '2025-01-02')).toBe(1);
    expect(networkDays(calendar, '2025-01-01', '2025-01-01')).toBe(0);
  });

  it('is negative when the end is earlier, as the spreadsheet gives it: NETWORKDAYS(14 Jan 2025, 19 Dec 2024) = -16', () => {
    expect(networkDays(calendar, '2025-01-14', '2024-12-19')).toBe(-16);
    // Mon 6 Jan back to Sat 4 Jan 2025: only the Monday is a working day.
    expect(networkDays(calendar, '2025-01-06', '2025-01-04')).toBe(-1);
  });

  it('leaves out closure days: 29 to 31 Dec 2025 closed, so Wed 24 Dec 2025 to Fri 2 Jan 2026 is 2 (24 Dec and 2 Jan)', () => {
    const york = createCalendar({ closures: ['2025-12-29', '2025-12-30', '2025-12-31'] });
    expect(networkDays(york, '2025-12-24', '2026-01-02')).toBe(2);
    expect(networkDays(calendar, '2025-12-24', '2026-01-02')).toBe(5);
  });
});
