import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UsageError, type CliIo } from './command.js';
import type { CaseloadFormat } from './readCaseload.js';

/** A caseload to read: its stream and format, and how far through it reading has got. */
export interface CaseloadSource {
  stream: Readable;
  format: CaseloadFormat;
  /** The file's size in bytes; undefined for standard input. */
  size: number | undefined;
  /** Bytes read so far (for the progress bar; 0 for standard input). */
  bytesRead(): number;
}

const EXTENSIONS: Record<string, CaseloadFormat> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv' };

/** The format a file name's extension gives (.jsonl, .ndjson, .csv), if any. */
export function formatOfFile(path: string): CaseloadFormat | undefined {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? undefined : EXTENSIONS[path.slice(dot).toLowerCase()];
}

/** Whether a file's first characters (after a byte order mark and white space) open XML; false when unreadable. */
async function startsWithXml(path: string): Promise<boolean> {
  let file;
  try {
    file = await open(path);
    const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(64), position: 0 });
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF?\s*/, '').startsWith('<');
  } catch {
    return false; // the open below reports why
  } finally {
    await file?.close();
  }
}

/**
 * Opens the caseload a command was pointed at: a file, or standard input for `-`. The format is
 * `--format` when given, else the file's extension.
 * @throws UsageError when the file cannot be opened or its format is unknown.
 */
export async function openCaseload(path: string, formatOption: string | undefined, io: CliIo): Promise<CaseloadSource> {
  if (formatOption !== undefined && formatOption !== 'jsonl' && formatOption !== 'csv' && formatOption !== 'census') {
    throw new UsageError(`--format: "${formatOption}" is not a caseload format (jsonl, csv or census)`);
  }
  // A census return is known by its content (XML), whatever the file is called.
  const format = formatOption ?? (path === '-' ? undefined : (await startsWithXml(path) ? 'census' : formatOfFile(path)));
  if (format === undefined) {
    throw new UsageError(path === '-' ? 'reading standard input needs --format jsonl or --format csv'
      : `cannot tell the format of ${path} from its extension (.jsonl, .ndjson or .csv): give --format jsonl or --format csv`);
  }
  if (path === '-') return { stream: io.stdin, format, size: undefined, bytesRead: () => 0 };
  let file;
  try {
    file = await open(path);
    const stats = await file.stat();
    // A directory opens, and fails only once read: refuse it now, before any output.
    if (stats.isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
    const stream = file.createReadStream();
    return { stream, format, size: stats.size, bytesRead: () => stream.bytesRead };
  } catch (error) {
    await file?.close();
    throw new UsageError(`cannot read the caseload ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
