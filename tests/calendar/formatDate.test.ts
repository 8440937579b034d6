import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/calendar/dayNumber.js';
import { formatDate, formatDayList, formatDayNumber } from '../../src/calendar/formatDate.js';

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
