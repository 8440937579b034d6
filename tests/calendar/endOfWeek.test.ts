import { describe, expect, it } from 'vitest';
import { endOfWeek } from '../../src/calendar/endOfWeek.js';

describe('endOfWeek (the Sunday ending a Monday-to-Sunday week)', () => {
  it.each([
    ['2025-11-03', '2025-11-09'], // Monday
    ['2025-11-05', '2025-11-09'], // Wednesday
    ['2025-11-08', '2025-11-09'], // Saturday
    ['2025-11-09', '2025-11-09'], // Sunday is the last day of its own week
    ['2025-12-29', '2026-01-04'], // across the new year
    ['2024-02-26', '2024-03-03'], // across 29 February
  ])('the week of %s ends on %s', (date, sunday) => {
    expect(endOfWeek(date)).toBe(sunday);
  });

  it('rejects a date that does not exist', () => {
    expect(() => endOfWeek('2025-02-29')).toThrow('February 2025 has 28 days');
  });
});
