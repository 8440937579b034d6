import { describe, expect, it } from 'vitest';
import { assessLevel } from '../../src/evaluate/assessLevel.js';
import { evaluateCase } from '../../src/evaluate/evaluateCase.js';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';

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

  it('evaluateCase gives each result its own copy of the reasons', () => {
    const record = { id: 'R-1', authority: 'st-helens', currentLevel: 3, needs: childInNeed, events: [] };
    const first = evaluateCase(record, { asOf: '2025-03-03' });
    first.level.reasons.push('changed by a caller');
    expect(evaluateCase(record, { asOf: '2025-03-03' }).level.reasons).toEqual([assessLevel(stHelens, childInNeed).threshold?.reason]);
  });
});
