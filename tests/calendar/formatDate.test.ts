import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/calendar/dayNumber.js';
import { formatDate, formatDateOrInstant, formatDayList, formatDayNumber } from '../../src/calendar/formatDate.js';

describe('formatDate', () => {
  it.each([
    ['2024-12-19', 'Thu 19 Dec 2024'],
    ['2025-01-01', 'Wed 1 Jan 2025'],
    ['2024-02-29', 'Thu 29 Feb 2024'],
    ['1978-01-01', 'Sun 1 Jan 1978'],
  ])('formatDate(%s) is %s', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });

  it('formatDayNumber writes the same day from its day number (20076 is 19 Dec 2024)', () => {
    expect(formatDayNumber(20076)).toBe('Thu 19 Dec 2024');
    expect(formatDayNumber(0)).toBe('Thu 1 Jan 1970');
    expect(formatDayNumber(toDayNumber('2025-03-30'))).toBe('Sun 30 Mar 2025');
  });

  it('names every weekday and every month', () => {
    // Mon 6 Jan 2025 to Sun 12 Jan 2025 is one Monday-to-Sunday week.
    expect(['06', '07', '08', '09', '10', '11', '12'].map((d) => formatDate(`2025-01-${d}`))).toEqual([
      'Mon 6 Jan 2025', 'Tue 7 Jan 2025', 'Wed 8 Jan 2025', 'Thu 9 Jan 2025', 'Fri 10 Jan 2025', 'Sat 11 Jan 2025', 'Sun 12 Jan 2025',
    ]);
    // The 15th of each month of 2025: 15 Jan is a Wednesday, and each month moves it on by its
    // length mod 7 (Jan 31 → +3 Sat, Feb 28 → +0 Sat, Mar 31 → +3 Tue, Apr 30 → +2 Thu, …).
    expect(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => formatDate(`2025-${m}-15`))).toEqual([
      'Wed 15 Jan 2025', 'Sat 15 Feb 2025', 'Sat 15 Mar 2025', 'Tue 15 Apr 2025', 'Thu 15 May 2025', 'Sun 15 Jun 2025',
      'Tue 15 Jul 2025', 'Fri 15 Aug 2025', 'Mon 15 Sep 2025', 'Wed 15 Oct 2025', 'Sat 15 Nov 2025', 'Mon 15 Dec 2025',
    ]);
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDate('2025-02-29')).toThrow('February 2025 has 28 days');
  });
});

describe('formatDayList', () => {
  it('groups days by month, as a practitioner writes them', () => {
    expect(formatDayList(['2024-12-25', '2024-12-26', '2025-01-01'])).toBe('25 and 26 Dec and 1 Jan');
    expect(formatDayList(['2025-12-25', '2025-12-26', '2025-12-29', '2025-12-30'])).toBe('25, 26, 29 and 30 Dec');
    expect(formatDayList(['2025-05-26'])).toBe('26 May');
    expect(formatDayList([])).toBe('');
  });
});

describe('formatDateOrInstant', () => {
  it('writes a due date as formatDate does', () => {
    expect(formatDateOrInstant('2025-10-25')).toBe('Sat 25 Oct 2025');
  });

  it('writes a due instant as its date and its time of day, both as written in London time', () => {
    // 16:40 BST on Saturday 25 October 2025 (the clocks go back on the 26th).
    expect(formatDateOrInstant('2025-10-25T16:40:00+01:00')).toBe('Sat 25 Oct 2025 16:40');
  });
});
