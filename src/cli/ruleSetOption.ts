import type { RuleSet } from '../rules/resolveRuleSet.js';
import { ruleSetArgument } from './ruleSetArgument.js';

/** The rule set named by `--rules` (see {@link ruleSetArgument}); undefined for the built-in set of each record's authority. */
export async function ruleSetOption(path: string | undefined): Promise<RuleSet | undefined> {
  return path === undefined ? undefined : ruleSetArgument(path);
}
