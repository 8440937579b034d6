import { parseArgs } from 'node:util';
import { asOfOption } from '../asOfOption.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { CaseloadRun } from '../evaluateCaseload.js';
import { openCaseload } from '../openCaseload.js';
import { ruleSetOption } from '../ruleSetOption.js';
import { openResults } from '../writeResults.js';

export const batch: Command = {
  usage: `Usage: early-help-rules batch <cases.jsonl|cases.csv|-> [--as-of YYYY-MM-DD] [--out results.jsonl|results.csv | --csv]
                             [--compact] [--rules <rules.json>] [--format jsonl|csv|census]

  One result line per input record, in input order: the evaluation as JSON with the input
  line number added ({"line": 3, ...}), or for a record that cannot be evaluated
  {"line": 7, "id": "X-1" or null, "error": {"issues": [{"path", "message"}]}}; the run goes on.
  Blank lines are skipped but keep their line numbers. The input streams through in flat
  memory, however large. The summary (records read, evaluated, rejected) goes to stderr.

  CSV input has a header row naming its columns from the caseload layout (see the README):
  id, authority, current_level, lead, team, worker, consent_given, consent_on, consent_withdrawn_on,
  unborn, date_of_birth, section47, section17, agencies, complexity, and per event type
  <event_type>_on (dates) or _at (instants), with _kind, _level, _services_allocated or
  _section47 for its attribute, e.g. meeting_held_on + meeting_held_kind. Several events of a
  type: entries separated by ";" in each of its columns, the n-th entries making the n-th event.

  --as-of   the date to read the cases as of (default: today in England)
  --out     write the results to this file: JSON Lines (.jsonl, .ndjson) or CSV (.csv), by its
            extension (default: JSON Lines on standard output). The file is written beside
            and renamed into place when the run ends: a failed run leaves the old one as it was.
            It may not be the input. CSV cells starting = + - @ tab or CR get a leading '
  --csv     write the results to standard output as CSV
  --compact JSON Lines results in the compact form: deadlines without their explanation and
            notes, each citation by reference (source:lines) instead of its section and quote
  --rules   a council's own rule file (it may "extends" a built-in one) instead of each record's authority's
  --format  the input's format, for standard input (-) or a file without a .jsonl, .ndjson or .csv extension;
            a CIN census return (XML) is known by its content, each CINdetails episode a record

Exit status: 0 every record evaluated, 1 some records rejected, 2 the command could not run.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
      'as-of': { type: 'string' }, out: { type: 'string' }, csv: { type: 'boolean' }, compact: { type: 'boolean' }, rules: { type: 'string' }, format: { type: 'string' },
    } });
    const [input, extra] = positionals;
    if (input === undefined || extra !== undefined) throw new UsageError('batch takes one caseload file, or - for standard input');
    const asOf = asOfOption(values['as-of']);
    const ruleSet = await ruleSetOption(values.rules);
    const source = await openCaseload(input, values.format, io);
    const inputs = [input, values.rules].filter((path): path is string => path !== undefined && path !== '-');
    const results = await openResults(values.out, values.csv === true, inputs, io, values.compact === true);
    const run = new CaseloadRun(source, { asOf, ruleSet }, io);
    try {
      for await (const outcome of run.outcomes()) await results.write(outcome);
      await results.close();
    } catch (error) {
      await results.abort();
      throw error;
    }
    io.stderr.write(`${run.summary()}\n`);
    return run.counts.rejected > 0 ? EXIT.invalidInput : EXIT.ok;
  },
};
