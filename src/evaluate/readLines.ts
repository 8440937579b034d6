import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';

/** The longest physical line a caseload may hold: 1 MiB, far beyond any real case record. */
export const MAX_LINE_LENGTH = 1024 * 1024;

/** One physical line of input, numbered from 1, without its line break (LF or CRLF). */
export type Line =
  | { number: number; text: string }
  /** A line longer than {@link MAX_LINE_LENGTH} bytes: its bytes were dropped as they streamed past. */
  | { number: number; tooLong: number }
  /** A line that is not UTF-8: refused rather than read with U+FFFD in place of its bad bytes. */
  | { number: number; invalidUtf8: true };

const NEWLINE = 0x0a;

function decode(number: number, bytes: Buffer): Line {
  if (!isUtf8(bytes)) return { number, invalidUtf8: true };
  const text = bytes.toString('utf8').replace(/\r$/, '');
  // A byte order mark at the start (as Excel writes) is not part of the data.
  return { number, text: number === 1 ? text.replace(/^\uFEFF/, '') : text };
}

/**
 * The lines of a UTF-8 stream, one at a time, holding at most one line of `maxLength` bytes:
 * an over-long line is counted and skipped, never buffered, so memory stays flat whatever the
 * input holds. Each line is checked as UTF-8 on its own, so one bad line spoils no other.
 */
export async function* readLines(input: Readable, maxLength = MAX_LINE_LENGTH): AsyncGenerator<Line> {
  let number = 0;
  let parts: Buffer[] = [];
  let partialLength = 0;
  const line = (rest: Buffer): Line => {
    number += 1;
    const length = partialLength + rest.length;
    const result: Line = length > maxLength ? { number, tooLong: length }
      : decode(number,
        // Stryker disable next-line ConditionalExpression: Buffer.concat([rest]) holds the same bytes as rest; the test only saves a copy
        parts.length === 0 ? rest : Buffer.concat([...parts, rest]));
    parts = [];
    partialLength = 0;
    return result;
  };
  for await (const data of input as AsyncIterable<Buffer | string>) {
    // Stryker disable next-line ConditionalExpression: Buffer.from of a Buffer is a copy of the same bytes
    const chunk = typeof data === 'string' ? Buffer.from(data) : data;
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      yield line(chunk.subarray(start, end));
      start = end + 1;
    }
    const rest = chunk.subarray(start);
    partialLength += rest.length;
    // Keep the bytes only while the line could still fit.
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: what this drops is memory alone; a line past maxLength is reported by its length and its parts are never read
    parts = partialLength > maxLength ? [] : [...parts, rest];
  }
  if (partialLength > 0) yield line(Buffer.alloc(0));
}
