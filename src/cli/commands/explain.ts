import { parseArgs } from 'node:util';
import { formatDate } from '../../calendar/formatDate.js';
import { evaluateCase } from '../../evaluate/evaluateCase.js';
import { ruleSetCalendar } from '../../evaluate/ruleSetCalendar.js';
import { loadRuleSet } from '../../rules/loadRuleSet.js';
import { asOfOption } from '../asOfOption.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { formatDeadlineArithmetic } from '../formatDeadlineArithmetic.js';
import { readJsonFile } from '../readJsonFile.js';
import { ruleSetOption } from '../ruleSetOption.js';

export const explain: Command = {
  name: 'explain',
  summary: 'the arithmetic behind one due date, day by day, with the rule and its quote',
  usage: `Usage: early-help-rules explain <case.json> <timescale-id>[#n] [--as-of YYYY-MM-DD] [--rules <rules.json>]

  For each time the timescale applies to the case (or only the n-th, with #n, as in
  family-action-plan-review#2): the rule, the start, every day from the start to the due date
  marked as a working day, weekend, bank holiday or closure day (for working-day rules; for
  days, weeks, months and hours, the calendar sum), the due date, where it stands, and the
  rule's source and quote.

  --as-of  the date to read the case as of (default: today in England)
  --rules  a council's own rule file (it may "extends" a built-in one) instead of the built-in set`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true,
      options: { 'as-of': { type: 'string' }, rules: { type: 'string' } } });
    const [file, wanted, extra] = positionals;
    if (file === undefined || wanted === undefined || extra !== undefined) throw new UsageError('explain takes a case file and a timescale id');
    const ownRules = ruleSetOption(values.rules);
    const result = evaluateCase(readJsonFile(file, 'case file'), { asOf: asOfOption(values['as-of']), ruleSet: ownRules });
    const ruleSet = ownRules ?? loadRuleSet(result.authority);

    const [, timescale = wanted, nth] = /^(.+)#(\d+)$/.exec(wanted) ?? [];
    const chosen = result.deadlines.filter((d) => d.timescale === timescale && (nth === undefined || d.occurrence === Number(nth)));
    if (chosen.length === 0) {
      const known = ruleSet.timescales.some((t) => t.id === timescale) ? ` ${timescale} is a timescale of ${ruleSet.id}, but` : '';
      const applying = [...new Set(result.deadlines.map((d) => d.id))];
      io.stderr.write(`Case ${result.caseId} as of ${formatDate(result.asOf)}:${known} no deadline "${wanted}" applies. `
        + `${applying.length > 0 ? `Those that do: ${applying.join(', ')}` : 'No timescale applies to it.'}\n`);
      return EXIT.invalidInput;
    }
    const ctx = { ruleSet, calendar: ruleSetCalendar(ruleSet) };
    io.stdout.write(`Case ${result.caseId} · ${ruleSet.id} ${ruleSet.version} · as of ${formatDate(result.asOf)}\n\n`
      + `${chosen.map((d) => formatDeadlineArithmetic(d, ctx)).join('\n\n')}\n`);
    return EXIT.ok;
  },
};
