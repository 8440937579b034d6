import { describe, expect, it } from 'vitest';
import { holdsOn, periodOf } from '../../src/rules/ruleSetInForce.js';

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

describe('periodOf and holdsOn', () => {
  it('reads the dates an item holds between as day numbers, an open end as ±Infinity', () => {
    expect(periodOf({ effectiveFrom: '2023-12-15' })).toEqual([day(2023, 12, 15), Infinity]);
    expect(periodOf({ effectiveFrom: '2018-07-04', effectiveTo: '2023-12-14' })).toEqual([day(2018, 7, 4), day(2023, 12, 14)]);
    expect(periodOf({})).toEqual([-Infinity, Infinity]);
  });

  it('works a period out once per item', () => {
    const item = { effectiveFrom: '2022-04-01' };
    expect(periodOf(item)).toBe(periodOf(item));
  });

  it('holds on both end days, and not a day outside them', () => {
    const edition = { effectiveFrom: '2018-07-04', effectiveTo: '2023-12-14' };
    expect([day(2018, 7, 3), day(2018, 7, 4), day(2023, 12, 14), day(2023, 12, 15)].map((d) => holdsOn(edition, d)))
      .toEqual([false, true, true, false]);
  });
});
