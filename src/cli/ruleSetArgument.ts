import { BUILT_IN_RULE_SETS, loadRuleSet, parseRuleSet, RULE_SET_ALIASES, type RuleSet } from '../rules/loadRuleSet.js';
import { readJsonFile } from './readJsonFile.js';

/**
 * The rule set a command argument names: a built-in one by id (`st-helens`, `england/working-together`,
 * or `england` for any council under the national rules alone), or else a council's own rule file by its path.
 */
export function ruleSetArgument(idOrPath: string): RuleSet {
  return BUILT_IN_RULE_SETS.includes(idOrPath) || Object.hasOwn(RULE_SET_ALIASES, idOrPath)
    ? loadRuleSet(idOrPath) : parseRuleSet(readJsonFile(idOrPath, 'rule file'));
}
