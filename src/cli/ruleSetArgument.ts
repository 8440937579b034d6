import { BUILT_IN_RULE_SETS, loadRuleSet, parseRuleSet, type RuleSet } from '../rules/loadRuleSet.js';
import { readJsonFile } from './readJsonFile.js';

/**
 * The rule set a command argument names: a built-in one by id (`st-helens`), or else a council's
 * own rule file by its path.
 */
export function ruleSetArgument(idOrPath: string): RuleSet {
  return BUILT_IN_RULE_SETS.includes(idOrPath) ? loadRuleSet(idOrPath) : parseRuleSet(readJsonFile(idOrPath, 'rule file'));
}
