import { describe, expect, it } from 'vitest';
import { englandAndWales } from '../../src/calendar/englandAndWales.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { dueDate, judgedDay, type DueRule } from '../../src/evaluate/dueDate.js';

const calendar = englandAndWales().dayNumbers;

/** The due date of a rule from a start date, as ISO dates, with what the count skipped. */
function due(start: string, rule: DueRule) {
  const result = dueDate({ day: toDayNumber(start) }, rule, calendar);
  return {
    due: fromDayNumber(result.day),
    rolledFrom: result.rolledFrom === undefined ? undefined : fromDayNumber(result.rolledFrom),
    skipped: result.skipped.map((d) => d.date),
    projected: result.projected,
  };
}

describe('dueDate, each unit by hand', () => {
  it('days: Fri 3 Jan 2025 + 10 days = Mon 13 Jan, nothing skipped, not projected', () => {
    expect(due('2025-01-03', { amount: 10, unit: 'days' })).toEqual({ due: '2025-01-13', rolledFrom: undefined, skipped: [], projected: false });
  });

  it('days skip nothing, even across Christmas: Thu 18 Dec 2025 + 14 days = Thu 1 Jan 2026', () => {
    expect(due('2025-12-18', { amount: 14, unit: 'days' }).skipped).toEqual([]);
    expect(due('2025-12-18', { amount: 14, unit: 'days' }).due).toBe('2026-01-01');
  });

  it('weeks: Wed 1 Jan 2025 + 2 weeks = Wed 15 Jan; + 1 week = Wed 8 Jan; + 3 weeks = Wed 22 Jan', () => {
    expect(due('2025-01-01', { amount: 2, unit: 'weeks' }).due).toBe('2025-01-15');
    expect(due('2025-01-01', { amount: 1, unit: 'weeks' }).due).toBe('2025-01-08');
    expect(due('2025-01-01', { amount: 3, unit: 'weeks' }).due).toBe('2025-01-22');
  });

  it('months: 31 Jan 2025 + 1 month = 28 Feb (the month has no 31st)', () => {
    expect(due('2025-01-31', { amount: 1, unit: 'months' }).due).toBe('2025-02-28');
  });

  it('working days, start excluded: Thu 19 Dec 2024 + 15 = Tue 14 Jan 2025, skipping 25, 26 Dec and 1 Jan', () => {
    // 20, 23, 24, 27, 30, 31 Dec (6); 2, 3, 6, 7, 8, 9, 10, 13, 14 Jan (15).
    expect(due('2024-12-19', { amount: 15, unit: 'working-days' })).toEqual({
      due: '2025-01-14', rolledFrom: undefined, skipped: ['2024-12-25', '2024-12-26', '2025-01-01'], projected: false,
    });
  });

  it('working days, start included, from a working day: one earlier, Mon 13 Jan 2025', () => {
    // Thu 19 Dec counts as the first: 19, 20, 23, 24, 27, 30, 31 Dec (7); 2, 3, 6, 7, 8, 9, 10, 13 Jan (15).
    expect(due('2024-12-19', { amount: 15, unit: 'working-days', counting: 'start-included' }).due).toBe('2025-01-13');
  });

  it('working days, start included, from a Saturday: the Saturday does not count, so as start excluded', () => {
    // Sat 21 Dec: 23, 24, 27, 30, 31 Dec (5); 2, 3, 6, 7, 8, 9, 10, 13, 14, 15 Jan (15) = Wed 15 Jan.
    expect(due('2024-12-21', { amount: 15, unit: 'working-days', counting: 'start-included' }).due).toBe('2025-01-15');
    expect(due('2024-12-21', { amount: 15, unit: 'working-days' }).due).toBe('2025-01-15');
  });

  it('working days, dfe-census: the start is day 1 whatever day it is, so 45 from Mon 6 Jan 2025 is Fri 7 Mar, one before Mon 10 Mar', () => {
    // 44 working days after Mon 6 Jan: 7-10, 13-17, 20-24, 27-31 Jan (19); the 20 of February (39);
    // 3-7 Mar (44) = Fri 7 Mar. Start excluded, the 45th is the next, Mon 10 Mar.
    expect(due('2025-01-06', { amount: 45, unit: 'working-days', counting: 'dfe-census' }).due).toBe('2025-03-07');
    expect(due('2025-01-06', { amount: 45, unit: 'working-days' }).due).toBe('2025-03-10');
    // From Sat 4 Jan the Saturday is day 1 too: 44 working days after it end on Thu 6 Mar.
    expect(due('2025-01-04', { amount: 45, unit: 'working-days', counting: 'dfe-census' }).due).toBe('2025-03-06');
  });

  it('working days, dfe-census, one day: due on the start, or the next working day when it is not one (Sat 4 Jan 2025 → Mon 6 Jan)', () => {
    expect(due('2025-01-06', { amount: 1, unit: 'working-days', counting: 'dfe-census' }).due).toBe('2025-01-06');
    expect(due('2025-01-04', { amount: 1, unit: 'working-days', counting: 'dfe-census' }).due).toBe('2025-01-06');
    expect(due('2025-01-06', { amount: 2, unit: 'working-days', counting: 'dfe-census' }).due).toBe('2025-01-07');
  });

  it('working days in a year whose bank holidays are projected say so: Mon 6 Jan 2031 + 5 = Mon 13 Jan', () => {
    expect(due('2031-01-06', { amount: 5, unit: 'working-days' })).toEqual({ due: '2031-01-13', rolledFrom: undefined, skipped: [], projected: true });
  });
});

describe('dueDate, the forward roll', () => {
  it('a due date on a Saturday rolls to the Monday: Mon 6 Jan 2025 + 5 days = Sat 11 Jan → Mon 13 Jan', () => {
    expect(due('2025-01-06', { amount: 5, unit: 'days', roll: 'forward' })).toEqual({ due: '2025-01-13', rolledFrom: '2025-01-11', skipped: [], projected: false });
  });

  it('rolls past bank holidays: Thu 18 Dec 2025 + 1 week = Thu 25 Dec; 26 Dec, a Friday, too → Mon 29 Dec', () => {
    expect(due('2025-12-18', { amount: 1, unit: 'weeks', roll: 'forward' })).toMatchObject({ due: '2025-12-29', rolledFrom: '2025-12-25' });
  });

  it('a due date on a working day does not move: Mon 6 Jan 2025 + 7 days = Mon 13 Jan', () => {
    expect(due('2025-01-06', { amount: 7, unit: 'days', roll: 'forward' })).toEqual({ due: '2025-01-13', rolledFrom: undefined, skipped: [], projected: false });
  });

  it('without the roll a Saturday stays: + 5 days = Sat 11 Jan 2025', () => {
    expect(due('2025-01-06', { amount: 5, unit: 'days', roll: 'none' }).due).toBe('2025-01-11');
    expect(due('2025-01-06', { amount: 5, unit: 'days' }).due).toBe('2025-01-11');
  });

  it('a roll in a projected year relies on the projection; a calendar count that does not roll does not', () => {
    // Mon 6 Jan 2031 + 5 days = Sat 11 Jan → Mon 13 Jan.
    expect(due('2031-01-06', { amount: 5, unit: 'days', roll: 'forward' })).toEqual({ due: '2031-01-13', rolledFrom: '2031-01-11', skipped: [], projected: true });
    expect(due('2031-01-06', { amount: 5, unit: 'days' }).projected).toBe(false);
    expect(due('2031-01-06', { amount: 7, unit: 'days', roll: 'forward' }).projected).toBe(false);
  });
});

describe('dueDate, hours', () => {
  it('from a recorded instant: elapsed hours, across the spring clock change', () => {
    // Sat 29 Mar 2025 12:00 GMT + 24 h = Sun 30 Mar 12:00 UTC, 13:00 BST (clocks went forward at 01:00 UTC).
    const result = dueDate({ day: toDayNumber('2025-03-29'), epochMs: Date.UTC(2025, 2, 29, 12) }, { amount: 24, unit: 'hours' }, calendar);
    expect(result).toEqual({ day: toDayNumber('2025-03-30'), at: '2025-03-30T13:00:00+01:00', epochMs: Date.UTC(2025, 2, 30, 12), skipped: [], projected: false });
  });

  it('from a date only: whole days, rounding up (24 h = next day, 25 h and 48 h = two days, 72 h = three)', () => {
    const from = (amount: number) => fromDayNumber(dueDate({ day: toDayNumber('2025-01-06') }, { amount, unit: 'hours' }, calendar).day);
    expect([24, 25, 48, 72].map(from)).toEqual(['2025-01-07', '2025-01-08', '2025-01-08', '2025-01-09']);
    expect(dueDate({ day: toDayNumber('2025-01-06') }, { amount: 24, unit: 'hours' }, calendar)).toEqual({ day: toDayNumber('2025-01-07'), skipped: [], projected: false });
  });
});

describe('judgedDay', () => {
  it('is the as-of day itself, or under dfe-census the as-of day moved to a working day (Sat 29 Mar 2025 → Mon 31 Mar)', () => {
    const judged = (asOf: string, counting?: 'dfe-census' | 'start-included') => fromDayNumber(judgedDay(toDayNumber(asOf), counting, calendar));
    expect(judged('2025-03-29', 'dfe-census')).toBe('2025-03-31');
    expect(judged('2025-03-31', 'dfe-census')).toBe('2025-03-31');
    expect(judged('2025-03-29')).toBe('2025-03-29');
    expect(judged('2025-03-29', 'start-included')).toBe('2025-03-29');
  });
});
