import { describe, expect, it } from 'vitest';
import { CLOSURE_SHAPES, ClosureSchema, closureDay, notAClosureList } from '../../src/calendar/closureSchema.js';

const SHAPES = 'a date written YYYY-MM-DD, or { "date": "YYYY-MM-DD", "reason": "why the office is closed" }';

/** The messages a value fails ClosureSchema with, or the parsed value. */
function parse(value: unknown): unknown {
  const result = ClosureSchema.safeParse(value);
  return result.success ? result.data : result.error.issues.map((issue) => issue.message);
}

describe('ClosureSchema (a closure day as a rule file or createCalendar writes it)', () => {
  it('takes a date, or a date with its reason, as written', () => {
    expect(parse('2025-12-29')).toBe('2025-12-29');
    expect(parse({ date: '2025-04-09', reason: 'Staff training day' })).toEqual({ date: '2025-04-09', reason: 'Staff training day' });
  });

  it('names the value and both shapes when it is neither', () => {
    expect(CLOSURE_SHAPES).toBe(SHAPES);
    expect(parse(42)).toEqual([`42 is not a closure day: give ${SHAPES}`]);
    expect(parse({ date: '2025-04-09' })).toEqual([`{"date":"2025-04-09"} is not a closure day: give ${SHAPES}`]);
  });

  it('says when a string is a date that does not exist (30 February)', () => {
    expect(parse('2025-02-30')).toEqual(['"2025-02-30" is not a real date written YYYY-MM-DD']);
  });

  it('words the error for closures that are not a list', () => {
    expect(notAClosureList({ input: '2025-12-29' })).toBe(`"2025-12-29" is not a list of closure days: give an array, each ${SHAPES}`);
  });
});

describe('closureDay (one shape for either)', () => {
  it('gives a bare date as { date }, and a dated reason as it is', () => {
    expect(closureDay('2025-12-29')).toEqual({ date: '2025-12-29' });
    expect(closureDay({ date: '2025-04-09', reason: 'Staff training day' })).toEqual({ date: '2025-04-09', reason: 'Staff training day' });
  });
});
