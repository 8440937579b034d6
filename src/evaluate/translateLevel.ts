import * as z from 'zod';
import { describeValue } from '../calendar/describeValue.js';
import { BUILT_IN_RULE_SETS, builtInRuleSet, isRuleSet, type RuleSet } from '../rules/resolveRuleSet.js';
import { NeedProfileSchema, type NeedProfile } from '../rules/needProfile.js';
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

/** A rule set given by its built-in id or as loaded; anything else is named in the error. */
function ruleSetArgument(value: unknown, name: string): RuleSet {
  if (typeof value === 'string') return builtInRuleSet(value);
  if (isRuleSet(value)) return value;
  throw new TypeError(`translateLevel: ${name} ${describeValue(value)} is not a rule set: give the id of a built-in one `
    + `(${BUILT_IN_RULE_SETS.join(', ')}) or one that loadRuleSet or parseRuleSet returned`);
}

/**
 * Translates a case's level to another authority, as when a family moves. With the need
 * profile, the target's own thresholds give the level exactly. With only a level, the target
 * levels of the same kind (universal, early help, or engaging the same Children Act duties)
 * are given, as candidates for the receiving authority to decide between. A rule set may be
 * given by its built-in id.
 *
 * @example translateLevel({ needs }, loadRuleSet('warrington')).levels // [3]
 * @example translateLevel({ level: 3, ruleSet: 'st-helens' }, 'warrington').levels // [4]
 * @throws RuleSetError naming an id that is no built-in rule set; TypeError naming any other argument it cannot read.
 */
export function translateLevel(from: { needs: NeedProfile } | { level: number; ruleSet: RuleSet | string },
  toRuleSet: RuleSet | string): LevelTranslation {
  const to = ruleSetArgument(toRuleSet, 'to');
  if (from !== null && typeof from === 'object' && 'needs' in from) {
    const needs = NeedProfileSchema.safeParse(from.needs);
    if (!needs.success) throw new TypeError(`translateLevel: from.needs is not a need profile:\n${z.prettifyError(needs.error)}`);
    const assessed = assessLevel(to, needs.data);
    return {
      levels: assessed.level === null ? [] : [assessed.level],
      exact: assessed.level !== null,
      reason: assessed.threshold
        ? `Under ${to.id}'s thresholds: ${assessed.threshold.reason}`
        : `No threshold of ${to.id} covers these needs`,
      citations: assessed.threshold ? [assessed.threshold.citation] : [],
    };
  }
  if (from === null || typeof from !== 'object' || !('ruleSet' in from)) {
    throw new TypeError(`translateLevel: from ${describeValue(from)} is neither { needs } nor { level, ruleSet }`);
  }
  const fromRuleSet = ruleSetArgument(from.ruleSet, 'from.ruleSet');
  const source = fromRuleSet.levels.find((l) => l.level === from.level);
  if (!source) return { levels: [], exact: false, reason: `${fromRuleSet.id} has no level ${from.level}`, citations: [] };
  const matches = to.levels.filter((l) => l.earlyHelp === source.earlyHelp && (source.statutory.length === 0
    ? l.statutory.length === 0 : l.statutory.some((duty) => source.statutory.includes(duty))));
  return {
    levels: matches.map((l) => l.level),
    exact: false,
    reason: matches.length > 0
      ? `Level ${source.level} in ${fromRuleSet.id} (${source.name}) is ${meaning(source)}; in ${to.id} so ${matches.length === 1 ? 'is' : 'are'} ${matches.map((l) => `level ${l.level} (${l.name})`).join(' and ')}. Without the need profile the receiving authority decides.`
      : `No level in ${to.id} has the meaning of level ${source.level} in ${fromRuleSet.id} (${meaning(source)})`,
    citations: [source.citation, ...matches.map((l) => l.citation)],
  };
}
