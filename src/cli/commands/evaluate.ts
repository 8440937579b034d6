import { parseArgs } from 'node:util';
import { EXIT, UsageError, type Command } from '../command.js';
import { CASE_FILE_OPTIONS, CASE_FILE_USAGE, evaluateCaseFile } from '../evaluateCaseFile.js';
import { formatEvaluation } from '../formatEvaluation.js';
import { safeJson, terminalLines } from '../terminalText.js';

export const evaluate: Command = {
  usage: `Usage: early-help-rules evaluate <case.json> [--as-of YYYY-MM-DD] [--rules <rules.json>] [--json]

${CASE_FILE_USAGE}
  --json   print the result as JSON`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true,
      options: { ...CASE_FILE_OPTIONS, json: { type: 'boolean' } } });
    const [file, extra] = positionals;
    if (file === undefined || extra !== undefined) throw new UsageError('evaluate takes one case file');
    const { result } = await evaluateCaseFile(file, values);
    io.stdout.write(`${values.json ? safeJson(result, 2) : terminalLines(formatEvaluation(result))}\n`);
    return EXIT.ok;
  },
};
