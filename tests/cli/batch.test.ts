import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { generatedCaseLine } from '../support/generateCaseload.js';
import { runBin } from '../support/runBin.js';

const dir = mkdtempSync(join(tmpdir(), 'ehr-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const jsonLines = (text: string): Record<string, unknown>[] => text.trim().split('\n').map((line) => JSON.parse(line));
const caseload = readFileSync('examples/caseload.jsonl', 'utf8').trim().split('\n');
const AS_OF = '2025-02-24';

/**
 * Five cases of examples/caseload.jsonl (its lines 1, 5, 7, 8 and 9) as a case system's CSV
 * export: CRLF line ends and a byte order mark, as Excel writes them, a blank line, and one
 * cell in quotes holding two dates on two lines, so that record spans lines 2 and 3.
 */
const CASELOAD_CSV = '\uFEFF' + [
  'id,authority,current_level,lead,consent_given,consent_on,consent_withdrawn_on,unborn,date_of_birth,section47,section17,agencies,complexity,'
    + 'contact_received_at,contact_received_level,screening_completed_on,screening_completed_level,assessment_started_on,assessment_started_kind,'
    + 'child_seen_alone_on,meeting_decided_on,assessment_completed_on,assessment_completed_kind,meeting_held_on,meeting_held_kind,'
    + 'plan_circulated_on,plan_circulated_kind,plan_reviewed_on,closed_on',
  'SH-2025-0142,st-helens,2,partner-agency,TRUE,2024-12-09,,FALSE,2016-03-02,none,met,3,multiple,2024-12-02T10:15:00Z,2,2024-12-05,2,2024-12-09,early-help,"2024-12-16;',
  '2025-01-10",2024-12-19,2025-01-06,early-help,2025-01-13,initial,2025-01-29,initial,,',
  'SH-2025-0188,st-helens,2,early-help-team,TRUE,2025-01-20,,TRUE,,none,not-met,2,additional,,,,,2025-01-20,pre-birth,,2025-02-03,,,,,,,,',
  '',
  'SH-2024-0977,st-helens,2,partner-agency,TRUE,2024-09-02,,,,none,not-met,0,none,,,,,2024-09-02,early-help,,,2024-09-27,early-help,,,,,2024-10-25;2025-01-17,',
  'W-3402,warrington,3,,FALSE,,,,,none,not-met,4,complex,,,,,,,,,,,,,,,,',
  'Y-1120,york,2,partner-agency,TRUE,2025-02-10,,,,none,not-met,1,additional,,,,,2025-02-10,early-help,,,,,,,,,,2025-02-14',
].join('\r\n') + '\r\n';

describe('early-help-rules batch (the built bin)', () => {
  it('writes one JSON line per record of examples/caseload.jsonl, in order, with its line number; exit 0', () => {
    const run = runBin(['batch', 'examples/caseload.jsonl', '--as-of', AS_OF]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('10 records read: 10 evaluated, 0 rejected\n');
    const results = jsonLines(run.stdout);
    expect(results.map((r) => [r.line, r.caseId])).toEqual(caseload.map((line, i) => [i + 1, JSON.parse(line).id]));
    // Each line is the evaluation `evaluate --json` gives, with the line number first.
    const single = runBin(['evaluate', 'examples/st-helens-case.json', '--as-of', AS_OF, '--json']);
    expect(results[0]).toEqual({ line: 1, ...JSON.parse(single.stdout) });
    // SH-2025-0188: the Family Action Meeting decided on Mon 3 Feb 2025 is due 15 working days later, Mon 24 Feb.
    const meeting = (results[4]?.deadlines as { id: string; due: string; status: string }[]).find((d) => d.id === 'family-action-meeting');
    expect(meeting).toMatchObject({ due: '2025-02-24', status: 'due-soon' });
  });

  it('writes the documented CSV layout with --out results.csv', () => {
    const out = join(dir, 'results.csv');
    const run = runBin(['batch', 'examples/caseload.jsonl', '--as-of', AS_OF, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const rows = readFileSync(out, 'utf8').split('\n');
    expect(rows).toHaveLength(12); // header, 10 rows, and the empty string after the last line break
    expect(rows[0]).toBe('line,caseId,authority,status,assessedLevel,currentLevel,recommendation,recommendedLevel,overdue,dueSoon,nextDue,nextDueTimescale,flags,warnings,error');
    // SH-2025-0142: child-seen-alone#3 (due 7 Feb) and family-action-plan-review (due 13 Feb) overdue, nothing open.
    expect(rows[1]).toBe('1,SH-2025-0142,st-helens,ok,3,2,step-up,3,2,0,,,child-not-seen;needs-above-level;plan-drift,,');
    // SH-2025-0188: family-action-meeting due today (24 Feb) and pre-birth-assessment due Thu 6 Mar, 8 working days away.
    expect(rows[5]).toBe('5,SH-2025-0188,st-helens,ok,2,2,stay,2,0,1,2025-02-24,family-action-meeting,due-soon,,');
    // Y-1120 closed on Fri 14 Feb, before any deadline fell due.
    expect(rows[9]).toBe('9,Y-1120,york,ok,2,2,close,2,0,0,,,,,');
    expect(rows[11]).toBe('');
  });

  it('reads the caseload CSV layout: the same results as the same cases in JSON, numbered by the line each record starts on', () => {
    const out = join(dir, 'from-csv.jsonl');
    const run = runBin(['batch', file('caseload.csv', CASELOAD_CSV), '--as-of', AS_OF, '--out', out]);
    expect(run.stderr).toBe('5 records read: 5 evaluated, 0 rejected\n');
    expect(run.status).toBe(0);
    const fromCsv = jsonLines(readFileSync(out, 'utf8'));
    const fromJson = jsonLines(runBin(['batch', 'examples/caseload.jsonl', '--as-of', AS_OF]).stdout);
    // Header on line 1; SH-2025-0142 spans lines 2–3; line 5 is blank.
    expect(fromCsv.map((r) => r.line)).toEqual([2, 4, 6, 7, 8]);
    expect(fromCsv.map(({ line, ...evaluation }) => evaluation))
      .toEqual([1, 5, 7, 8, 9].map((n) => { const { line, ...evaluation } = fromJson[n - 1] as Record<string, unknown>; return evaluation; }));
  });

  describe('with bad records mixed in', () => {
    const needs = { section47: 'none', section17: 'met', agencies: 1, complexity: 'additional' };
    const record = (id: string, extra: object): string => JSON.stringify({ id, authority: 'york', currentLevel: 2, needs, events: [], ...extra });
    const lines = [
      caseload[0], // 1: SH-2025-0142
      JSON.stringify({ id: 'X-2', authority: 'york', currentLevel: '2', needs: { ...needs, agencies: 'three' }, events: [] }), // 2: wrong types
      '', // 3: blank: not a record
      record('X-4', { events: [{ type: 'meeting-cancelled', on: '2025-01-06' }] }), // 4: unknown event type
      record('X-5', { events: [{ type: 'meeting-held', on: '2025-02-30', kind: 'initial' }] }), // 5: impossible date
      '{"id": "X-6", "authority": ', // 6: broken JSON
      record('X-7', { events: [{ type: 'meeting-held', on: '2025-01-06', note: 'x'.repeat(1_000_000) }] }), // 7: a 1 MB line, within the line limit
      record('X-8', { events: [{ type: 'meeting-held', on: '2025-01-06', note: 'x'.repeat(1_100_000) }] }), // 8: over the 1 MiB line limit
      caseload[1], // 9: W-3317
      '   ', // 10: blank
      '[1,2,3]', // 11: JSON, but not a record
      caseload[8], // 12: Y-1120
      `${caseload[9]}\r`, // 13: S-5590, with a CRLF line end
    ];
    const input = `${lines.join('\n')}\n`;
    const expected = [
      { line: 1, caseId: 'SH-2025-0142' },
      { line: 2, id: 'X-2', error: { issues: [
        { path: 'currentLevel', message: 'the current level is 1, 2, 3 or 4' },
        { path: 'needs.agencies', message: 'Invalid input: expected number, received string' },
      ] } },
      { line: 4, id: 'X-4', error: { issues: [{ path: 'events[0].type', message: expect.stringMatching(/^unknown event type "meeting-cancelled": the shared vocabulary is contact-received, /) }] } },
      { line: 5, id: 'X-5', error: { issues: [{ path: 'events[0].on', message: '"2025-02-30" is not a real date written YYYY-MM-DD' }] } },
      { line: 6, id: null, error: { issues: [{ path: '', message: 'not valid JSON: Unexpected end of JSON input' }] } },
      { line: 7, id: 'X-7', error: { issues: [{ path: 'events[0].note', message: 'Too big: expected string to have <=10000 characters' }] } },
      { line: 8, id: null, error: { issues: [{ path: '', message: `the line is ${(lines[7] as string).length} bytes long; a record may be at most 1048576` }] } },
      { line: 9, caseId: 'W-3317' },
      { line: 11, id: null, error: { issues: [{ path: '', message: 'Invalid input: expected object, received array' }] } },
      { line: 12, caseId: 'Y-1120' },
      { line: 13, caseId: 'S-5590' },
    ];

    it('gives every non-blank line exactly one result line, in order, and the counts add up; exit 1', () => {
      const run = runBin(['batch', file('mixed.jsonl', input), '--as-of', AS_OF]);
      expect(run.status).toBe(1);
      // 13 lines, 2 of them blank: 11 records, 4 evaluated and 7 rejected.
      expect(run.stderr).toBe('11 records read: 4 evaluated, 7 rejected\n');
      const results = jsonLines(run.stdout);
      expect(results).toHaveLength(11);
      expect(results).toMatchObject(expected);
    });

    it('reads the same from standard input (-)', () => {
      const run = runBin(['batch', '-', '--format', 'jsonl', '--as-of', AS_OF], { input });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('11 records read: 4 evaluated, 7 rejected\n');
      expect(jsonLines(run.stdout)).toMatchObject(expected);
    });

    it('writes an error row for each rejected record in CSV', () => {
      const out = join(dir, 'mixed.csv');
      expect(runBin(['batch', file('mixed2.jsonl', input), '--as-of', AS_OF, '--out', out]).status).toBe(1);
      const rows = readFileSync(out, 'utf8').trim().split('\n');
      expect(rows).toHaveLength(12);
      expect(rows.map((r) => r.split(',')[0])).toEqual(['line', '1', '2', '4', '5', '6', '7', '8', '9', '11', '12', '13']);
      // An error row has a cell under every header: the problems in the last column, error, not under warnings.
      expect(rows[5]?.split(',')).toHaveLength(rows[0]?.split(',').length ?? 0);
      expect(rows[2]).toBe('2,X-2,,error,,,,,,,,,,,"currentLevel: the current level is 1, 2, 3 or 4; needs.agencies: Invalid input: expected number, received string"');
      expect(rows[4]).toBe('5,X-5,,error,,,,,,,,,,,"events[0].on: ""2025-02-30"" is not a real date written YYYY-MM-DD"');
      expect(rows[5]).toBe('6,,,error,,,,,,,,,,,not valid JSON: Unexpected end of JSON input');
    });
  });

  it('names the CSV column of each problem, and goes on after a record that breaks the CSV rules', () => {
    const csv = [
      'id,authority,current_level,section47,section17,agencies,complexity,meeting_held_on,meeting_held_kind',
      'A-1,york,2,none,not-met,1,additional,2025-02-03,initial',
      'A-2,york,7,none,not-met,one,additional,2025-02-30;2025-03-03,initial;review',
      'A-3,york,2,none,"not-met"x,1,additional,,',
      'A-4,york,2,none,not-met,1,additional,"2025-02-03',
    ].join('\n');
    const run = runBin(['batch', file('bad.csv', csv), '--as-of', AS_OF]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('4 records read: 1 evaluated, 3 rejected\n');
    expect(jsonLines(run.stdout)).toMatchObject([
      { line: 2, caseId: 'A-1' },
      { line: 3, id: 'A-2', error: { issues: [
        { path: 'agencies', message: '"one" is not a whole number' },
        { path: 'current_level', message: 'the current level is 1, 2, 3 or 4' },
        { path: 'meeting_held_on', message: 'entry 1 of 2: "2025-02-30" is not a real date written YYYY-MM-DD' },
      ] } },
      { line: 4, id: null, error: { issues: [{ path: 'section17', message: 'text after the closing quote of field 5' }] } },
      { line: 5, id: null, error: { issues: [{ path: '', message: 'a quoted field opened in this record is never closed: it runs to the end of the input' }] } },
    ]);
  });

  it('exits 2 when it cannot run: bad --as-of, unreadable input, bad rules, unknown format, a CSV of another layout', () => {
    const check = (args: string[], message: string): void => {
      const run = runBin(['batch', ...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    };
    check(['examples/caseload.jsonl', '--as-of', '2025-02-30'], '--as-of: Invalid date "2025-02-30": February 2025 has 28 days');
    check(['no-such-caseload.jsonl', '--as-of', AS_OF], 'cannot read the caseload no-such-caseload.jsonl: ENOENT');
    check(['examples', '--format', 'jsonl', '--as-of', AS_OF], 'cannot read the caseload examples: EISDIR');
    check(['examples/caseload.jsonl', '--rules', file('rules.json', '{"id": "x"'), '--as-of', AS_OF], 'is not valid JSON');
    check(['examples/caseload.jsonl', '--rules', file('rules2.json', '{"id": "x"}'), '--as-of', AS_OF], 'Rule set x is invalid');
    check(['examples/st-helens-case.json', '--as-of', AS_OF], 'cannot tell the format of examples/st-helens-case.json from its extension');
    check(['-', '--as-of', AS_OF], 'reading standard input needs --format jsonl or --format csv');
    check(['examples/caseload.jsonl', '--format', 'xml', '--as-of', AS_OF], '--format: "xml" is not a caseload format');
    check(['examples/caseload.jsonl', '--out', join(dir, 'results.txt'), '--as-of', AS_OF], '--out: name the results file .jsonl, .ndjson or .csv');
    check(['examples/caseload.jsonl', '--out', join(dir, 'no-such-dir', 'r.jsonl'), '--as-of', AS_OF], 'cannot write /tmp');
    check([file('other.csv', 'case_ref,ward\nA-1,north\n'), '--as-of', AS_OF], 'the CSV header does not follow the caseload layout: unknown columns "case_ref", "ward"');
  });

  it('writes the compact form with --compact: the same lines, deadlines without explanations, citations by reference', () => {
    const full = jsonLines(runBin(['batch', 'examples/caseload.jsonl', '--as-of', AS_OF]).stdout);
    const run = runBin(['batch', 'examples/caseload.jsonl', '--as-of', AS_OF, '--compact']);
    expect(run.status).toBe(0);
    const compact = jsonLines(run.stdout);
    expect(compact.map((r) => [r.line, r.caseId, r.recommendation && (r.recommendation as { action: string }).action]))
      .toEqual(full.map((r) => [r.line, r.caseId, r.recommendation && (r.recommendation as { action: string }).action]));
    const deadlines = compact.flatMap((r) => r.deadlines as Record<string, unknown>[]);
    expect(deadlines.length).toBeGreaterThan(10);
    expect(deadlines.filter((d) => 'explanation' in d || 'notes' in d || typeof d.citation !== 'string')).toEqual([]);
    // SH-2025-0142: MASH screening of its Level 2 contact, 4 days, cited from the St Helens standards, lines 680-682.
    expect((compact[0]?.deadlines as Record<string, unknown>[])[0]).toMatchObject({ id: 'mash-screening-level-2', citation: 'st-helens-standards-2022:680-682' });
    expect(runBin(['batch', 'examples/caseload.jsonl', '--as-of', AS_OF, '--compact', '--csv']).stderr)
      .toContain('--compact: CSV results carry no explanations or citations; it is for JSON Lines results');
  });

  it('shows help with --help', () => {
    const run = runBin(['batch', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: early-help-rules batch <cases.jsonl|cases.csv|->');
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const runInProcess = async (stderrIsTTY: boolean): Promise<string> => {
      const stderr = new PassThrough();
      const chunks: string[] = [];
      stderr.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
      const status = await runCli(['batch', 'examples/caseload.jsonl', '--as-of', AS_OF, '--out', join(dir, 'tty.jsonl')],
        { stdin: new PassThrough(), stdout: new PassThrough(), stderr, stderrIsTTY });
      expect(status).toBe(0);
      return chunks.join('');
    };
    expect(await runInProcess(false)).toBe('10 records read: 10 evaluated, 0 rejected\n');
    const drawn = await runInProcess(true);
    expect(drawn).toMatch(/^\r\[#*-*\] \d+% 1 record\x1b\[K/);
    expect(drawn.endsWith('\r\x1b[K10 records read: 10 evaluated, 0 rejected\n')).toBe(true);
  });

  // Bounded at 5 minutes: it ran past 120 s on a machine busy with three other test processes.
  it('runs a generated caseload of 100,000 records, one result line each, in flat memory', { timeout: 300_000 }, async () => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i += 1) lines.push(generatedCaseLine(i));
    const input = file('large.jsonl', `${lines.join('\n')}\n`);
    const out = join(dir, 'large-results.jsonl');
    // A 64 MB heap cannot hold the 41 MB input as strings, let alone the 490 MB of results: only streaming fits.
    const run = runBin(['batch', input, '--as-of', '2025-11-03', '--out', out], { env: { NODE_OPTIONS: '--max-old-space-size=64' } });
    expect(run.stderr).toBe('100000 records read: 100000 evaluated, 0 rejected\n');
    expect(run.status).toBe(0);
    // Count the output's line breaks as it streams, keeping the last two chunks for the last line.
    let count = 0;
    let previous: Buffer = Buffer.alloc(0);
    let current: Buffer = Buffer.alloc(0);
    for await (const chunk of createReadStream(out) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) count += 1;
      [previous, current] = [current, chunk];
    }
    expect(count).toBe(100_000);
    const lastResult = JSON.parse(Buffer.concat([previous, current]).toString('utf8').trimEnd().split('\n').at(-1) as string);
    expect([lastResult.line, lastResult.caseId]).toEqual([100_000, 'S-5590-99999']);
    rmSync(out);
  });
});
