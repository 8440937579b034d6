import type { Condition } from '../rules/condition.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import type { NeedProfile } from '../rules/needProfile.js';
import { assessLevel } from '../evaluate/assessLevel.js';

const SECTION_47: readonly NeedProfile['section47'][] = ['none', 'likely', 'suffering'];
const SECTION_17: readonly NeedProfile['section17'][] = ['not-met', 'possibly-met', 'met'];
const COMPLEXITY: readonly NeedProfile['complexity'][] = ['none', 'emerging', 'additional', 'multiple', 'complex'];
const MAX_AGENCIES = 99;

/** One row of the grid: a section 47 and section 17 answer and a range of agencies, with the level at each complexity. */
export interface NeedProfileRow {
  section47: NeedProfile['section47'];
  section17: NeedProfile['section17'];
  /** The agencies the row covers, e.g. "0", "1" or "2 or more". */
  agencies: string;
  /** At each complexity, none to complex: the level and the threshold that gives it (null when none covers it). */
  cells: { level: number | null; rule: string | null }[];
}

function agencyValues(condition: Condition, out: Set<number>): void {
  if ('all' in condition) condition.all.forEach((c) => agencyValues(c, out));
  else if ('any' in condition) condition.any.forEach((c) => agencyValues(c, out));
  else if ('not' in condition) agencyValues(condition.not, out);
  else if (condition.fact === 'agencies') for (const v of [condition.value].flat()) if (typeof v === 'number') out.add(v);
}

/**
 * The ranges of agencies over which no threshold changes its answer: the thresholds compare
 * agencies with a few numbers, so each number and the one after it begin a new range.
 */
function agencyRanges(ruleSet: RuleSet): [number, number][] {
  const values = new Set<number>();
  for (const t of ruleSet.thresholds) agencyValues(t.conditions, values);
  const starts = [...new Set([0, ...[...values].flatMap((v) => [v, v + 1])])].filter((v) => v >= 0 && v <= MAX_AGENCIES).sort((a, b) => a - b);
  return starts.map((from, i) => [from, (starts[i + 1] ?? MAX_AGENCIES + 1) - 1]);
}

/**
 * Every need profile against the level the rule set's thresholds give it: one row per section 47
 * answer, section 17 answer and range of agencies, one column per complexity. Pass the rule set
 * in force on a date (`ruleSetInForce`) when thresholds change between editions.
 */
export function needProfileGrid(ruleSet: RuleSet): { complexity: readonly string[]; rows: NeedProfileRow[] } {
  const ranges = agencyRanges(ruleSet);
  const rows = SECTION_47.flatMap((section47) => SECTION_17.flatMap((section17) => ranges.map(([from, to]) => ({
    section47, section17,
    agencies: from === to ? String(from) : to === MAX_AGENCIES ? `${from} or more` : `${from}–${to}`,
    cells: COMPLEXITY.map((complexity) => {
      const assessed = assessLevel(ruleSet, { section47, section17, agencies: from, complexity });
      return { level: assessed.level, rule: assessed.threshold?.id ?? null };
    }),
  }))));
  return { complexity: COMPLEXITY, rows };
}
