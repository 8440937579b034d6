import { evaluateCase, type Evaluation } from '../evaluate/evaluateCase.js';
import { builtInRuleSet, type RuleSet } from '../rules/resolveRuleSet.js';
import { asOfOption } from './asOfOption.js';
import { readJsonFile } from './readJsonFile.js';
import { ruleSetOption } from './ruleSetOption.js';

/** The options of every command that reads one case file, for `parseArgs`. */
export const CASE_FILE_OPTIONS = { 'as-of': { type: 'string' }, rules: { type: 'string' } } as const;

/** Those options' lines of usage. */
export const CASE_FILE_USAGE = `  --as-of  the date to read the case as of (default: today in England)
  --rules  a council's own rule file (it may "extends" a built-in one) instead of the built-in set`;

/** Reads a case file and evaluates it under `--as-of` and `--rules`, with the rule set it was evaluated under. */
export async function evaluateCaseFile(file: string, options: { 'as-of'?: string | undefined; rules?: string | undefined }):
  Promise<{ result: Evaluation; ruleSet: RuleSet }> {
  const asOf = asOfOption(options['as-of']);
  const ownRules = await ruleSetOption(options.rules);
  const result = evaluateCase(readJsonFile(file, 'case file'), { asOf, ruleSet: ownRules });
  return { result, ruleSet: ownRules ?? builtInRuleSet(result.authority) };
}
