import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { toDayNumber } from '../../calendar/dayNumber.js';
import { CensusFiguresBuilder } from '../../census/censusFigures.js';
import { CensusFormatError } from '../../census/censusFormatError.js';
import { episodeCaseRecord } from '../../census/episodeCaseRecord.js';
import { episodeDates } from '../../census/episodeDates.js';
import { formatCensusFigures } from '../../census/formatCensusFigures.js';
import { readCensusReturn } from '../../census/readCensusReturn.js';
import { safeEvaluateCase } from '../../evaluate/evaluateCase.js';
import { builtInRuleSet } from '../../rules/resolveRuleSet.js';
import { ruleSetCalendar } from '../../evaluate/ruleSetCalendar.js';
import { asOfOption } from '../asOfOption.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { problemsText } from '../evaluateCaseload.js';
import { terminalLines } from '../terminalText.js';
import { openResults, type ResultWriter } from '../writeResults.js';

export const census: Command = {
  usage: `Usage: early-help-rules census <return.xml> [--as-of YYYY-MM-DD] [--json] [--cases cases.jsonl]

  Reads a CIN census return in one streaming pass, turns each CINdetails episode into a case
  record under the national rules (id LAchildID/CINreferralDate) and evaluates it as of the
  return's ReferenceDate. Prints the DfE's table C2 (completed assessments by duration, with
  percentiles and the share within 45 working days), initial conferences within 15 working days
  of the section 47 start, review conferences on time, and the children the DfE validator will
  query under 8670Q, 8675Q and 8569Q (its own counting), beside the statutory reading. An episode
  that cannot be read (an impossible date, a missing referral date) is listed on stderr by
  child and element, and the rest goes on.

  --as-of   evaluate as of this date instead of the return's ReferenceDate
  --json    print the figures as one JSON document
  --cases   write each episode's full evaluation to this file as JSON Lines, as batch does

Exit status: 0 every episode evaluated, 1 some episodes could not be read, 2 the command could
not run (an unreadable file, or one that is not well-formed XML: its line and column are given).`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
      'as-of': { type: 'string' }, json: { type: 'boolean' }, cases: { type: 'string' },
    } });
    const [input, extra] = positionals;
    if (input === undefined || extra !== undefined) throw new UsageError('census takes one census return (an XML file)');
    const asOfGiven = values['as-of'] === undefined ? undefined : asOfOption(values['as-of']);
    let file;
    try {
      file = await open(input);
      if ((await file.stat()).isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
    } catch (error) {
      await file?.close();
      throw new UsageError(`cannot read the census return ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const ruleSet = builtInRuleSet('england');
    const calendar = ruleSetCalendar(ruleSet).dayNumbers;
    let cases: ResultWriter | undefined;
    let figures: CensusFiguresBuilder | undefined;
    let asOf = '';
    let rejected = 0;
    try {
      for await (const item of readCensusReturn(file.createReadStream())) {
        if ('header' in item) {
          asOf = asOfGiven ?? referenceDate(item.header.referenceDate);
          figures = new CensusFiguresBuilder(toDayNumber(asOf), item.header.authority, calendar);
          if (values.cases !== undefined) cases = await openResults(values.cases, false, [input], io);
          continue;
        }
        const { episode } = item;
        const reading = episodeDates(episode);
        if (!reading.success) {
          rejected += 1;
          io.stderr.write(`${terminalLines(`line ${episode.line}: child ${episode.childId || '(no LAchildID)'}: ${reading.problems.map((p) => `${p.element}: ${p.message}`).join('; ')}`)}\n`);
          await cases?.write({ line: episode.line, id: reading.id, issues: reading.problems.map((p) => ({ path: p.element, message: p.message })) });
          continue;
        }
        const result = safeEvaluateCase(episodeCaseRecord(reading.dates), { asOf, ruleSet });
        if (!result.success) {
          rejected += 1;
          io.stderr.write(`line ${episode.line}: ${reading.dates.id}: ${problemsText(result.error.issues)}\n`);
          await cases?.write({ line: episode.line, id: reading.dates.id, issues: result.error.issues });
          continue;
        }
        figures?.add(reading.dates, result.data);
        await cases?.write({ line: episode.line, evaluation: result.data });
      }
    } catch (error) {
      if (error instanceof CensusFormatError) throw new UsageError(`${input}: ${error.message}`);
      throw error;
    } finally {
      await file.close();
    }
    await cases?.close();
    if (!figures) throw new UsageError(`${input}: not a CIN census return`);
    const result = figures.figures();
    io.stdout.write(`${values.json ? JSON.stringify(result, null, 2) : formatCensusFigures(result)}\n`);
    io.stderr.write(`${result.episodes + rejected} episodes read: ${result.episodes} evaluated, ${rejected} could not be read\n`);
    return rejected > 0 ? EXIT.invalidInput : EXIT.ok;
  },
};

/** The return's ReferenceDate, checked: the as-of date when --as-of is not given. */
function referenceDate(text: string | null): string {
  if (text === null || text === '') throw new UsageError('the return has no ReferenceDate: give --as-of');
  try {
    toDayNumber(text);
  } catch (error) {
    throw new UsageError(`ReferenceDate: ${(error as Error).message}`);
  }
  return text;
}
