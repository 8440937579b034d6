import type { RuleSet } from '../rules/resolveRuleSet.js';

/**
 * The rule set named by `--rules` (see `ruleSetArgument`); undefined for the built-in set of each
 * record's authority. Reading a rule file is loaded only when one is named: a run on the built-in
 * sets never builds the rule file schema (about 15 ms of every start).
 */
export async function ruleSetOption(path: string | undefined): Promise<RuleSet | undefined> {
  if (path === undefined) return undefined;
  const { ruleSetArgument } = await import('./ruleSetArgument.js');
  return ruleSetArgument(path);
}
