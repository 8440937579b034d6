import { parseArgs } from 'node:util';
import { parseRuleSet, type RuleSet } from '../../rules/loadRuleSet.js';
import { RuleSetError } from '../../rules/ruleSetError.js';
import { ruleSetEditions } from '../../rules/ruleSetEditions.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { formatTable } from '../formatTable.js';
import { readJsonFile } from '../readJsonFile.js';
import { escapeControls, terminalLines } from '../terminalText.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The sources the rules in force cite, so a reader sees which edition of each document applies. */
function citedSources(ruleSet: RuleSet): string {
  const cited = new Set([...ruleSet.thresholds, ...ruleSet.timescales, ...ruleSet.pathways].map((item) => item.citation.source));
  return [...cited].sort().join(', ');
}

function summary(path: string, ruleSet: RuleSet): string {
  const editions = ruleSetEditions(ruleSet);
  return [
    `${path}: valid`,
    `  ${ruleSet.id} ${ruleSet.version}: ${ruleSet.name} (${ruleSet.authority}), in force from ${ruleSet.effectiveFrom}${ruleSet.effectiveTo ? ` to ${ruleSet.effectiveTo}` : ''}`,
    `  extends ${ruleSet.extends.length > 0 ? ruleSet.extends.join(' → ') : 'nothing'}`,
    `  ${[plural(ruleSet.levels.length, 'level'), plural(ruleSet.thresholds.length, 'threshold'),
      plural(ruleSet.timescales.length, 'timescale'), plural(ruleSet.pathways.length, 'pathway')].join(', ')}`
      + ' (every edition, inherited ones included)',
    '',
    `Editions: ${editions.length === 1 ? 'the same rules throughout' : 'the rules in force in each period'}`,
    formatTable(['from', 'to', 'thresholds', 'timescales', 'pathways', 'sources cited'], editions.map((e) => [
      e.from, e.to ?? '…', String(e.inForce.thresholds.length), String(e.inForce.timescales.length),
      String(e.inForce.pathways.length), citedSources(e.inForce)])),
  ].join('\n');
}

export const validate: Command = {
  usage: `Usage: early-help-rules validate <rules.json>

  Loads the rule file as --rules would (resolving "extends"), and lists every problem with its
  JSON path, exit 1. A valid file gets a summary: what it extends, what it holds, and which
  rules are in force in each period (editions such as Working Together 2018 and 2023).`,
  async run(args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const [file, extra] = positionals;
    if (file === undefined || extra !== undefined) throw new UsageError('validate takes one rule file');
    const json = readJsonFile(file, 'rule file');
    let ruleSet: RuleSet;
    try {
      ruleSet = parseRuleSet(json);
    } catch (error) {
      // For other commands a bad rule file means they cannot run (2); here it is the answer (1).
      if (!(error instanceof RuleSetError)) throw error;
      io.stderr.write(`${[`${file}: ${plural(error.issues.length, 'problem')}`, ...error.issues.map((i) => `  ${i.path}: ${i.message}`)]
        .map(escapeControls).join('\n')}\n`);
      return EXIT.invalidInput;
    }
    io.stdout.write(`${terminalLines(summary(file, ruleSet))}\n`);
    return EXIT.ok;
  },
};
