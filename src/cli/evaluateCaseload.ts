import type { CaseRecordIssue } from '../evaluate/caseRecordError.js';
import { evaluateEntry, type CaseloadOutcome } from '../evaluate/caseloadLines.js';
import type { EvaluateOptions } from '../evaluate/evaluateCase.js';
import { UsageError, type CliIo } from './command.js';
import type { CaseloadSource } from './openCaseload.js';
import { progressBar, type ProgressBar } from './progressBar.js';
import { readCaseload } from './readCaseload.js';

/**
 * A caseload run through the evaluator one record at a time, counting as it goes: every record
 * read is either evaluated or rejected, so the three counts always add up.
 */
export class CaseloadRun {
  #read = 0;
  #evaluated = 0;
  #rejected = 0;
  readonly #progress: ProgressBar | undefined;

  constructor(private readonly source: CaseloadSource, private readonly options: EvaluateOptions, private readonly io: CliIo) {
    this.#progress = io.stderrIsTTY ? progressBar(io.stderr, source.size) : undefined;
  }

  /** Each record's outcome, in input order; draws a progress bar while it runs when stderr is a terminal. */
  async* outcomes(): AsyncGenerator<CaseloadOutcome> {
    const progress = this.#progress;
    try {
      for await (const entry of readCaseload(this.source.stream, this.source.format)) {
        this.#read += 1;
        progress?.update(this.#read, this.source.bytesRead());
        const outcome = evaluateEntry(entry, this.options);
        if ('evaluation' in outcome) this.#evaluated += 1;
        else this.#rejected += 1;
        yield outcome;
      }
    } catch (error) {
      // The input failing part-way (a read error) stops the run; anything else is a bug to show.
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code === 'string' && code.startsWith('E')) throw new UsageError(`cannot read the caseload: ${code}`);
      throw error;
    } finally {
      progress?.clear();
    }
  }

  /** Writes a line on stderr, clearing the progress bar first so that the two do not mix. */
  warn(text: string): void {
    this.#progress?.clear();
    this.io.stderr.write(`${text}\n`);
  }

  /** Records read so far, and how many of them were evaluated and rejected. */
  get counts(): { read: number; evaluated: number; rejected: number } {
    return { read: this.#read, evaluated: this.#evaluated, rejected: this.#rejected };
  }

  /** The counts, as the summary line on stderr gives them. */
  summary(): string {
    return `${this.#read} record${this.#read === 1 ? '' : 's'} read: ${this.#evaluated} evaluated, ${this.#rejected} rejected`;
  }
}

/** A rejected record's problems on one line: `path: message; …`. */
export function problemsText(issues: readonly CaseRecordIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
}
