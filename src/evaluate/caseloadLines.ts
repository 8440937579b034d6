import type { Readable } from 'node:stream';
import type { CaseRecordIssue } from './caseRecordError.js';
import { compactEvaluation } from './compactEvaluation.js';
import { safeEvaluateCase, type EvaluateOptions, type Evaluation } from './evaluateCase.js';
import { MAX_LINE_LENGTH, readLines, type Line } from './readLines.js';

// A caseload as JSON Lines, one record per line, shared by the command line's `batch` and the
// server's POST /batch so that both read, evaluate and answer each line the same way.

/**
 * One record of a caseload, numbered by the input line it starts on: the record as read, or
 * why it could not be read. Blank lines are not records, but they keep their line numbers.
 */
export type CaseloadEntry =
  | {
    line: number;
    record: unknown;
    /**
     * The evaluator's issues with the record told in the input's own terms (a CSV's columns),
     * for a format that reads into a record not yet checked, so that it is checked only once.
     */
    explain?: (issues: readonly CaseRecordIssue[]) => readonly CaseRecordIssue[];
  }
  | { line: number; id: string | null; issues: readonly CaseRecordIssue[] };

/** What became of one record of a caseload, numbered by its input line. */
export type CaseloadOutcome =
  | { line: number; evaluation: Evaluation }
  | { line: number; id: string | null; issues: readonly CaseRecordIssue[] };

/** A line that could not be read: too long, or not UTF-8. */
type UnreadableLine = Exclude<Line, { text: string }>;

/** A record with a line that cannot be read, numbered by the line the record starts on. */
export function unreadableEntry(first: number, line: UnreadableLine): CaseloadEntry {
  const which = first === line.number ? 'the line' : `its line ${line.number}`;
  const message = 'tooLong' in line ? `${which} is ${line.tooLong} bytes long; a record may be at most ${MAX_LINE_LENGTH}`
    : `${which} is not valid UTF-8 (save the file as UTF-8)`;
  return { line: first, id: null, issues: [{ path: '', message }] };
}

/**
 * The records of a JSON Lines stream, one per line, as they stream in: a line that is not JSON
 * is too long or is not UTF-8 comes out as its problem, and reading goes on.
 * @example for await (const entry of readJsonLines(stream)) if ('record' in entry) …
 */
export async function* readJsonLines(input: Readable): AsyncGenerator<CaseloadEntry> {
  for await (const line of readLines(input)) {
    if (!('text' in line)) {
      yield unreadableEntry(line.number, line);
      continue;
    }
    if (line.text.trim() === '') continue;
    try {
      yield { line: line.number, record: JSON.parse(line.text) };
    } catch (error) {
      yield { line: line.number, id: null, issues: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
    }
  }
}

/**
 * Evaluates one entry of a caseload; never throws, so that one record never stops the others.
 * @example evaluateEntry({ line: 3, record }, { asOf: '2025-02-20' }) // { line: 3, evaluation: … }
 */
export function evaluateEntry(entry: CaseloadEntry, options: EvaluateOptions): CaseloadOutcome {
  if (!('record' in entry)) return entry;
  const { line, record, explain } = entry;
  try {
    const result = safeEvaluateCase(record, options);
    if (result.success) return { line, evaluation: result.data };
    return { line, id: result.error.caseId, issues: explain ? explain(result.error.issues) : result.error.issues };
  } catch (error) {
    // An evaluator failure is that record's problem, reported with it.
    const id = (record as { id?: unknown } | null)?.id;
    return { line, id: typeof id === 'string' ? id : null, issues: [{ path: '', message: `the evaluator failed: ${String(error)}` }] };
  }
}

/**
 * An outcome as one line of JSON Lines output (without the line break): the evaluation with its
 * input line number, or `{ line, id, error: { issues } }`. `compact` writes the evaluation in
 * the compact form ({@link compactEvaluation}); an error line is the same either way.
 * @example outcomeJsonLine({ line: 7, id: null, issues: [] }) // '{"line":7,"id":null,"error":{"issues":[]}}'
 */
export function outcomeJsonLine(outcome: CaseloadOutcome, { compact = false }: { compact?: boolean } = {}): string {
  if (!('evaluation' in outcome)) return JSON.stringify({ line: outcome.line, id: outcome.id, error: { issues: outcome.issues } });
  return JSON.stringify({ line: outcome.line, ...(compact ? compactEvaluation(outcome.evaluation) : outcome.evaluation) });
}
