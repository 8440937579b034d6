import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { UsageError } from './command.js';

/** The number of the first line that is not UTF-8 (the file as a whole is not). */
function invalidUtf8Line(bytes: Buffer): number {
  let line = 1;
  for (let start = 0, end = bytes.indexOf(10); end !== -1 && isUtf8(bytes.subarray(start, end)); start = end + 1, end = bytes.indexOf(10, start)) {
    line += 1;
  }
  return line;
}

/** Reads and parses a JSON file (UTF-8, with or without a byte order mark), or fails with a UsageError that names the file and the problem. */
export function readJsonFile(path: string, what: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!isUtf8(bytes)) {
    throw new UsageError(`the ${what} ${path} is not valid UTF-8 on line ${invalidUtf8Line(bytes)} (save it as UTF-8)`);
  }
  try {
    // A byte order mark (as Windows editors write) is not part of the JSON.
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`the ${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}
