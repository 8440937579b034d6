import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from './command.js';

/** Written to in a few large chunks: evaluation goes on while the disc catches up. */
const HIGH_WATER_MARK = 1024 * 1024;

/** A file being written: its stream, then `commit` to put it in place, or `discard` to leave the target as it was. */
export interface OutputFile {
  stream: Writable;
  /** Finishes writing and renames the temporary file over the target. @throws UsageError when the write failed */
  commit(): Promise<void>;
  /** Drops what was written; the target is untouched. Never throws. */
  discard(): Promise<void>;
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

async function statOrUndefined(path: string): Promise<Awaited<ReturnType<typeof stat>> | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`cannot write ${path}: ${errorCode(error)}`);
  }
}

/**
 * Opens `path` for a command's output without risk to what is there: the output goes to a
 * temporary file beside it, renamed over it only on `commit`, so a run that fails part-way
 * leaves the old file whole. A path that is one of the command's `inputs` (the same file by
 * device and inode, so through a symbolic or hard link too) is refused before anything is
 * touched. A target that is not a regular file (/dev/null, a named pipe) is written directly.
 * @param option how the user named the output, for messages: `--out`
 * @throws UsageError when the output is an input, a directory, or cannot be created
 */
export async function openOutputFile(path: string, option: string, inputs: readonly string[]): Promise<OutputFile> {
  const target = await statOrUndefined(path);
  if (target) {
    for (const input of inputs) {
      const source = await statOrUndefined(input);
      if (source && source.dev === target.dev && source.ino === target.ino) {
        throw new UsageError(`${option} ${path} is the input ${input}: writing it would destroy what is being read; choose another file`);
      }
    }
    if (target.isDirectory()) throw new UsageError(`${option} ${path} is a directory: name a file`);
  }
  const direct = target !== undefined && !target.isFile();
  const written = direct ? path : join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let stream: Writable;
  try {
    stream = (await open(written, direct ? 'w' : 'wx')).createWriteStream({ highWaterMark: HIGH_WATER_MARK });
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${errorCode(error)}`);
  }
  let failure: unknown;
  stream.on('error', (error) => { failure ??= error; });
  const close = async (): Promise<void> => {
    if (!stream.closed) {
      stream.end();
      // A failure while closing rejects the wait and is recorded in `failure`.
      await once(stream, 'close').catch(() => undefined);
    }
  };
  return {
    stream,
    async commit() {
      await close();
      if (failure === undefined && !direct) {
        try {
          await rename(written, path);
          return;
        } catch (error) {
          failure = error;
        }
      }
      if (failure === undefined) return;
      if (!direct) await unlink(written).catch(() => undefined);
      throw new UsageError(`cannot write ${path}: ${errorCode(failure)}`);
    },
    async discard() {
      if (!stream.closed) {
        stream.destroy();
        await once(stream, 'close').catch(() => undefined);
      }
      if (!direct) await unlink(written).catch(() => undefined);
    },
  };
}

/** Writes a whole text to `path` the same safe way: {@link openOutputFile}, one write, commit. */
export async function writeOutputFile(path: string, option: string, inputs: readonly string[], text: string): Promise<void> {
  const file = await openOutputFile(path, option, inputs);
  file.stream.write(text);
  await file.commit();
}
