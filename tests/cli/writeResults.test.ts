import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeJsonLine, type CaseloadOutcome } from '../../src/evaluate/caseloadLines.js';
import { evaluateCase } from '../../src/evaluate/evaluateCase.js';
import { safeJsonText } from '../../src/cli/terminalText.js';
import { openResults } from '../../src/cli/writeResults.js';
import { generatedCaseLine } from '../support/generateCaseload.js';

/** Everything a result writer writes to standard output, as the chunks it wrote. */
async function written(outcomes: readonly CaseloadOutcome[], compact = false): Promise<Buffer[]> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const io = { stdin: new PassThrough(), stdout, stderr: new PassThrough(), stderrIsTTY: false };
  const results = await openResults(undefined, false, [], io, compact);
  for (const outcome of outcomes) await results.write(outcome);
  await results.close();
  return chunks;
}

const expected = (outcomes: readonly CaseloadOutcome[], compact = false): string =>
  outcomes.map((o) => `${safeJsonText(outcomeJsonLine(o, { compact }))}\n`).join('');

// Ids of any length and any characters (astral ones, controls, the bidirectional ones made safe),
// so lines of one, two, three and four UTF-8 bytes a character fall across the 64 KiB chunks,
// and some lines are longer than a chunk.
const id = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'binary', minLength: 20_000, maxLength: 40_000 }));
const outcome = fc.tuple(fc.nat(), fc.option(id)).map(([line, i]): CaseloadOutcome => ({ line, id: i, issues: [{ path: 'id', message: 'a test' }] }));

describe('openResults (JSON Lines)', () => {
  it('writes exactly the JSON lines of its outcomes, in order, however they fall across its chunks', async () => {
    await fc.assert(fc.asyncProperty(fc.array(outcome, { maxLength: 60 }), async (outcomes) => {
      const chunks = await written(outcomes);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(expected(outcomes));
      // A chunk is at most 64 KiB unless it is one line longer than that.
      for (const chunk of chunks) if (chunk.length > 65_536) expect(chunk.indexOf(10)).toBe(chunk.length - 1);
    }), { numRuns: 25 });
  });

  it('escapes what a terminal would act on and nothing else: DEL in plain ASCII, C1 and bidirectional characters, U+2028', async () => {
    const ids = ['PLAIN-1', 'DEL\u007f', 'caf\u00e9', 'C1\u0085', 'A\u202eB', 'line\u2028sep', '\u{1f600}'];
    const outcomes: CaseloadOutcome[] = ids.map((i, n) => ({ line: n + 1, id: i, issues: [] }));
    expect(Buffer.concat(await written(outcomes)).toString('utf8').split('\n').map((l) => (l === '' ? l : (JSON.parse(l) as { id: string }).id)))
      .toEqual([...ids, '']);
    expect(Buffer.concat(await written(outcomes)).toString('utf8')).toBe(['PLAIN-1', 'DEL\\u007f', 'caf\u00e9', 'C1\\u0085', 'A\\u202eB',
      'line\\u2028sep', '\u{1f600}'].map((i, n) => `{"line":${n + 1},"id":"${i}","error":{"issues":[]}}\n`).join(''));
  });

  it('writes evaluations as JSON.stringify does, and in the compact form with --compact', async () => {
    const outcomes: CaseloadOutcome[] = Array.from({ length: 300 }, (_, i) => ({ line: i + 1,
      evaluation: evaluateCase(JSON.parse(generatedCaseLine(i)), { asOf: '2025-11-03' }) }));
    outcomes.push({ line: 301, id: 'X-1', issues: [{ path: 'events[0].on', message: 'not a date' }] });
    for (const compact of [false, true]) {
      const text = Buffer.concat(await written(outcomes, compact)).toString('utf8');
      expect(text).toBe(expected(outcomes, compact));
      // The error line is the same in either form.
      expect(text.endsWith('{"line":301,"id":"X-1","error":{"issues":[{"path":"events[0].on","message":"not a date"}]}}\n')).toBe(true);
    }
  });
});
