import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { outcomeJsonLine, type CaseloadOutcome } from '../evaluate/caseloadLines.js';
import type { Evaluation } from '../evaluate/evaluateCase.js';
import { UsageError, type CliIo } from './command.js';
import { formatCsvLine } from './csvLine.js';
import { problemsText } from './evaluateCaseload.js';
import { formatOfFile } from './openCaseload.js';
import { openOutputFile } from './outputFile.js';
import { safeJsonText } from './terminalText.js';

/** The columns of batch results written as CSV, one row per input record. */
const RESULT_CSV_COLUMNS = ['line', 'caseId', 'authority', 'status', 'assessedLevel', 'currentLevel', 'recommendation',
  'recommendedLevel', 'overdue', 'dueSoon', 'nextDue', 'nextDueTimescale', 'flags', 'warnings', 'error'] as const;

/**
 * Results are encoded into buffers of this many bytes and written a buffer at a time: far fewer
 * writes than one per record, and each line is encoded once, straight into the buffer. (Adding
 * lines to one string and converting that cost twice as much: the string had to be flattened.)
 */
const CHUNK_BYTES = 64 * 1024;

/** The most bytes a string of this length can take in UTF-8: 3 per UTF-16 code unit. */
const maxUtf8Bytes = (length: number): number => 3 * length;

/** The first open deadline to fall due. Instants are written in London time, so their first ten characters are the date in England. */
function nextDue(evaluation: Evaluation): Evaluation['deadlines'][number] | undefined {
  let next: Evaluation['deadlines'][number] | undefined;
  for (const d of evaluation.deadlines) {
    if ((d.status === 'open' || d.status === 'due-soon') && (!next || d.due.slice(0, 10) < next.due.slice(0, 10))) next = d;
  }
  return next;
}

function csvRow(outcome: CaseloadOutcome): string[] {
  if (!('evaluation' in outcome)) {
    return [String(outcome.line), outcome.id ?? '', '', 'error', '', '', '', '', '', '', '', '', '', '', problemsText(outcome.issues)];
  }
  const { evaluation: e } = outcome;
  const count = (status: string): string => String(e.deadlines.filter((d) => d.status === status).length);
  const next = nextDue(e);
  return [String(outcome.line), e.caseId, e.authority, 'ok', e.level.assessed === null ? '' : String(e.level.assessed),
    String(e.level.current ?? ''), e.recommendation.action, String(e.recommendation.to ?? ''), count('overdue'), count('due-soon'),
    next?.due ?? '', next?.id ?? '', e.flags.map((f) => f.code).join(';'), e.warnings.map((w) => w.code).join(';'), ''];
}

/** Where batch results go, one line per outcome, written with backpressure. */
export interface ResultWriter {
  write(outcome: CaseloadOutcome): Promise<void>;
  /** Writes what is buffered and puts the output file in place (standard output stays open). */
  close(): Promise<void>;
  /** Drops the output file after a failed run, leaving any earlier file of that name as it was. */
  abort(): Promise<void>;
}

/**
 * The results of a batch: to the file `--out` names, as JSON Lines or CSV by its extension, or
 * to standard output as JSON Lines, or CSV with `--csv`. A file is written beside its target and
 * renamed over it only when the run has finished ({@link openOutputFile}). Output is buffered in
 * small chunks, and a write waits for 'drain' when the stream is full, so memory stays flat
 * however many results there are.
 * @param inputs the files the run reads, which the output must not be
 * @param compact JSON Lines results in the compact form (`compactEvaluation`), for `--compact`
 * @throws UsageError when the file cannot be created, is an input, or its extension names no format.
 */
export async function openResults(outPath: string | undefined, csv: boolean, inputs: readonly string[], io: CliIo, compact = false): Promise<ResultWriter> {
  const format = outPath === undefined ? (csv ? 'csv' : 'jsonl') : formatOfFile(outPath);
  if (format === undefined) throw new UsageError(`--out: name the results file .jsonl, .ndjson or .csv, not ${outPath}`);
  if (csv && format !== 'csv') throw new UsageError(`--csv: --out ${outPath} names a JSON Lines file; name it .csv, or leave out --csv`);
  if (compact && format === 'csv') throw new UsageError('--compact: CSV results carry no explanations or citations; it is for JSON Lines results');
  const file = outPath === undefined ? undefined : await openOutputFile(outPath, '--out', inputs);
  const stream: Writable = file?.stream ?? io.stdout;
  let failure: NodeJS.ErrnoException | undefined;
  stream.on('error', (error) => { failure = error; });
  const failed = (): UsageError => new UsageError(`cannot write the results to ${outPath ?? 'standard output'}: ${failure?.code ?? failure?.message}`);
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  const send = async (data: Buffer | string): Promise<void> => {
    if (failure) throw failed();
    try {
      if (!stream.write(data)) await once(stream, 'drain');
    } catch {
      // once() rejects when the stream fails while we wait (a closed pipe, a full disc).
      throw failed();
    }
  };
  const flush = async (): Promise<void> => {
    if (used === 0) return;
    const full = chunk.subarray(0, used);
    // The stream keeps the buffer until it is written: the next lines go into a new one.
    chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    used = 0;
    await send(full);
  };
  const writeLine = async (text: string): Promise<void> => {
    const room = maxUtf8Bytes(text.length) + 1;
    if (used + room > CHUNK_BYTES) await flush();
    if (room > CHUNK_BYTES) {
      await send(`${text}\n`); // a result larger than a whole chunk goes on its own
      return;
    }
    used += chunk.write(text, used);
    chunk[used++] = 0x0a;
  };
  if (format === 'csv') await writeLine(formatCsvLine(RESULT_CSV_COLUMNS));
  return {
    async write(outcome) {
      await writeLine(format === 'csv' ? formatCsvLine(csvRow(outcome)) : safeJsonText(outcomeJsonLine(outcome, { compact })));
    },
    async close() {
      await flush();
      if (failure) throw failed();
      await file?.commit();
    },
    async abort() {
      await file?.discard();
    },
  };
}
