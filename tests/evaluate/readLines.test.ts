/**
 * readLines: the physical lines of a stream, numbered from 1, without LF or CRLF; a byte order
 * mark dropped from the first line only; a line over the limit counted, not read; a line that is
 * not UTF-8 refused on its own. Chunks may split a line anywhere.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, readLines, type Line } from '../../src/evaluate/readLines.js';

async function lines(chunks: (string | Buffer)[], maxLength?: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of readLines(Readable.from(chunks), maxLength)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits on LF and CRLF across chunks; the last line needs no line break', async () => {
    expect(await lines(['\uFEFFid,a\r\nsecond\r\n', 'split', ' line\nlast'])).toEqual([
      { number: 1, text: 'id,a' }, { number: 2, text: 'second' }, { number: 3, text: 'split line' }, { number: 4, text: 'last' },
    ]);
  });

  it('a final line break ends the last line, it does not start an empty one; no input, no lines', async () => {
    expect(await lines(['a\n'])).toEqual([{ number: 1, text: 'a' }]);
    expect(await lines([])).toEqual([]);
  });

  it('keeps a byte order mark that is not at the start of the input, and a CR that does not end a line', async () => {
    expect(await lines(['x\uFEFFy\r\n\uFEFFb\rc\n'])).toEqual([{ number: 1, text: 'x\uFEFFy' }, { number: 2, text: '\uFEFFb\rc' }]);
  });

  it('a line of more than maxLength bytes is its length, however the chunks split it; exactly maxLength is read', async () => {
    // maxLength 5: "12345" (5 bytes) is read; "123456" is 6 bytes; "12"+"34"+"5" is 5; "1234"+"56"+"7" is 7;
    // "123"+"45" fills the limit exactly before its line break arrives in the next chunk.
    expect(await lines(['12345\n123456\n', '12', '34', '5\n', '1234', '56', '7\n', '123', '45', '\nok'], 5)).toEqual([
      { number: 1, text: '12345' }, { number: 2, tooLong: 6 }, { number: 3, text: '12345' }, { number: 4, tooLong: 7 },
      { number: 5, text: '12345' }, { number: 6, text: 'ok' },
    ]);
  });

  it('an over-long last line without a line break is counted too', async () => {
    expect(await lines(['ok\n', '123', '456'], 5)).toEqual([{ number: 1, text: 'ok' }, { number: 2, tooLong: 6 }]);
  });

  it('by default a line may be 1 MiB (1,048,576 bytes), and no more', async () => {
    expect(MAX_LINE_LENGTH).toBe(1_048_576);
    const [exact, over] = await lines([`${'x'.repeat(1_048_576)}\n`, `${'y'.repeat(1_048_577)}\n`]);
    expect(exact && 'text' in exact ? exact.text.length : null).toBe(1_048_576);
    expect(over).toEqual({ number: 2, tooLong: 1_048_577 });
  });

  it('a line that is not UTF-8 (a lone 0xFF byte) is refused; the next line is read', async () => {
    expect(await lines([Buffer.from([0x61, 0xff, 0x0a, 0x62, 0x0a])])).toEqual([{ number: 1, invalidUtf8: true }, { number: 2, text: 'b' }]);
  });
});
