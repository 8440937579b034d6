import type { Readable } from 'node:stream';

/** The longest physical line a caseload may hold: 1 MiB of characters, far beyond any real case record. */
export const MAX_LINE_LENGTH = 1024 * 1024;

/** One physical line of input, numbered from 1, without its line break (LF or CRLF). */
export type Line =
  | { number: number; text: string }
  /** A line longer than {@link MAX_LINE_LENGTH}: its text was dropped as it streamed past. */
  | { number: number; tooLong: number };

/**
 * The lines of a UTF-8 stream, one at a time, holding at most one line of `maxLength`
 * characters: an over-long line is counted and skipped, never buffered, so memory stays flat
 * whatever the input holds. A byte order mark at the start (as Excel writes) is dropped.
 */
export async function* readLines(input: Readable, maxLength = MAX_LINE_LENGTH): AsyncGenerator<Line> {
  input.setEncoding('utf8');
  let number = 0;
  let partial = '';
  let partialLength = 0;
  const line = (rest: string): Line => {
    number += 1;
    const length = partialLength + rest.length;
    const text = length > maxLength ? undefined : (partial + rest).replace(/\r$/, '');
    partial = '';
    partialLength = 0;
    return text === undefined ? { number, tooLong: length } : { number, text: number === 1 ? text.replace(/^\uFEFF/, '') : text };
  };
  for await (const chunk of input as AsyncIterable<string>) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      yield line(chunk.slice(start, end));
      start = end + 1;
    }
    const rest = chunk.slice(start);
    partialLength += rest.length;
    // Keep the text only while the line could still fit.
    partial = partialLength > maxLength ? '' : partial + rest;
  }
  if (partialLength > 0) yield line('');
}
