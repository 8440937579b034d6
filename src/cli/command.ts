import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes: the process's streams, or test doubles. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  stderrIsTTY: boolean;
}

/** Exit statuses: 0 all good, 1 some input was invalid (and said so), 2 the command could not run. */
export const EXIT = { ok: 0, invalidInput: 1, cannotRun: 2 } as const;

/** One sub-command of `early-help-rules` (its name and summary are in `commands/index.ts`). */
export interface Command {
  /** The full `--help` text. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** A problem with how the command was called or what it was pointed at: reported, exit status 2. */
export class UsageError extends Error {}
