import type { CaseRecordIssue } from '../evaluate/caseRecordError.js';
import { episodeCaseRecord, type CensusCaseRecord } from './episodeCaseRecord.js';
import { episodeDates } from './episodeDates.js';
import { readCensusReturn } from './readCensusReturn.js';

/** A census episode as a case record, numbered by the line its `CINdetails` opens on, or why it cannot be read. */
export type CensusCaseEntry =
  | { line: number; record: CensusCaseRecord }
  | { line: number; id: string | null; issues: CaseRecordIssue[] };

/**
 * The case records of a census return's episodes, streaming, one at a time: what `batch` and
 * `report` evaluate when given a census return.
 *
 * @example for await (const entry of censusCaseRecords(createReadStream('return.xml'))) …
 * @throws CensusFormatError when the file is not well-formed XML or not a census return.
 */
export async function* censusCaseRecords(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<CensusCaseEntry> {
  for await (const item of readCensusReturn(chunks)) {
    if (!('episode' in item)) continue;
    const reading = episodeDates(item.episode);
    yield reading.success ? { line: item.episode.line, record: episodeCaseRecord(reading.dates) }
      : { line: item.episode.line, id: reading.id, issues: reading.problems.map((p) => ({ path: p.element, message: p.message })) };
  }
}
