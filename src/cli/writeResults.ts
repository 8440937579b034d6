import { once } from 'node:events';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { outcomeJsonLine, type CaseloadOutcome } from '../evaluate/caseloadLines.js';
import type { Evaluation } from '../evaluate/evaluateCase.js';
import { UsageError, type CliIo } from './command.js';
import { formatCsvLine } from './csvLine.js';
import { problemsText } from './evaluateCaseload.js';
import { formatOfFile } from './openCaseload.js';

/** The columns of batch results written as CSV, one row per input record. */
const RESULT_CSV_COLUMNS = ['line', 'caseId', 'authority', 'status', 'assessedLevel', 'currentLevel', 'recommendation',
  'recommendedLevel', 'overdue', 'dueSoon', 'nextDue', 'nextDueTimescale', 'flags', 'error'] as const;

/** Written out in chunks of about this many characters: far fewer writes than one per record. */
const CHUNK = 64 * 1024;
/** A file's write buffer holds a few chunks, so evaluation goes on while the disc catches up. */
const HIGH_WATER_MARK = 16 * CHUNK;

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
    return [String(outcome.line), outcome.id ?? '', '', 'error', '', '', '', '', '', '', '', '', '', problemsText(outcome.issues)];
  }
  const { evaluation: e } = outcome;
  const count = (status: string): string => String(e.deadlines.filter((d) => d.status === status).length);
  const next = nextDue(e);
  return [String(outcome.line), e.caseId, e.authority, 'ok', e.level.assessed === null ? '' : String(e.level.assessed),
    String(e.level.current), e.recommendation.action, String(e.recommendation.to), count('overdue'), count('due-soon'),
    next?.due ?? '', next?.id ?? '', e.flags.map((f) => f.code).join(';'), ''];
}

/** Where batch results go, one line per outcome, written with backpressure. */
export interface ResultWriter {
  write(outcome: CaseloadOutcome): Promise<void>;
  /** Writes what is buffered and closes the output file (standard output stays open). */
  close(): Promise<void>;
}

/**
 * The results of a batch: to the file `--out` names, as JSON Lines or CSV by its extension,
 * or to standard output as JSON Lines. Output is buffered in small chunks, and a write waits
 * for 'drain' when the stream is full, so memory stays flat however many results there are.
 * @throws UsageError when the file cannot be created or its extension names no format.
 */
export async function openResults(outPath: string | undefined, io: CliIo): Promise<ResultWriter> {
  const format = outPath === undefined ? 'jsonl' : formatOfFile(outPath);
  if (format === undefined) throw new UsageError(`--out: name the results file .jsonl, .ndjson or .csv, not ${outPath}`);
  let stream: Writable = io.stdout;
  if (outPath !== undefined) {
    try {
      stream = (await open(outPath, 'w')).createWriteStream({ highWaterMark: HIGH_WATER_MARK });
    } catch (error) {
      throw new UsageError(`cannot write the results to ${outPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  let failure: NodeJS.ErrnoException | undefined;
  stream.on('error', (error) => { failure = error; });
  const failed = (): UsageError => new UsageError(`cannot write the results to ${outPath ?? 'standard output'}: ${failure?.code ?? failure?.message}`);
  let buffer = format === 'csv' ? `${formatCsvLine(RESULT_CSV_COLUMNS)}\n` : '';
  const flush = async (): Promise<void> => {
    const text = buffer;
    buffer = '';
    if (failure) throw failed();
    try {
      if (!stream.write(text)) await once(stream, 'drain');
    } catch {
      // once() rejects when the stream fails while we wait (a closed pipe, a full disc).
      throw failed();
    }
  };
  return {
    async write(outcome) {
      buffer += `${format === 'csv' ? formatCsvLine(csvRow(outcome)) : outcomeJsonLine(outcome)}\n`;
      if (buffer.length >= CHUNK) await flush();
    },
    async close() {
      if (buffer) await flush();
      if (failure) throw failed();
      if (stream === io.stdout) return;
      stream.end();
      // A failure while closing rejects the wait and is recorded in `failure`.
      await once(stream, 'close').catch(() => undefined);
      if (failure) throw failed();
    },
  };
}
