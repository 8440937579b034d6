import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkGoldenCase } from '../../goldenCases/checkGoldenCase.js';
import { GoldenCaseSchema } from '../../goldenCases/goldenCaseSchema.js';
import { recordPath } from '../../evaluate/caseRecordError.js';
import { safeParseUntrusted } from '../../rules/safeParseUntrusted.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { readJsonFile } from '../readJsonFile.js';
import { ruleSetArgument } from '../ruleSetArgument.js';

/** The differences one golden case file shows: its own problems if it is not a golden case. */
function differences(path: string, ruleSet: ReturnType<typeof ruleSetArgument>): { title: string; differences: string[] } {
  let json: unknown;
  try {
    json = readJsonFile(path, 'golden case');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { title: '(unreadable)', differences: [error.message] };
  }
  const parsed = safeParseUntrusted(GoldenCaseSchema, json);
  if (!parsed.success) {
    return { title: '(not a golden case)', differences: parsed.issues.map((i) => `${recordPath(i.path) || '(file)'}: ${i.message}`) };
  }
  return { title: parsed.data.title, differences: checkGoldenCase(parsed.data, ruleSet) };
}

export const test: Command = {
  name: 'test',
  summary: "runs a council's golden cases against a rule file and says how each result differs",
  usage: `Usage: early-help-rules test <rules.json|authority> <cases-dir>

  Evaluates every golden case (*.json) in the folder under the rule file (or a built-in rule set
  by its id, e.g. st-helens), and compares the level, every deadline's due date and status, the
  flags and the recommendation with what the case expects. Each difference is said in words.
  The format is that of rules/tests/<authority>/*.json in this package: a title, an as-of
  date, the case record and what is expected.

Exit status: 0 every case as expected, 1 some case differs or is not a golden case, 2 the command could not run.`,
  async run(args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const [rules, dir, extra] = positionals;
    if (rules === undefined || dir === undefined || extra !== undefined) throw new UsageError('test takes a rule file (or built-in authority) and a folder of golden cases');
    const ruleSet = ruleSetArgument(rules);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    } catch (error) {
      throw new UsageError(`cannot read the folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (files.length === 0) throw new UsageError(`there are no golden cases (*.json) in ${dir}`);
    io.stdout.write(`${files.length} golden case${files.length === 1 ? '' : 's'} in ${dir}, against ${ruleSet.id} ${ruleSet.version}\n`);
    let different = 0;
    for (const file of files) {
      const result = differences(join(dir, file), ruleSet);
      if (result.differences.length > 0) different += 1;
      io.stdout.write(`${result.differences.length === 0 ? 'ok  ' : 'DIFF'} ${file}: ${result.title}\n`);
      for (const d of result.differences) io.stdout.write(`       ${d}\n`);
    }
    io.stdout.write(`${files.length - different} as expected, ${different} different\n`);
    return different > 0 ? EXIT.invalidInput : EXIT.ok;
  },
};
