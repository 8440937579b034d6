/**
 * caseloadLines: a JSON Lines caseload read record by record (blank lines skipped but counted,
 * a line that cannot be read reported with its number), each record evaluated without ever
 * throwing, and each outcome written as one line of JSON.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { evaluateEntry, outcomeJsonLine, readJsonLines, unreadableEntry, type CaseloadEntry } from '../../src/evaluate/caseloadLines.js';
import { compactEvaluation } from '../../src/evaluate/compactEvaluation.js';
import { evaluateCase } from '../../src/evaluate/evaluateCase.js';

const record = JSON.parse(readFileSync('examples/st-helens-case.json', 'utf8')) as { id: string };
const asOf = '2025-02-24';

async function entries(chunks: (string | Buffer)[]): Promise<CaseloadEntry[]> {
  const out: CaseloadEntry[] = [];
  for await (const entry of readJsonLines(Readable.from(chunks))) out.push(entry);
  return out;
}

describe('unreadableEntry', () => {
  it('names the line when the record starts on it, else the record\'s line by number', () => {
    expect(unreadableEntry(4, { number: 4, tooLong: 2_000_000 })).toEqual({
      line: 4, id: null, issues: [{ path: '', message: 'the line is 2000000 bytes long; a record may be at most 1048576' }],
    });
    expect(unreadableEntry(2, { number: 5, invalidUtf8: true })).toEqual({
      line: 2, id: null, issues: [{ path: '', message: 'its line 5 is not valid UTF-8 (save the file as UTF-8)' }],
    });
  });
});

describe('readJsonLines', () => {
  it('one record a line; blank lines skipped, keeping their numbers; bad JSON and bad UTF-8 reported, and reading goes on', async () => {
    const result = await entries([Buffer.concat([
      Buffer.from('{"id":"A"}\n\n   \n{"id":\n'),
      Buffer.from([0xff, 0x0a]),
      Buffer.from('[1,2]'),
    ])]);
    expect(result).toEqual([
      { line: 1, record: { id: 'A' } },
      { line: 4, id: null, issues: [{ path: '', message: `not valid JSON: ${jsonError('{"id":')}` }] },
      { line: 5, id: null, issues: [{ path: '', message: 'the line is not valid UTF-8 (save the file as UTF-8)' }] },
      { line: 6, record: [1, 2] },
    ]);
  });
});

/** The message JSON.parse gives for `text` (it differs between Node versions). */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} is valid JSON`);
}

describe('evaluateEntry', () => {
  it('evaluates a record as evaluateCase does, keeping its line', () => {
    expect(evaluateEntry({ line: 3, record }, { asOf })).toEqual({ line: 3, evaluation: evaluateCase(record, { asOf }) });
  });

  it('an entry that is already a problem is passed on as it is', () => {
    const problem = { line: 8, id: null, issues: [{ path: '', message: 'the line is not valid UTF-8 (save the file as UTF-8)' }] };
    expect(evaluateEntry(problem, { asOf })).toBe(problem);
  });

  it('a record that cannot be evaluated: its id and issues, told in the input\'s terms when the entry says how', () => {
    const bad = { ...record, currentLevel: 7 };
    const issue = { path: 'currentLevel', message: 'the current level is 1, 2, 3 or 4' };
    expect(evaluateEntry({ line: 2, record: bad }, { asOf })).toEqual({ line: 2, id: record.id, issues: [issue] });
    const explain = (issues: readonly { path: string; message: string }[]) => issues.map((i) => ({ ...i, path: `column ${i.path}` }));
    expect(evaluateEntry({ line: 2, record: bad, explain }, { asOf })).toEqual({ line: 2, id: record.id, issues: [{ ...issue, path: 'column currentLevel' }] });
  });

  it('anything that throws is that record\'s problem, with its id when it is a string', () => {
    const explain = (): never => { throw new Error('no such column'); };
    const failed = (id: unknown) => evaluateEntry({ line: 9, record: { id, currentLevel: 7 }, explain }, { asOf });
    const issues = [{ path: '', message: 'the evaluator failed: Error: no such column' }];
    expect(failed('C-9')).toEqual({ line: 9, id: 'C-9', issues });
    expect(failed(9)).toEqual({ line: 9, id: null, issues });
    expect(evaluateEntry({ line: 9, record: null, explain }, { asOf })).toEqual({ line: 9, id: null, issues });
  });
});

describe('outcomeJsonLine', () => {
  const evaluation = evaluateCase(record, { asOf });

  it('an evaluation with its line first, in full or compact', () => {
    expect(outcomeJsonLine({ line: 3, evaluation })).toBe(JSON.stringify({ line: 3, ...evaluation }));
    expect(outcomeJsonLine({ line: 3, evaluation }, { compact: false })).toBe(JSON.stringify({ line: 3, ...evaluation }));
    expect(outcomeJsonLine({ line: 3, evaluation }, { compact: true })).toBe(JSON.stringify({ line: 3, ...compactEvaluation(evaluation) }));
  });

  it('a problem as { line, id, error: { issues } }, the same in compact form', () => {
    const outcome = { line: 7, id: 'C-7', issues: [{ path: 'events[0].on', message: 'not a date' }] };
    const line = '{"line":7,"id":"C-7","error":{"issues":[{"path":"events[0].on","message":"not a date"}]}}';
    expect(outcomeJsonLine(outcome)).toBe(line);
    expect(outcomeJsonLine(outcome, { compact: true })).toBe(line);
  });
});
