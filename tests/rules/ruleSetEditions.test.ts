import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';
import { ruleSetEditions } from '../../src/rules/ruleSetEditions.js';

const citation = { source: 'local', section: 'Standard 1', quote: 'within 5 working days' };

describe('ruleSetEditions', () => {
  it('splits Working Together at the 2023 edition (in force from 15 December 2023)', () => {
    const editions = ruleSetEditions(loadRuleSet('england/working-together'));
    expect(editions.map((e) => [e.from, e.to])).toEqual([['2018-07-04', '2023-12-14'], ['2023-12-15', null]]);
    // Five Working Together timescales each, and the DfE census's assessment measure, which has no editions.
    expect(editions.map((e) => [...new Set(e.inForce.timescales.map((t) => t.citation.source))].sort()))
      .toEqual([['dfe-cin-census', 'wt-2018'], ['dfe-cin-census', 'wt-2023']]);
    expect(editions.map((e) => e.inForce.timescales.length)).toEqual([6, 6]);
  });

  it('starts a council file at its own effectiveFrom: St Helens from 1 April 2022, under Working Together 2018 then 2023', () => {
    const editions = ruleSetEditions(loadRuleSet('st-helens'));
    expect(editions.map((e) => [e.from, e.to])).toEqual([['2022-04-01', '2023-12-14'], ['2023-12-15', null]]);
    // 12 St Helens timescales, the 5 national ones of the edition and the census measure.
    expect(editions.map((e) => e.inForce.timescales.length)).toEqual([18, 18]);
  });

  it('starts an edition when a timescale comes into force, stops at the file\'s effectiveTo, and has one edition when nothing changes', () => {
    const file = {
      id: 'pilot', name: 'Pilot', authority: 'St Helens', version: '1.0.0', effectiveFrom: '2024-01-01', effectiveTo: '2026-03-31',
      extends: 'st-helens', sources: [{ id: 'local', title: 'Local standard', publisher: 'St Helens Council', year: 2025 }],
      timescales: [{ id: 'pilot-visit', title: 'Visit', start: { event: 'case-allocated' }, end: { event: 'child-seen' },
        amount: 5, unit: 'working-days', citation, effectiveFrom: '2025-04-01', effectiveTo: '2027-03-31' }],
    };
    const editions = ruleSetEditions(loadRuleSet(file));
    // The pilot visit starts on 1 April 2025; its end (31 March 2027) is after the file's, so it is no change.
    expect(editions.map((e) => [e.from, e.to, e.inForce.timescales.length])).toEqual([
      ['2024-01-01', '2025-03-31', 18], ['2025-04-01', '2026-03-31', 19]]);
    expect(ruleSetEditions(loadRuleSet({ ...file, timescales: [] })).map((e) => [e.from, e.to])).toEqual([['2024-01-01', '2026-03-31']]);
  });
});
