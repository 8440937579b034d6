import { parseRuleSet, type RuleSet } from '../rules/loadRuleSet.js';
import { readJsonFile } from './readJsonFile.js';

/** The rule set named by `--rules <file>`, or undefined for the built-in set of each record's authority. */
export function ruleSetOption(path: string | undefined): RuleSet | undefined {
  return path === undefined ? undefined : parseRuleSet(readJsonFile(path, 'rule file'));
}
