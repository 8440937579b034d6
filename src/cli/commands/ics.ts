import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { formatDate } from '../../calendar/formatDate.js';
import { londonDate } from '../../calendar/londonInstant.js';
import type { Evaluation } from '../../evaluate/evaluateCase.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { CASE_FILE_OPTIONS, CASE_FILE_USAGE, evaluateCaseFile } from '../evaluateCaseFile.js';
import { formatCitation } from '../formatCitation.js';
import { standing } from '../formatEvaluation.js';
import { formatICalendar, type AllDayEvent } from '../formatICalendar.js';
import { escapeControls } from '../terminalText.js';
import { writeOutputFile } from '../outputFile.js';

const OPEN = new Set(['open', 'due-soon', 'overdue']);

/**
 * The open due dates as all-day events. The UID hashes the authority, case and deadline id
 * (unique within a case: `child-seen-alone#3`), so importing a later export updates each event
 * instead of adding a copy.
 */
function dueDateEvents(result: Evaluation): AllDayEvent[] {
  return result.deadlines.filter((d) => OPEN.has(d.status)).map((d) => {
    const key = [result.authority, result.caseId, d.id].join('\n');
    const hourRule = d.due.length > 10;
    const dueAt = hourRule ? `Due by ${d.due.slice(11, 16)} (${d.due}).\n` : '';
    return {
      uid: `${createHash('sha1').update(key).digest('hex')}@early-help-rules`,
      date: hourRule ? londonDate(d.due) : d.due,
      summary: `${result.caseId}: ${d.title}`,
      description: `${dueAt}${d.explanation}.\nAs of ${formatDate(result.asOf)}: ${standing(d)}.\n`
        + `“${d.citation.quote}” (${formatCitation(d.citation)})`,
    };
  });
}

export const ics: Command = {
  usage: `Usage: early-help-rules ics <case.json> [--as-of YYYY-MM-DD] [--rules <rules.json>] [--out <file.ics>]

  One all-day event per due date not yet met (open, due soon or overdue), with the rule and its
  quote in the description. Each event keeps its UID from one export to the next, so importing a
  newer file updates the events. The file depends only on the case and --as-of (also its DTSTAMP).

${CASE_FILE_USAGE}
  --out    write the calendar to this file instead of standard output (not the case file; the old
           file is replaced only once the new one is written)`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true,
      options: { ...CASE_FILE_OPTIONS, out: { type: 'string' } } });
    const [file, extra] = positionals;
    if (file === undefined || extra !== undefined) throw new UsageError('ics takes one case file');
    const { result } = await evaluateCaseFile(file, values);
    const events = dueDateEvents(result);
    const text = formatICalendar({ prodId: '-//early-help-rules//Due dates//EN', stamp: result.asOf, events });
    if (values.out === undefined) io.stdout.write(text);
    else await writeOutputFile(values.out, '--out', [file, values.rules].filter((path): path is string => path !== undefined), text);
    if (events.length === 0) io.stderr.write(`No open due dates for case ${escapeControls(result.caseId)} as of ${formatDate(result.asOf)}: the calendar has no events.\n`);
    return EXIT.ok;
  },
};
