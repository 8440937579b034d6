import { describe, expect, it } from 'vitest';
import { assessLevel } from '../../src/evaluate/assessLevel.js';
import { evaluateCase } from '../../src/evaluate/evaluateCase.js';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';
import { NeedProfileSchema } from '../../src/rules/needProfile.js';

const stHelens = loadRuleSet('st-helens');
const childInNeed = { section47: 'none', section17: 'met', agencies: 3, complexity: 'multiple' } as const;

describe('assessLevel', () => {
  it('gives the highest level any threshold reaches, with every threshold that holds and the reasons at that level', () => {
    const assessment = assessLevel(stHelens, childInNeed);
    expect(assessment.level).toBe(3);
    expect(assessment.threshold?.id).toBe('level-3-section-17-met');
    expect(assessment.held.map((t) => [t.id, t.level])).toEqual([['level-3-section-17-met', 3], ['level-2-multi-agency', 2]]);
    expect(assessment.reasons).toEqual([assessment.threshold?.reason]);
    expect(assessment.definition).toBe(stHelens.levels[2]);
  });

  it('the order of the thresholds in the file does not matter: listed lowest level first, the same answer', () => {
    const reversed = { ...stHelens, thresholds: [...stHelens.thresholds].reverse() };
    expect(reversed.thresholds.map((t) => t.level)).not.toEqual(stHelens.thresholds.map((t) => t.level));
    const assessment = assessLevel(reversed, childInNeed);
    expect(assessment.level).toBe(3);
    expect(assessment.threshold?.id).toBe('level-3-section-17-met');
    expect(assessment.held.map((t) => [t.id, t.level])).toEqual([['level-3-section-17-met', 3], ['level-2-multi-agency', 2]]);
  });

  it('assesses each profile once per rule set: the same frozen answer, whatever object carries the profile', () => {
    const first = assessLevel(stHelens, childInNeed);
    expect(assessLevel(stHelens, { ...childInNeed })).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.reasons)).toBe(true);
    // Profiles that differ in any one answer are told apart.
    expect(assessLevel(stHelens, { ...childInNeed, section17: 'not-met' })).not.toBe(first);
    expect(assessLevel(stHelens, { ...childInNeed, agencies: 4 })).not.toBe(first);
    expect(assessLevel(stHelens, { ...childInNeed, complexity: 'complex' })).not.toBe(first);
    expect(assessLevel(stHelens, { ...childInNeed, section47: 'likely' }).level).toBe(4);
  });

  it('never mistakes one profile for another: every profile, asked of one rule set in turn, gets the answer a fresh rule set gives it', () => {
    // The cache key packs the four answers into one number; two profiles sharing a key would get each other's answer.
    // 3 × 3 × 100 (0–99 agencies) × 5 = 4,500 profiles per authority.
    const { section47, section17, complexity } = NeedProfileSchema.shape;
    for (const authority of ['st-helens', 'warrington', 'york', 'sefton']) {
      const ruleSet = { ...loadRuleSet(authority) };
      const wrong: string[] = [];
      for (const s47 of section47.options) for (const s17 of section17.options) for (let agencies = 0; agencies <= 99; agencies += 1) {
        for (const c of complexity.options) {
          const needs = { section47: s47, section17: s17, agencies, complexity: c };
          const cached = assessLevel(ruleSet, needs);
          const fresh = assessLevel({ ...ruleSet }, needs);
          if (cached.threshold?.id !== fresh.threshold?.id || cached.held.length !== fresh.held.length) wrong.push(JSON.stringify(needs));
        }
      }
      expect(wrong, authority).toEqual([]);
    }
  });

  it('evaluateCase gives each result its own copy of the reasons', () => {
    const record = { id: 'R-1', authority: 'st-helens', currentLevel: 3, needs: childInNeed, events: [] };
    const first = evaluateCase(record, { asOf: '2025-03-03' });
    first.level.reasons.push('changed by a caller');
    expect(evaluateCase(record, { asOf: '2025-03-03' }).level.reasons).toEqual([assessLevel(stHelens, childInNeed).threshold?.reason]);
  });
});
