import { toDayNumber, type DateInput } from '../calendar/dayNumber.js';
import { markChecked, type RuleSet } from './resolveRuleSet.js';

interface Dated {
  effectiveFrom?: string | undefined;
  effectiveTo?: string | undefined;
}

const periods = new WeakMap<Dated, readonly [number, number]>();

/**
 * The first and last days an item holds, as day numbers (an open end is ±Infinity), worked out once per item.
 * @example periodOf({ effectiveFrom: '2023-12-15' }) // [19706, Infinity]
 */
export function periodOf(item: Dated): readonly [number, number] {
  let period = periods.get(item);
  if (!period) {
    period = [item.effectiveFrom === undefined ? -Infinity : toDayNumber(item.effectiveFrom),
      item.effectiveTo === undefined ? Infinity : toDayNumber(item.effectiveTo)];
    periods.set(item, period);
  }
  return period;
}

/** Whether an item holds on a day (both ends inclusive; an open end holds for ever). */
export function holdsOn(item: Dated, day: number): boolean {
  const [from, to] = periodOf(item);
  return from <= day && day <= to;
}

// A batch evaluates thousands of cases as of one date: the rule set in force is worked out once.
const inForce = new WeakMap<RuleSet, Map<number, RuleSet>>();

/**
 * The rule set as it stood on a date: only the thresholds, timescales and pathways in force
 * then, so that a case from 2022 is read under Working Together 2018 and one from 2024 under
 * the 2023 edition.
 *
 * @example ruleSetInForce(loadRuleSet('england/working-together'), '2023-12-14').timescales[0].citation.source // 'wt-2018'
 */
export function ruleSetInForce(ruleSet: RuleSet, date: DateInput): RuleSet {
  const day = toDayNumber(date);
  let byDay = inForce.get(ruleSet);
  if (!byDay) {
    byDay = new Map();
    inForce.set(ruleSet, byDay);
  }
  let result = byDay.get(day);
  if (!result) {
    result = markChecked({
      ...ruleSet,
      thresholds: ruleSet.thresholds.filter((t) => holdsOn(t, day)),
      timescales: ruleSet.timescales.filter((t) => holdsOn(t, day)),
      pathways: ruleSet.pathways.filter((p) => holdsOn(p, day)),
    });
    if (byDay.size >= 64) byDay.clear();
    byDay.set(day, result);
  }
  return result;
}
