import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';
import { ruleSetInForce } from '../../src/rules/ruleSetInForce.js';
import type { Timescale } from '../../src/rules/ruleFileSchema.js';

// The national statutory timescales of Working Together to Safeguard Children, as tabled in
// ../shared/SOURCES.md ("National statutory timescales (England)", l.93-111): the 2018 edition
// until 14 December 2023, the 2023 edition (which "kept these timescales") from 15 December 2023.

const expected: { id: string; amount: number; unit: Timescale['unit']; repeat?: { amount: number; unit: Timescale['unit'] } }[] = [
  // "within one working day of the referral being received"
  { id: 'referral-decision', amount: 1, unit: 'working-days' },
  // "no longer than 45 working days from the point of referral"
  { id: 'child-and-family-assessment', amount: 45, unit: 'working-days' },
  // "within 15 working days of the strategy discussion"
  { id: 'initial-child-protection-conference', amount: 15, unit: 'working-days' },
  // "within 10 working days of the initial conference"
  { id: 'first-core-group', amount: 10, unit: 'working-days' },
  // "within 3 months of the initial conference"; "at intervals of not more than 6 months"
  { id: 'child-protection-review-conference', amount: 3, unit: 'months', repeat: { amount: 6, unit: 'months' } },
];

describe('Working Together national timescales', () => {
  const ruleSet = loadRuleSet('england/working-together');

  it('has no levels, thresholds or pathways of its own', () => {
    expect(ruleSet.levels).toEqual([]);
    expect(ruleSet.thresholds).toEqual([]);
    expect(ruleSet.pathways).toEqual([]);
  });

  it.each(expected)('$id is in both editions with the same amount and unit, one after the other', ({ id, amount, unit, repeat }) => {
    const items = ruleSet.timescales.filter((t) => t.id === id);
    expect(items.map((t) => t.citation.source).sort()).toEqual(['wt-2018', 'wt-2023']);
    const wt2018 = items.find((t) => t.citation.source === 'wt-2018')!;
    const wt2023 = items.find((t) => t.citation.source === 'wt-2023')!;
    for (const t of [wt2018, wt2023]) {
      expect(t).toMatchObject({ amount, unit });
      if (repeat) expect(t.repeat).toMatchObject({ ...repeat, citation: { source: t.citation.source } });
      else expect(t.repeat).toBeUndefined();
    }
    // Periods do not overlap and leave no gap: 2018 holds from its publication, 4 July 2018 (the file's
    // effectiveFrom), to 14 December 2023; 2023 starts the next day.
    expect(wt2018).toMatchObject({ effectiveFrom: '2018-07-04', effectiveTo: '2023-12-14' });
    expect(wt2023).toMatchObject({ effectiveFrom: '2023-12-15' });
    expect(wt2023.effectiveTo).toBeUndefined();
    expect(wt2018.start).toEqual(wt2023.start);
    expect(wt2018.end).toEqual(wt2023.end);
  });

  it('has exactly these five timescales, twice each, and the census’s own assessment measure once', () => {
    expect(ruleSet.timescales).toHaveLength(11);
    expect([...new Set(ruleSet.timescales.map((t) => t.id))].sort())
      .toEqual([...expected.map((e) => e.id), 'census-assessment-duration'].sort());
    // The DfE's measure (../shared/CIN-CENSUS.md l.40-44): 45 working days from the assessment's start to its authorisation.
    expect(ruleSet.timescales.filter((t) => t.id === 'census-assessment-duration')).toEqual([expect.objectContaining({
      amount: 45, unit: 'working-days', start: { event: 'assessment-started', where: { kind: ['child-and-family'] } },
      end: { event: 'assessment-completed', where: { kind: ['child-and-family'] } }, citation: expect.objectContaining({ source: 'dfe-cin-census' }),
    })]);
  });

  it('cites the 2018 edition on 14 December 2023 and the 2023 edition on 15 December 2023', () => {
    const before = ruleSetInForce(ruleSet, '2023-12-14').timescales;
    const after = ruleSetInForce(ruleSet, '2023-12-15').timescales;
    // Five Working Together timescales each, and the census measure, which holds in both periods.
    expect(before).toHaveLength(6);
    expect(after).toHaveLength(6);
    expect(new Set(before.map((t) => t.citation.source))).toEqual(new Set(['wt-2018', 'dfe-cin-census']));
    expect(new Set(after.map((t) => t.citation.source))).toEqual(new Set(['wt-2023', 'dfe-cin-census']));
    expect(before.map((t) => t.id).sort()).toEqual(after.map((t) => t.id).sort());
  });

  it('is inherited whole by a council rule set', () => {
    const sefton = loadRuleSet('sefton');
    for (const date of ['2023-12-14', '2023-12-15']) {
      const national = ruleSetInForce(ruleSet, date).timescales;
      const council = ruleSetInForce(sefton, date).timescales;
      for (const t of national) expect(council).toContainEqual(t);
    }
  });
});
