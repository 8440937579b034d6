import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUILT_IN_RULE_SETS } from '../../rules/resolveRuleSet.js';
import { ruleBook, type GoldenCaseFile } from '../../pages/ruleBook.js';
import { ruleBookMarkdown, ruleBookPage } from '../../pages/ruleBookPage.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { readGoldenCases } from '../readGoldenCases.js';
import { ruleSetArgument } from '../ruleSetArgument.js';
import { writeOutputFile } from '../outputFile.js';

/** The golden cases shipped for a built-in authority (rules/tests/<id>), beside the built CLI's folder. */
function shippedCases(id: string): string | undefined {
  const dir = fileURLToPath(new URL(`../rules/tests/${id}`, import.meta.url));
  return BUILT_IN_RULE_SETS.includes(id) && existsSync(dir) ? dir : undefined;
}

export const rulebook: Command = {
  usage: `Usage: early-help-rules rulebook <authority|rules.json> (--html <out.html> | --md <out.md>) [--cases <dir>]

  Writes the rule set as a practice lead reads it: editions and sources, levels with their
  descriptions, a grid of every need profile against the level the thresholds give, every
  timescale in plain words with its quote, source and lines, the readings taken where a
  document is ambiguous, routes with their steps and contacts, local words, and a sign-off box
  per section. The golden cases are listed beside the rules they exercise.

  --html   write one self-contained HTML page (it fetches nothing; it prints to A4)
  --md     write Markdown, for a council's intranet
  --cases  a folder of golden cases (default for a built-in authority: the ones shipped in rules/tests)`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true,
      options: { html: { type: 'string' }, md: { type: 'string' }, cases: { type: 'string' } } });
    const [rules, extra] = positionals;
    if (rules === undefined || extra !== undefined) throw new UsageError('rulebook takes one authority or rule file');
    if ((values.html === undefined) === (values.md === undefined)) throw new UsageError('choose one of --html <out.html> and --md <out.md>');
    const ruleSet = await ruleSetArgument(rules);
    const dir = values.cases ?? shippedCases(rules);
    const cases: GoldenCaseFile[] = [];
    for (const read of dir === undefined ? [] : readGoldenCases(dir)) {
      if ('goldenCase' in read) cases.push(read);
      else throw new UsageError(`${read.file} in ${dir} is not a golden case (${read.problems.join('; ')}): \`early-help-rules test\` lists every problem`);
    }
    const book = ruleBook(ruleSet, cases);
    // The rule file read is never overwritten: a page written over it would destroy the rules.
    const inputs = existsSync(rules) ? [rules] : [];
    if (values.html !== undefined) await writeOutputFile(values.html, '--html', inputs, ruleBookPage(book));
    else if (values.md !== undefined) await writeOutputFile(values.md, '--md', inputs, ruleBookMarkdown(book));
    io.stderr.write(`${ruleSet.id} ${ruleSet.version}: ${book.sections.length} sections, ${cases.length} golden case${cases.length === 1 ? '' : 's'}\n`);
    return EXIT.ok;
  },
};
