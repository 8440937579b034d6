import { parseArgs } from 'node:util';
import { evaluateCase } from '../../evaluate/evaluateCase.js';
import { asOfOption } from '../asOfOption.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { formatEvaluation } from '../formatEvaluation.js';
import { readJsonFile } from '../readJsonFile.js';
import { ruleSetOption } from '../ruleSetOption.js';

export const evaluate: Command = {
  name: 'evaluate',
  summary: 'the level, due dates, flags and recommended step for one case record',
  usage: `Usage: early-help-rules evaluate <case.json> [--as-of YYYY-MM-DD] [--rules <rules.json>] [--json]

  --as-of  the date to read the case as of (default: today in England)
  --rules  a council's own rule file (it may "extends" a built-in one) instead of the built-in set
  --json   print the result as JSON`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true,
      options: { 'as-of': { type: 'string' }, rules: { type: 'string' }, json: { type: 'boolean' } } });
    const [file, extra] = positionals;
    if (file === undefined || extra !== undefined) throw new UsageError('evaluate takes one case file');
    const result = evaluateCase(readJsonFile(file, 'case file'), { asOf: asOfOption(values['as-of']), ruleSet: ruleSetOption(values.rules) });
    io.stdout.write(`${values.json ? JSON.stringify(result, null, 2) : formatEvaluation(result)}\n`);
    return EXIT.ok;
  },
};
