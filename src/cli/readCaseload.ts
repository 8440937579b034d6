import type { Readable } from 'node:stream';
import { censusCaseRecords } from '../census/censusCaseRecords.js';
import { CensusFormatError } from '../census/censusFormatError.js';
import { readJsonLines, unreadableEntry, type CaseloadEntry } from '../evaluate/caseloadLines.js';
import { MAX_LINE_LENGTH, readLines } from '../evaluate/readLines.js';
import { UsageError } from './command.js';
import { csvCaseEntry, csvCaseLayout, type CsvCaseLayout } from './csvCaseRecord.js';
import { CsvRecordReader, CsvSyntaxError } from './csvLine.js';

export type CaseloadFormat = 'jsonl' | 'csv' | 'census';

/** CSV in the caseload layout: a header row, then one record per row (a row may span lines inside quotes). */
async function* csvRows(input: Readable): AsyncGenerator<CaseloadEntry> {
  const reader = new CsvRecordReader(MAX_LINE_LENGTH);
  let layout: CsvCaseLayout | undefined;
  let first = 0;
  for await (const line of readLines(input)) {
    if (!reader.pending) {
      if ('text' in line && line.text.trim() === '') continue;
      first = line.number;
    }
    if (!('text' in line)) {
      if (!layout) {
        throw new UsageError(`the CSV header on line ${first} ${'tooLong' in line ? `is over ${MAX_LINE_LENGTH} bytes long` : 'is not valid UTF-8'}`);
      }
      reader.reset();
      yield unreadableEntry(first, line);
      continue;
    }
    let fields: string[] | undefined;
    try {
      fields = reader.push(line.text);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      if (!layout) throw new UsageError(`the CSV header on line ${first} cannot be read: ${error.message}`);
      yield { line: first, id: null, issues: [{ path: layout.columns[error.field] ?? '', message: error.message }] };
      continue;
    }
    if (!fields) continue;
    if (!layout) {
      layout = csvCaseLayout(fields);
      continue;
    }
    yield csvCaseEntry(layout, fields, first);
  }
  if (reader.pending) {
    yield { line: first, id: null, issues: [{ path: '', message: 'a quoted field opened in this record is never closed: it runs to the end of the input' }] };
  }
}

/**
 * The records of a caseload as they stream in, one at a time and in input order, so a file of
 * any size is read in flat memory. JSON Lines: one record per line. CSV: the caseload layout
 * ({@link csvCaseLayout}). A CIN census return: one record per episode. A record that cannot be read
 * comes out as its problems, and reading goes on.
 * @throws UsageError when a CSV header does not follow the layout: then no row can be read.
 */
export function readCaseload(input: Readable, format: CaseloadFormat): AsyncGenerator<CaseloadEntry> {
  return format === 'csv' ? csvRows(input) : format === 'census' ? censusEpisodes(input) : readJsonLines(input);
}

/** A CIN census return: one record per episode, numbered by the line its CINdetails opens on. */
async function* censusEpisodes(input: Readable): AsyncGenerator<CaseloadEntry> {
  try {
    yield* censusCaseRecords(input);
  } catch (error) {
    if (error instanceof CensusFormatError) throw new UsageError(`the census return stops being readable at ${error.message}`);
    throw error;
  }
}
