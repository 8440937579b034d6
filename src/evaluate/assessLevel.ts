import type { Facts } from '../rules/evaluateCondition.js';
import { evaluateCondition } from '../rules/evaluateCondition.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import type { NeedProfile } from '../rules/needProfile.js';
import type { Level, Threshold } from '../rules/ruleFileSchema.js';

/** The level a rule set's thresholds give a need profile, and the threshold that gave it. */
export interface LevelAssessment {
  /** The highest level whose threshold holds; null when no threshold covers the profile. */
  level: 1 | 2 | 3 | 4 | null;
  /** The authority's definition of that level. */
  definition: Level | null;
  /** The threshold that gave the level (the first listed, if several hold at that level). */
  threshold: Threshold | null;
  /** Every threshold that holds, highest level first. */
  held: Threshold[];
}

/**
 * Levels a need profile under a rule set's thresholds: the highest level any threshold
 * reaches, so the order of thresholds in the file does not matter.
 *
 * @example assessLevel(loadRuleSet('st-helens'), { section47: 'none', section17: 'met', agencies: 3, complexity: 'multiple' }).level // 3
 */
export function assessLevel(ruleSet: RuleSet, needs: NeedProfile, facts: Facts = needs): LevelAssessment {
  const held = ruleSet.thresholds
    .filter((t) => evaluateCondition(t.conditions, facts))
    .sort((a, b) => b.level - a.level);
  const threshold = held[0] ?? null;
  const level = threshold ? (threshold.level as 1 | 2 | 3 | 4) : null;
  return { level, definition: ruleSet.levels.find((l) => l.level === level) ?? null, threshold, held };
}
