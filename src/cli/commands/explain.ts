import { parseArgs } from 'node:util';
import { formatDate } from '../../calendar/formatDate.js';
import { ruleSetCalendar } from '../../evaluate/ruleSetCalendar.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { CASE_FILE_OPTIONS, CASE_FILE_USAGE, evaluateCaseFile } from '../evaluateCaseFile.js';
import { formatDeadlineArithmetic } from '../formatDeadlineArithmetic.js';
import { formatWarnings } from '../formatEvaluation.js';
import { terminalLines } from '../terminalText.js';

export const explain: Command = {
  usage: `Usage: early-help-rules explain <case.json> <timescale-id>[#n] [--as-of YYYY-MM-DD] [--rules <rules.json>]

  For each time the timescale applies to the case (or only the n-th, with #n, as in
  family-action-plan-review#2): the rule, the start, every day from the start to the due date
  marked as a working day, weekend, bank holiday or closure day (for working-day rules; for
  days, weeks, months and hours, the calendar sum), the due date, where it stands, and the
  rule's source and quote.

${CASE_FILE_USAGE}`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true,
      options: CASE_FILE_OPTIONS });
    const [file, wanted, extra] = positionals;
    if (file === undefined || wanted === undefined || extra !== undefined) throw new UsageError('explain takes a case file and a timescale id');
    const { result, ruleSet } = await evaluateCaseFile(file, values);

    const [, timescale = wanted, nth] = /^(.+)#(\d+)$/.exec(wanted) ?? [];
    const chosen = result.deadlines.filter((d) => d.timescale === timescale && (nth === undefined || d.occurrence === Number(nth)));
    if (chosen.length === 0) {
      const known = ruleSet.timescales.some((t) => t.id === timescale) ? ` ${timescale} is a timescale of ${ruleSet.id}, but` : '';
      const applying = [...new Set(result.deadlines.map((d) => d.id))];
      io.stderr.write(terminalLines(`Case ${result.caseId} as of ${formatDate(result.asOf)}:${known} no deadline "${wanted}" applies. `
        + `${applying.length > 0 ? `Those that do: ${applying.join(', ')}` : 'No timescale applies to it.'}`) + '\n');
      return EXIT.invalidInput;
    }
    const ctx = { ruleSet, calendar: ruleSetCalendar(ruleSet) };
    io.stdout.write(`${terminalLines(`Case ${result.caseId} · ${ruleSet.id} ${ruleSet.version} · as of ${formatDate(result.asOf)}\n\n`
      + chosen.map((d) => formatDeadlineArithmetic(d, ctx)).join('\n\n')
      + (result.warnings.length > 0 ? `\n\nWarnings on the case\n${formatWarnings(result)}` : ''))}\n`);
    return EXIT.ok;
  },
};
