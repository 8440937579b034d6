import { BUILT_IN_RULE_SETS, loadRuleSet, parseRuleSet, RULE_SET_ALIASES, type RuleSet } from '../rules/loadRuleSet.js';
import { readJsonFile } from './readJsonFile.js';

/**
 * The rule set named by `--rules`: a built-in one by id (`england/working-together`, or `england`,
 * for any council under the national rules alone) or a rule file; undefined for the built-in set
 * of each record's authority.
 */
export function ruleSetOption(path: string | undefined): RuleSet | undefined {
  if (path === undefined) return undefined;
  if (BUILT_IN_RULE_SETS.includes(path) || Object.hasOwn(RULE_SET_ALIASES, path)) return loadRuleSet(path);
  return parseRuleSet(readJsonFile(path, 'rule file'));
}
