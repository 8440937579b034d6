import type { RuleSet } from '../rules/loadRuleSet.js';
import type { Timescale } from '../rules/ruleFileSchema.js';
import { periodOf } from '../rules/ruleSetInForce.js';

/** One edition of a timescale, with the days it holds over as day numbers. */
export interface Edition {
  timescale: Timescale;
  from: number;
  to: number;
}

export interface TimescaleIndex {
  /** The editions of each timescale (editions of one timescale share its id), in rule-set order. */
  groups: Edition[][];
  /** For each event type, the timescales it can start: the group's place, and its editions. */
  byStartType: Map<string, { group: number; editions: Edition[] }[]>;
}

const indexes = new WeakMap<RuleSet, TimescaleIndex>();

/** The timescales of a rule set by id and by the type of event that starts them, worked out once per rule set. */
export function timescaleIndex(ruleSet: RuleSet): TimescaleIndex {
  let index = indexes.get(ruleSet);
  if (!index) {
    const byId = new Map<string, Edition[]>();
    for (const timescale of ruleSet.timescales) {
      const [from, to] = periodOf(timescale);
      byId.set(timescale.id, [...(byId.get(timescale.id) ?? []), { timescale, from, to }]);
    }
    const groups = [...byId.values()];
    const byStartType: TimescaleIndex['byStartType'] = new Map();
    groups.forEach((editions, group) => {
      for (const type of new Set(editions.map((e) => e.timescale.start.event))) {
        byStartType.set(type, [...(byStartType.get(type) ?? []), { group, editions }]);
      }
    });
    index = { groups, byStartType };
    indexes.set(ruleSet, index);
  }
  return index;
}

/** The edition of a timescale in force on a day, if any. */
export function editionOn(editions: readonly Edition[], day: number): Edition | undefined {
  return editions.find((e) => e.from <= day && day <= e.to);
}
