// A calendar indexes its days in blocks of 512, built the first time a count or offset reaches
// one (src/calendar/createCalendar.ts). These tests aim at the seams: the days either side of
// every block's edge, counts and offsets that cross many blocks, and the order blocks are built in.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { eachDate, isoFromUtcDays, isWeekday, naiveWorkingDays, utcDays } from './naiveWorkingDays.js';

const BLOCK_DAYS = 512;
const closures = ['1979-05-29', '2025-12-29', '2025-12-30', '2025-12-31', '2026-01-03', '2199-06-02'];

describe('a calendar built block by block', () => {
  it('agrees with the naive reference either side of every block edge, 1978–2200', () => {
    const calendar = createCalendar({ closures });
    const naive = naiveWorkingDays(calendar, closures);
    const first = utcDays('1978-01-01');
    let edges = 0;
    for (let edge = first + BLOCK_DAYS; edge <= utcDays('2200-12-31'); edge += BLOCK_DAYS) {
      for (let day = edge - 3; day <= edge + 3; day += 1) {
        const iso = isoFromUtcDays(day);
        expect(calendar.isWorkingDay(iso), iso).toBe(naive.isWorkingDay(iso));
        for (const n of [-6, -1, 1, 6]) expect(calendar.addWorkingDays(iso, n), `${iso} ${n}`).toBe(naive.addWorkingDays(iso, n));
        const across = isoFromUtcDays(day + 9);
        expect(calendar.workingDaysBetween(iso, across)).toBe(naive.workingDaysBetween(iso, across));
        expect(calendar.workingDaysBetween(across, iso)).toBe(naive.workingDaysBetween(across, iso));
      }
      edges += 1;
    }
    // 81,449 days make 159 whole blocks and 41 days over: 159 edges inside the calendar
    expect(edges).toBe(159);
  });

  it('counts and offsets across all 223 years, through every block, as the naive reference does', () => {
    const calendar = createCalendar({ closures });
    const naive = naiveWorkingDays(calendar, closures);
    const total = naive.workingDaysBetween('1978-01-01', '2200-12-31');
    // about 5/7 of 81,449 days (58,178) less some 2,000 bank holidays and the closures on weekdays
    expect(total).toBeGreaterThan(56_000);
    expect(total).toBeLessThan(58_178);
    expect(calendar.workingDaysBetween('1978-01-01', '2200-12-31')).toBe(total);
    // backwards, d with 1978-01-01 <= d < 2200-12-31: the same days less the last one, a working day
    expect(calendar.workingDaysBetween('2200-12-31', '1978-01-01')).toBe(naive.workingDaysBetween('2200-12-31', '1978-01-01'));
    expect(calendar.workingDaysBetween('2200-12-31', '1978-01-01')).toBe(1 - total);
    // 2200-12-31 is a Wednesday and no holiday, so it is the total-th working day after 1978-01-01
    expect(calendar.isWorkingDay('2200-12-31')).toBe(true);
    expect(calendar.addWorkingDays('1978-01-01', total)).toBe('2200-12-31');
    // 1978-01-01 is a Sunday and 2 January the New Year's Day holiday (substitute): the first working day is Tuesday 3 January
    expect(calendar.addWorkingDays('2200-12-31', 1 - total)).toBe('1978-01-03');
    expect(() => calendar.addWorkingDays('1978-01-01', total + 1)).toThrow('1978-01-01 + ' + (total + 1) + ' working days falls outside');
    expect(() => calendar.addWorkingDays('2200-12-31', -total)).toThrow('2200-12-31 - ' + total + ' working days falls outside');
  });

  it('gives the same answers whichever blocks it builds first', () => {
    const probes = ['2199-12-01', '1978-03-01', '2025-12-24', '2100-02-28', '1999-12-31', '2026-01-05'];
    const forwards = createCalendar({ closures });
    const backwards = createCalendar({ closures });
    const answer = (calendar: typeof forwards, d: string) =>
      [calendar.addWorkingDays(d, 40), calendar.addWorkingDays(d, -40), calendar.workingDaysBetween(d, '2025-06-30'), calendar.isWorkingDay(d)];
    const seen = probes.map((d) => answer(forwards, d));
    const seenBackwards = [...probes].reverse().map((d) => answer(backwards, d)).reverse();
    expect(seenBackwards).toEqual(seen);
    // Wednesday 24 December 2025 + 1: Christmas, Boxing Day, the weekend, three closure days and New Year's Day pass
    expect(backwards.addWorkingDays('2025-12-24', 1)).toBe('2026-01-02');
  });

  it('lists the days off over many blocks, in order, as the naive reference finds them', () => {
    const calendar = createCalendar({ closures });
    const naive = naiveWorkingDays(calendar, closures);
    const expected = eachDate('2019-12-31', '2031-01-01').filter((d) => isWeekday(d) && !naive.isWorkingDay(d));
    expect(calendar.daysOffBetween('2019-12-31', '2031-01-01').map((d) => d.date)).toEqual(expected);
    expect(calendar.daysOffBetween('2031-01-01', '2019-12-31').map((d) => d.date)).toEqual(expected.slice(0, -1));
    expect(expected.at(-1)).toBe('2031-01-01'); // New Year's Day, a Wednesday: counted forwards only
    // the closure days of 2025 keep their reason, and Saturday 3 January 2026 is not a weekday off
    expect(calendar.daysOffBetween('2025-12-28', '2026-01-04').map((d) => `${d.date} ${d.reason}`)).toEqual([
      '2025-12-29 closure', '2025-12-30 closure', '2025-12-31 closure', '2026-01-01 bank-holiday',
    ]);
  });
});
