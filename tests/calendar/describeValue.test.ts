import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/calendar/describeValue.js';

describe('describeValue (a value as an error message quotes it)', () => {
  it('writes JSON where it can', () => {
    expect(describeValue('2025-02-30')).toBe('"2025-02-30"');
    expect(describeValue({ day: 3 })).toBe('{"day":3}');
    // A valid Date is written by its toJSON: the instant in UTC, not "an invalid Date".
    expect(describeValue(new Date(Date.UTC(2025, 0, 1)))).toBe('"2025-01-01T00:00:00.000Z"');
  });

  it('writes numbers as themselves, where JSON would write NaN and Infinity as null', () => {
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(-Infinity)).toBe('-Infinity');
    expect(describeValue(2.5)).toBe('2.5');
  });

  it('says "an invalid Date" where JSON would write null', () => {
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date');
  });

  it('writes what JSON leaves out (undefined) as a string', () => {
    expect(describeValue(undefined)).toBe('undefined');
  });

  it('names the type, with "a" or "an", where the value cannot be written', () => {
    const circular: { self?: unknown } = {};
    circular.self = circular;
    expect(describeValue(10n)).toBe('a bigint'); // "bigint" starts with a consonant, though it holds an "i"
    expect(describeValue(circular)).toBe('an object');
  });

  it('cuts text longer than 80 characters to 77 and an ellipsis', () => {
    // 78 letters in quotes are 80 characters: kept whole.
    const eighty = `"${'a'.repeat(78)}"`;
    expect(describeValue('a'.repeat(78))).toBe(eighty);
    // 79 letters in quotes are 81: the quote and 76 letters, then "...", 80 characters in all.
    expect(describeValue('a'.repeat(79))).toBe(`"${'a'.repeat(76)}...`);
  });
});
