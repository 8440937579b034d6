import type { RuleSet } from '../rules/loadRuleSet.js';
import type { NeedProfile } from '../rules/needProfile.js';
import type { Citation, Level } from '../rules/ruleFileSchema.js';
import { assessLevel } from './assessLevel.js';

/** The level(s) a case has under another authority's rule set, and why. */
export interface LevelTranslation {
  levels: number[];
  /** True when the need profile was known, so the target's own thresholds gave one level. */
  exact: boolean;
  reason: string;
  citations: Citation[];
}

const meaning = (level: Level): string => (level.statutory.length > 0 ? `statutory (${level.statutory.join(', ')})`
  : level.earlyHelp ? 'early help' : 'universal');

/**
 * Translates a case's level to another authority, as when a family moves. With the need
 * profile, the target's own thresholds give the level exactly. With only a level, the target
 * levels of the same kind (universal, early help, or engaging the same Children Act duties)
 * are given, as candidates for the receiving authority to decide between.
 *
 * @example translateLevel({ needs }, loadRuleSet('warrington')).levels // [3]
 * @example translateLevel({ level: 3, ruleSet: loadRuleSet('st-helens') }, loadRuleSet('warrington')).levels // [4]
 */
export function translateLevel(from: { needs: NeedProfile } | { level: number; ruleSet: RuleSet }, to: RuleSet): LevelTranslation {
  if ('needs' in from) {
    const assessed = assessLevel(to, from.needs);
    return {
      levels: assessed.level === null ? [] : [assessed.level],
      exact: assessed.level !== null,
      reason: assessed.threshold
        ? `Under ${to.id}'s thresholds: ${assessed.threshold.reason}`
        : `No threshold of ${to.id} covers these needs`,
      citations: assessed.threshold ? [assessed.threshold.citation] : [],
    };
  }
  const source = from.ruleSet.levels.find((l) => l.level === from.level);
  if (!source) return { levels: [], exact: false, reason: `${from.ruleSet.id} has no level ${from.level}`, citations: [] };
  const matches = to.levels.filter((l) => l.earlyHelp === source.earlyHelp && (source.statutory.length === 0
    ? l.statutory.length === 0 : l.statutory.some((duty) => source.statutory.includes(duty))));
  return {
    levels: matches.map((l) => l.level),
    exact: false,
    reason: matches.length > 0
      ? `Level ${source.level} in ${from.ruleSet.id} (${source.name}) is ${meaning(source)}; in ${to.id} so ${matches.length === 1 ? 'is' : 'are'} ${matches.map((l) => `level ${l.level} (${l.name})`).join(' and ')}. Without the need profile the receiving authority decides.`
      : `No level in ${to.id} has the meaning of level ${source.level} in ${from.ruleSet.id} (${meaning(source)})`,
    citations: [source.citation, ...matches.map((l) => l.citation)],
  };
}
