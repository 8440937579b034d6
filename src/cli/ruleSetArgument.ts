import { builtInRuleSet, isBuiltInRuleSetName, type RuleSet } from '../rules/resolveRuleSet.js';
import { readJsonFile } from './readJsonFile.js';

/**
 * The rule set a command argument names: a built-in one by id (`st-helens`, `england/working-together`,
 * or `england` for any council under the national rules alone), or else a council's own rule file by its path.
 * Reading a rule file is loaded only for a path, so a built-in rule set never builds the rule file
 * schema (about 20 ms of a start).
 */
export async function ruleSetArgument(idOrPath: string): Promise<RuleSet> {
  if (isBuiltInRuleSetName(idOrPath)) return builtInRuleSet(idOrPath);
  const { parseRuleSet } = await import('../rules/loadRuleSet.js');
  return parseRuleSet(readJsonFile(idOrPath, 'rule file'));
}
