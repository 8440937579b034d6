import { parseArgs } from 'node:util';
import { checkGoldenCase } from '../../goldenCases/checkGoldenCase.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { readGoldenCases } from '../readGoldenCases.js';
import { ruleSetArgument } from '../ruleSetArgument.js';

export const test: Command = {
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
    const ruleSet = await ruleSetArgument(rules);
    const cases = readGoldenCases(dir);
    io.stdout.write(`${cases.length} golden case${cases.length === 1 ? '' : 's'} in ${dir}, against ${ruleSet.id} ${ruleSet.version}\n`);
    let different = 0;
    for (const read of cases) {
      const title = 'goldenCase' in read ? read.goldenCase.title : '(not a golden case)';
      const differences = 'goldenCase' in read ? checkGoldenCase(read.goldenCase, ruleSet) : read.problems;
      if (differences.length > 0) different += 1;
      io.stdout.write(`${differences.length === 0 ? 'ok  ' : 'DIFF'} ${read.file}: ${title}\n`);
      for (const d of differences) io.stdout.write(`       ${d}\n`);
    }
    io.stdout.write(`${cases.length - different} as expected, ${different} different\n`);
    return different > 0 ? EXIT.invalidInput : EXIT.ok;
  },
};
