import { parseArgs } from 'node:util';
import { asOfOption } from '../asOfOption.js';
import { CaseloadReportBuilder } from '../../pages/caseloadReport.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { CaseloadRun, problemsText } from '../evaluateCaseload.js';
import { caseloadReportCsv, formatCaseloadReport } from '../formatCaseloadReport.js';
import { openCaseload } from '../openCaseload.js';
import { reportPage } from '../../pages/reportPage.js';
import { ruleSetOption } from '../ruleSetOption.js';
import { escapeControls, safeJson, terminalLines } from '../terminalText.js';
import { writeOutputFile } from '../outputFile.js';

export const report: Command = {
  usage: `Usage: early-help-rules report <cases.jsonl|cases.csv|-> [--as-of YYYY-MM-DD] [--json|--csv|--html <out.html>] [--out <file>]
                              [--rules <rules.json>] [--format jsonl|csv|census]

  For each timescale: deadlines met on time, met late, open (due after this week), due this
  week (not yet met, due from the as-of date to the Sunday ending its Monday-to-Sunday week) and
  overdue, with the percentage on time = met on time / (met on time + met late + overdue).
  Then cases by level (the level they are at, and the level their needs meet), by recommended
  step, and every overdue deadline, most working days overdue first. Records that cannot be
  evaluated are listed on stderr by line.

  --as-of   the date to read the cases as of (default: today in England)
  --json    print the report as JSON
  --csv     print the report as CSV: one table, a row per authority and timescale with its counts
            (asOf, authority, timescale, metOnTime, metLate, open, dueThisWeek, overdue, onTimePercent);
            a cell starting = + - @ tab or CR gets a leading ' so that a spreadsheet shows it as text
  --out     write the report to this file instead of standard output (not an input; the old file
            is replaced only once the new one is written)
  --html    write the report as one self-contained HTML page (it fetches nothing; it prints to A4):
            headline figures, a chart of on time by month due with its table, the overdue list
            with each rule's words, and breakdowns by authority, team and worker
  --rules   a council's own rule file (it may "extends" a built-in one) instead of each record's authority's
  --format  the input's format, for standard input (-) or a file without a .jsonl, .ndjson or .csv extension;
            a CIN census return (XML) is known by its content, each CINdetails episode a record

Exit status: 0 every record evaluated, 1 some records rejected, 2 the command could not run.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
      'as-of': { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' }, out: { type: 'string' }, html: { type: 'string' }, rules: { type: 'string' },
      format: { type: 'string' },
    } });
    const [input, extra] = positionals;
    if (input === undefined || extra !== undefined) throw new UsageError('report takes one caseload file, or - for standard input');
    if ([values.json, values.csv, values.html].filter((v) => v !== undefined && v !== false).length > 1) {
      throw new UsageError('choose one of --json, --csv and --html');
    }
    if (values.html !== undefined && values.out !== undefined) throw new UsageError('--html names the page to write: leave out --out');
    const asOf = asOfOption(values['as-of']);
    const ruleSet = await ruleSetOption(values.rules);
    const source = await openCaseload(input, values.format, io);
    const run = new CaseloadRun(source, { asOf, ruleSet }, io);
    const builder = new CaseloadReportBuilder(asOf);
    for await (const outcome of run.outcomes()) {
      if ('evaluation' in outcome) builder.add(outcome.line, outcome.evaluation);
      else run.warn(escapeControls(`line ${outcome.line}${outcome.id === null ? '' : ` (${outcome.id})`} rejected: ${problemsText(outcome.issues)}`));
    }
    const result = builder.report(run.counts);
    const inputs = [input, values.rules].filter((path): path is string => path !== undefined && path !== '-');
    if (values.html !== undefined) {
      await writeOutputFile(values.html, '--html', inputs, await reportPage(result));
    } else {
      const text = values.json ? safeJson(result, 2) : values.csv ? caseloadReportCsv(result) : formatCaseloadReport(result);
      if (values.out === undefined) io.stdout.write(`${values.json || values.csv ? text : terminalLines(text)}\n`);
      else await writeOutputFile(values.out, '--out', inputs, `${text}\n`);
    }
    io.stderr.write(`${run.summary()}\n`);
    return run.counts.rejected > 0 ? EXIT.invalidInput : EXIT.ok;
  },
};
