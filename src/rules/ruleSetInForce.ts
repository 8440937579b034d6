import { toDayNumber, type DateInput } from '../calendar/dayNumber.js';
import type { RuleSet } from './loadRuleSet.js';

interface Dated {
  effectiveFrom?: string | undefined;
  effectiveTo?: string | undefined;
}

/** Whether an item holds on a day (both ends inclusive; an open end holds for ever). */
export function holdsOn(item: Dated, day: number): boolean {
  return (item.effectiveFrom === undefined || toDayNumber(item.effectiveFrom) <= day)
    && (item.effectiveTo === undefined || toDayNumber(item.effectiveTo) >= day);
}

/**
 * The rule set as it stood on a date: only the thresholds, timescales and pathways in force
 * then, so that a case from 2022 is read under Working Together 2018 and one from 2024 under
 * the 2023 edition.
 *
 * @example ruleSetInForce(loadRuleSet('england/working-together'), '2023-12-14').timescales[0].citation.source // 'wt-2018'
 */
export function ruleSetInForce(ruleSet: RuleSet, date: DateInput): RuleSet {
  const day = toDayNumber(date);
  return {
    ...ruleSet,
    thresholds: ruleSet.thresholds.filter((t) => holdsOn(t, day)),
    timescales: ruleSet.timescales.filter((t) => holdsOn(t, day)),
    pathways: ruleSet.pathways.filter((p) => holdsOn(p, day)),
  };
}
