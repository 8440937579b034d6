import { fromDayNumber, toDayNumber, type IsoDate } from '../calendar/dayNumber.js';
import type { RuleSet } from './loadRuleSet.js';
import { ruleSetInForce } from './ruleSetInForce.js';

/** A period over which the same thresholds, timescales and pathways are in force. */
export interface RuleSetEdition {
  /** The first day of the period. */
  from: IsoDate;
  /** The last day of the period, or null when it has no end. */
  to: IsoDate | null;
  /** The rule set as it stands throughout the period (see {@link ruleSetInForce}). */
  inForce: RuleSet;
}

/**
 * The editions of a rule set: from its `effectiveFrom` to its `effectiveTo`, the periods
 * between the days on which a threshold, timescale or pathway comes into or goes out of force,
 * in order, each with the rule set as it stands then. A rule set whose items carry no dates
 * has one edition.
 *
 * @example ruleSetEditions(loadRuleSet('st-helens')).map((e) => [e.from, e.to])
 * // [['2022-04-01', '2023-12-14'], ['2023-12-15', null]]: under Working Together 2018, then 2023
 */
export function ruleSetEditions(ruleSet: RuleSet): RuleSetEdition[] {
  const first = toDayNumber(ruleSet.effectiveFrom);
  const last = ruleSet.effectiveTo === undefined ? Infinity : toDayNumber(ruleSet.effectiveTo);
  const changes = new Set<number>();
  for (const item of [...ruleSet.thresholds, ...ruleSet.timescales, ...ruleSet.pathways]) {
    if (item.effectiveFrom !== undefined) changes.add(toDayNumber(item.effectiveFrom));
    if (item.effectiveTo !== undefined) changes.add(toDayNumber(item.effectiveTo) + 1);
  }
  const starts = [first, ...[...changes].filter((day) => day > first && day <= last).sort((a, b) => a - b)];
  return starts.map((from, i) => {
    const to = i + 1 < starts.length ? (starts[i + 1] as number) - 1 : last;
    return { from: fromDayNumber(from), to: to === Infinity ? null : fromDayNumber(to), inForce: ruleSetInForce(ruleSet, fromDayNumber(from)) };
  });
}
