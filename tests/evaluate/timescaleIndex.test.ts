/** The timescales of a rule set indexed by id and start event, and the edition in force on a day. */
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/calendar/dayNumber.js';
import { editionOn, timescaleIndex, type Edition } from '../../src/evaluate/timescaleIndex.js';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';

// A fresh copy of the rule set: the index is kept per rule set object, so each test builds its own.
const warrington = () => timescaleIndex({ ...loadRuleSet('warrington') });

describe('timescaleIndex', () => {
  it("Warrington's referral decision: two editions of the national base, Working Together 2018 to Thu 14 Dec 2023, 2023 from Fri 15 Dec", () => {
    const index = warrington();
    const referral = index.byStartType.get('referral-received')?.map(({ group, editions }) =>
      [group, editions.map((e) => [e.timescale.id, e.timescale.effectiveFrom, e.timescale.effectiveTo])]);
    expect(referral).toEqual([
      [0, [['referral-decision', '2018-07-04', '2023-12-14'], ['referral-decision', '2023-12-15', undefined]]],
      [1, [['child-and-family-assessment', '2018-07-04', '2023-12-14'], ['child-and-family-assessment', '2023-12-15', undefined]]],
    ]);
    // The editions' days: 4 Jul 2018 to 14 Dec 2023, then 15 Dec 2023 with no end.
    expect(index.groups[0]?.map((e) => [e.from, e.to])).toEqual([[toDayNumber('2018-07-04'), toDayNumber('2023-12-14')], [toDayNumber('2023-12-15'), Infinity]]);
  });

  it('is worked out once per rule set: asked again, the same index', () => {
    const ruleSet = { ...loadRuleSet('warrington') };
    expect(timescaleIndex(ruleSet)).toBe(timescaleIndex(ruleSet));
  });
});

describe('editionOn', () => {
  const [wt2018, wt2023] = warrington().groups[0] as [Edition, Edition];

  it('both ends of an edition are in force: Thu 14 Dec 2023 is the 2018 edition\'s last day, Fri 15 Dec the 2023 one\'s first', () => {
    expect(editionOn([wt2018, wt2023], toDayNumber('2018-07-04'))).toBe(wt2018);
    expect(editionOn([wt2018, wt2023], toDayNumber('2023-12-14'))).toBe(wt2018);
    expect(editionOn([wt2018, wt2023], toDayNumber('2023-12-15'))).toBe(wt2023);
  });

  it('no edition before the first or after one that ends', () => {
    expect(editionOn([wt2018, wt2023], toDayNumber('2018-07-03'))).toBeUndefined();
    expect(editionOn([wt2018], toDayNumber('2023-12-15'))).toBeUndefined();
  });
});
