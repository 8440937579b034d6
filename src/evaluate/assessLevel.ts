import type { Facts } from '../rules/evaluateCondition.js';
import { evaluateCondition } from '../rules/evaluateCondition.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import { NeedProfileSchema, type NeedProfile } from '../rules/needProfile.js';
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
  /** Why the level is met: the reasons of the thresholds that hold at that level. */
  reasons: string[];
}

const assessments = new WeakMap<RuleSet, Map<number, LevelAssessment>>();

const { section47, section17, agencies, complexity } = NeedProfileSchema.shape;
const AGENCY_COUNTS = (agencies.maxValue as number) + 1;

/** A need profile as one number, a cheaper cache key than a string: each answer a digit in its own base. */
function profileKey(needs: NeedProfile): number {
  // Stryker disable next-line ArithmeticOperator: s47 × 3 − s17 and s47 / 3 + s17 are one-to-one on these answers too, so no two profiles share a key
  const answers = section47.options.indexOf(needs.section47) * section17.options.length + section17.options.indexOf(needs.section17);
  // Stryker disable next-line ArithmeticOperator: − for either +, and answers / 100, stay one-to-one (agencies < 100, complexity < 5); ÷ 5 for × 5 does not, and the test of every profile killed it before this comment
  return (answers * AGENCY_COUNTS + needs.agencies) * complexity.options.length + complexity.options.indexOf(needs.complexity);
}

/**
 * Levels a need profile under a rule set's thresholds: the highest level any threshold
 * reaches, so the order of thresholds in the file does not matter. Thresholds read only the
 * need profile, so each profile is assessed once per rule set.
 *
 * @example assessLevel(loadRuleSet('st-helens'), { section47: 'none', section17: 'met', agencies: 3, complexity: 'multiple' }).level // 3
 */
export function assessLevel(ruleSet: RuleSet, needs: NeedProfile): LevelAssessment {
  let byProfile = assessments.get(ruleSet);
  if (!byProfile) {
    byProfile = new Map();
    assessments.set(ruleSet, byProfile);
  }
  const key = profileKey(needs);
  let assessment = byProfile.get(key);
  if (!assessment) {
    const held = ruleSet.thresholds
      .filter((t) => evaluateCondition(t.conditions, needs as unknown as Facts))
      .sort((a, b) => b.level - a.level);
    const threshold = held[0] ?? null;
    const level = threshold ? (threshold.level as 1 | 2 | 3 | 4) : null;
    // Shared by every case with this profile: frozen, so no caller can change another's answer.
    assessment = Object.freeze({ level, definition: ruleSet.levels.find((l) => l.level === level) ?? null, threshold,
      held: Object.freeze(held) as Threshold[],
      reasons: Object.freeze(held.filter((t) => t.level === level).map((t) => t.reason)) as string[] });
    byProfile.set(key, assessment);
  }
  return assessment;
}
