#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CaseRecordError } from '../evaluate/caseRecordError.js';
import { evaluateCase } from '../evaluate/evaluateCase.js';
import { loadRuleSet } from '../rules/loadRuleSet.js';
import { RuleSetError } from '../rules/ruleSetError.js';
import { formatEvaluation } from './formatEvaluation.js';

const USAGE = `Usage: early-help-rules evaluate <case.json> [--as-of YYYY-MM-DD] [--rules <rules.json>] [--json]

  evaluate   the level, due dates, flags and recommended step for one case record
    --as-of  the date to read the case as of (default: today in England)
    --rules  a council's own rule file (it may "extends" a built-in one) instead of the built-in set
    --json   print the result as JSON

Exit status: 0 evaluated, 1 the case record or rule file is invalid, 2 the command could not run.`;

/** Today in England: the CLI is the one place that may read the clock. */
function todayInEngland(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the ${what} ${path}: ${(error as Error).message}`);
  }
}

class UsageError extends Error {}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: {
      'as-of': { type: 'string' }, rules: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, file] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command !== 'evaluate' || file === undefined) {
    process.stderr.write(`${command === 'evaluate' ? 'evaluate needs a case file' : `unknown command "${command}"`}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const ruleSet = values.rules === undefined ? undefined : loadRuleSet(readJson(values.rules, 'rule file'));
    const result = evaluateCase(readJson(file, 'case file'), { asOf: values['as-of'] ?? todayInEngland(), ruleSet });
    process.stdout.write(`${values.json ? JSON.stringify(result, null, 2) : formatEvaluation(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CaseRecordError || error instanceof RuleSetError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
