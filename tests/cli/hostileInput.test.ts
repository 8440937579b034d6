import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseloadReportCsv } from '../../src/cli/formatCaseloadReport.js';
import type { CaseloadReport } from '../../src/pages/caseloadReport.js';
import { BIN, runBin, type BinRun } from '../support/runBin.js';
import { repoRoot } from '../support/sharedDir.js';

/*
 * The command line against hostile and careless input, through the built bin (issue 11). Every
 * run is checked the same way: the exit status, no stack trace on stderr (no "    at " frames),
 * and no input file changed (its SHA-256 before and after).
 */
const dir = mkdtempSync(join(tmpdir(), 'ehr-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AS_OF = '2025-02-24';
const caseload = readFileSync(join(repoRoot, 'examples/caseload.jsonl'), 'utf8');
const yorkCase = readFileSync(join(repoRoot, 'examples/york-case.json'), 'utf8');
const york = JSON.parse(readFileSync(join(repoRoot, 'rules/york.json'), 'utf8')) as Record<string, unknown>;

const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const hash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Runs the bin and checks what every run must: no stack trace, and the named inputs unchanged. */
function run(args: string[], inputs: string[] = [], options: { input?: string } = {}): BinRun {
  const before = inputs.map(hash);
  const result = runBin(args, options);
  expect(result.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
  expect(inputs.map(hash), `inputs of ${args.join(' ')}`).toEqual(before);
  return result;
}

describe('dates outside 1978–2200, or not dates, on the command line: exit 2 naming the argument (finding 2)', () => {
  const cases = file('cases.jsonl', caseload);
  const caseFile = file('case.json', yorkCase);
  for (const bad of ['2300-01-01', '1900-05-01', '2O24-12-09', '２０２４-１２-０９', '2025-02-30', '+2024-12-09']) {
    it(`--as-of ${bad}`, () => {
      for (const args of [['batch', cases], ['report', cases], ['evaluate', caseFile], ['ics', caseFile], ['explain', caseFile, 'assessment']]) {
        const result = run([...args, '--as-of', bad], [cases, caseFile]);
        expect(result.status, args[0]).toBe(2);
        expect(result.stderr, args[0]).toMatch(new RegExp(`^early-help-rules ${args[0]}: --as-of: .* \\(see early-help-rules ${args[0]} --help\\)\\n$`));
        expect(result.stdout).toBe('');
      }
    });
  }

  it('every date argument of calendar: <date>, <a>, <b> and --closures', () => {
    const check = (args: string[], name: string): void => {
      const result = run(['calendar', ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(`early-help-rules calendar: ${name}: `);
    };
    check(['add', '2300-01-01', '1'], '<date>');
    check(['add', '2O24-12-09', '1'], '<date>');
    check(['between', '1977-12-31', '2025-01-01'], '<a>');
    check(['between', '2025-01-01', '2201-01-01'], '<b>');
    check(['add', '2025-01-02', '1', '--closures', '2025-12-29,2300-01-01'], '--closures');
  });
});

describe('an output file that is an input is refused, and a failed run leaves the old output whole (finding 3)', () => {
  it('batch c.jsonl --out c.jsonl: exit 2, the input untouched (also through a symbolic and a hard link)', () => {
    const input = file('c.jsonl', caseload);
    symlinkSync(input, join(dir, 'symlink.jsonl'));
    linkSync(input, join(dir, 'hardlink.jsonl'));
    for (const out of [input, join(dir, 'symlink.jsonl'), join(dir, 'hardlink.jsonl'), join(dir, '.', 'c.jsonl')]) {
      const result = run(['batch', input, '--out', out, '--as-of', AS_OF], [input]);
      expect(result.status, out).toBe(2);
      expect(result.stderr).toContain(`--out ${out} is the input ${input}`);
    }
    expect(readFileSync(input, 'utf8')).toBe(caseload);
  });

  it('report --out and ics --out refuse their inputs too, --rules included', () => {
    const input = file('r.jsonl', caseload);
    const caseFile = file('ics-case.json', yorkCase);
    const rules = file('own-rules.json', JSON.stringify(york));
    expect(run(['report', input, '--csv', '--out', input, '--as-of', AS_OF], [input]).status).toBe(2);
    expect(run(['report', input, '--rules', rules, '--out', rules, '--as-of', AS_OF], [input, rules]).status).toBe(2);
    expect(run(['ics', caseFile, '--out', caseFile, '--as-of', AS_OF], [caseFile]).status).toBe(2);
    expect(run(['batch', input, '--rules', rules, '--out', rules.replace(/\.json$/, '.jsonl'), '--as-of', AS_OF], [input, rules]).status).toBe(0);
  });

  it('a run that fails part-way (a CSV of another layout) leaves the old results file as it was and no temporary file', () => {
    const out = file('old-results.jsonl', 'earlier results\n');
    const bad = file('other-layout.csv', 'case_ref,team\nA-1,north\n');
    const result = run(['batch', bad, '--out', out, '--as-of', AS_OF], [bad]);
    expect(result.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('earlier results\n');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a run that succeeds replaces the old file whole', () => {
    const out = file('replaced.csv', 'earlier results\n');
    expect(run(['batch', join(repoRoot, 'examples/caseload.jsonl'), '--out', out, '--as-of', AS_OF]).status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(12); // header, 10 rows, the final line break
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--out naming a directory is refused', () => {
    mkdirSync(join(dir, 'a-directory.jsonl'));
    const result = run(['batch', join(repoRoot, 'examples/caseload.jsonl'), '--out', join(dir, 'a-directory.jsonl'), '--as-of', AS_OF]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is a directory');
  });
});

describe('CSV cells that a spreadsheet would run as formulas are neutralised with a leading quote (finding 4)', () => {
  // OWASP's list: = + - @ tab and carriage return at the start of a cell.
  const HOSTILE = ['=HYPERLINK("http://x","click")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
  const needs = { section47: 'none', section17: 'met', agencies: 1, complexity: 'additional' };
  const lines = HOSTILE.map((id) => JSON.stringify({ id, authority: 'york', currentLevel: 2, needs, events: [] }));

  it('batch --out x.csv and batch --csv: every case id cell starts with a quote, inside RFC 4180 quoting where needed', () => {
    const input = file('hostile-ids.jsonl', `${lines.join('\n')}\n`);
    const out = join(dir, 'hostile.csv');
    expect(run(['batch', input, '--out', out, '--as-of', AS_OF], [input]).status).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(run(['batch', input, '--csv', '--as-of', AS_OF], [input]).stdout).toBe(written);
    // Each id is the second cell: ' before it, and the cell quoted (quotes doubled) when it holds a quote, comma or CR.
    expect(written).toContain('\n1,"\'=HYPERLINK(""http://x"",""click"")",york,ok,');
    expect(written).toContain('\n2,\'+cmd|\' /C calc\'!A0,york,ok,');
    expect(written).toContain('\n3,\'-2+3,york,ok,');
    expect(written).toContain('\n4,\'@SUM(A1),york,ok,');
    expect(written).toContain('\n5,\'\t=1,york,ok,');
    expect(written).toContain('\n6,"\'\r=1",york,ok,');
  });

  it('report --csv: an authority or timescale id that looks like a formula is neutralised too', () => {
    const report = { asOf: AS_OF, authorities: [{ authority: '=cmd', timescales: [{ timescale: '@x', title: '-1+1', metOnTime: 1, metLate: 0,
      open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 }] }], groups: [] } as unknown as CaseloadReport;
    expect(caseloadReportCsv(report).split('\n')[1]).toBe("2025-02-24,'=cmd,,,'@x,'-1+1,1,0,0,0,0,0,0,100.0");
  });

  it('report --csv: a team or worker that looks like a formula is neutralised in its group rows', () => {
    // One York case with no deadlines would give no rows: this St Helens case (line 5 of the example caseload) has two timescales.
    const record = { ...JSON.parse(readFileSync(join(repoRoot, 'examples/caseload.jsonl'), 'utf8').split('\n')[4] as string) as object,
      team: HOSTILE[0], worker: HOSTILE[3] };
    const input = file('hostile-team.jsonl', `${JSON.stringify(record)}\n`);
    const result = run(['report', input, '--csv', '--as-of', AS_OF], [input]);
    expect(result.status).toBe(0);
    // The header, two total rows, then a team row and a worker row for each of its two timescales: each group cell quoted.
    const rows = result.stdout.trim().split('\n');
    expect(rows).toHaveLength(7);
    // Each row without its title and eight counts (the two titles hold no comma).
    expect(rows.slice(3).map((r) => r.replace(/(,[^,]*){9}$/, ''))).toEqual([
      '2025-02-24,st-helens,team,"\'=HYPERLINK(""http://x"",""click"")",family-action-meeting',
      '2025-02-24,st-helens,team,"\'=HYPERLINK(""http://x"",""click"")",pre-birth-assessment',
      "2025-02-24,st-helens,worker,'@SUM(A1),family-action-meeting",
      "2025-02-24,st-helens,worker,'@SUM(A1),pre-birth-assessment",
    ]);
  });
});

describe('control characters from input are shown escaped on the terminal, and files keep them exact (finding 5)', () => {
  const ESC = '\u001b';
  const id = `X-1${ESC}[2J${ESC}[31m\u202eevil\u0085\u0007`;
  const record = { id, authority: 'york', currentLevel: 2, needs: { section47: 'none', section17: 'met', agencies: 1, complexity: 'additional' }, events: [] };
  const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

  it('evaluate prints the id with \\u escapes, in the table and in JSON', () => {
    const caseFile = file('ansi-case.json', JSON.stringify(record));
    const table = run(['evaluate', caseFile, '--as-of', AS_OF], [caseFile]);
    expect(table.status).toBe(0);
    expect(table.stdout).not.toMatch(raw);
    expect(table.stdout).toContain('Case X-1\\u001b[2J\\u001b[31m\\u202eevil\\u0085\\u0007 · york');
    const json = run(['evaluate', caseFile, '--as-of', AS_OF, '--json'], [caseFile]);
    expect(json.stdout).not.toMatch(raw);
    // The JSON means the same id, exactly.
    expect(JSON.parse(json.stdout).caseId).toBe(id);
  });

  it('error messages on stderr escape the input too: a rejected record in report, an unknown command', () => {
    const input = file('ansi.jsonl', `${JSON.stringify({ ...record, currentLevel: 9 })}\n`);
    const result = run(['report', input, '--as-of', AS_OF], [input]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(raw);
    expect(result.stderr).toContain('line 1 (X-1\\u001b[2J');
    const unknown = run([`x${ESC}[31m`]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('early-help-rules: unknown command "x\\u001b[31m" (see early-help-rules --help)\n');
  });

  it('batch results in a file keep the id exact', () => {
    const input = file('ansi-batch.jsonl', `${JSON.stringify(record)}\n`);
    const out = join(dir, 'ansi-results.jsonl');
    expect(run(['batch', input, '--out', out, '--as-of', AS_OF], [input]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).caseId).toBe(id);
    const csv = join(dir, 'ansi-results.csv');
    expect(run(['batch', input, '--out', csv, '--as-of', AS_OF], [input]).status).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain(`\n1,${id},york,`);
  });
});

describe('write errors, byte order marks and invalid UTF-8', () => {
  it('standard output on a full disc (/dev/full): one line, exit 2', () => {
    for (const args of [['batch', 'examples/caseload.jsonl'], ['report', 'examples/caseload.jsonl'], ['evaluate', 'examples/york-case.json']]) {
      const full = openSync('/dev/full', 'w');
      const result = spawnSync(process.execPath, [BIN, ...args, '--as-of', AS_OF], { cwd: repoRoot, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      closeSync(full);
      expect(result.status, args[0]).toBe(2);
      expect(result.stderr, args[0]).toContain('early-help-rules: cannot write to standard output: ENOSPC\n');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a pipe closed early (| head -1): quiet, exit 2, no stack trace', () => {
    const big = file('big.jsonl', caseload.repeat(2000));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" batch "${big}" --as-of ${AS_OF} | head -1 > /dev/null; echo "status \${PIPESTATUS[0]}" >&2`],
      { encoding: 'utf8' });
    expect(result.stderr).toBe('status 2\n');
  });

  it('--out /dev/full: one line, exit 2', () => {
    const result = run(['report', 'examples/caseload.jsonl', '--as-of', AS_OF, '--out', '/dev/full']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('early-help-rules report: cannot write /dev/full: ENOSPC (see early-help-rules report --help)\n');
  });

  it('accepts a byte order mark in a case file, a rule file and a JSON Lines caseload', () => {
    const caseFile = file('bom-case.json', `\uFEFF${yorkCase}`);
    const rules = file('bom-rules.json', `\uFEFF${JSON.stringify(york)}`);
    const cases = file('bom.jsonl', `\uFEFF${caseload}`);
    expect(run(['evaluate', caseFile, '--as-of', AS_OF, '--rules', rules], [caseFile, rules]).status).toBe(0);
    expect(run(['validate', rules], [rules]).status).toBe(0);
    const batch = run(['batch', cases, '--as-of', AS_OF], [cases]);
    expect(batch.status).toBe(0);
    expect(batch.stderr).toBe('10 records read: 10 evaluated, 0 rejected\n');
  });

  it('refuses invalid UTF-8 with its line: in batch that record only, as an error line in its place', () => {
    const lines = caseload.trim().split('\n');
    // Line 2 holds the byte 0xFF, which UTF-8 never uses; a replacement character would hide it.
    const bytes = Buffer.concat([Buffer.from(`${lines[0]}\n`), Buffer.from('{"id": "X-2\xff"}\n', 'latin1'), Buffer.from(`${lines[2]}\n`)]);
    const input = file('bad-utf8.jsonl', bytes);
    const result = run(['batch', input, '--as-of', AS_OF], [input]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('3 records read: 2 evaluated, 1 rejected\n');
    const results = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(results.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(results[1]).toEqual({ line: 2, id: null, error: { issues: [{ path: '', message: 'the line is not valid UTF-8 (save the file as UTF-8)' }] } });
    expect(result.stdout).not.toContain('\uFFFD');
    // A CSV row too; a JSON file is refused whole, naming the line.
    const csv = file('bad-utf8.csv', Buffer.concat([Buffer.from('id,authority,current_level,section47,section17,agencies,complexity\n'),
      Buffer.from('A-1,york,2,none,not-met,1,additional\nA-2\xc3(,york,2,none,not-met,1,additional\n', 'latin1')]));
    const fromCsv = run(['batch', csv, '--as-of', AS_OF], [csv]);
    expect(fromCsv.status).toBe(1);
    expect(JSON.parse(fromCsv.stdout.trim().split('\n')[1] as string)).toMatchObject({ line: 3, error: { issues: [{ message: 'the line is not valid UTF-8 (save the file as UTF-8)' }] } });
    const caseFile = file('bad-utf8.json', Buffer.from('{\n  "id": "Y-\xff"\n}\n', 'latin1'));
    const single = run(['evaluate', caseFile, '--as-of', AS_OF], [caseFile]);
    expect(single.status).toBe(2);
    expect(single.stderr).toContain(`the case file ${caseFile} is not valid UTF-8 on line 2`);
  });
});

describe('rule files with bad dates (finding: validate crashed, batch rejected every record)', () => {
  const badDate = { ...york, id: 'york-bad-date', effectiveFrom: '2O20-01-01' };

  // Needs the library's strict dates (branch lib): until then the loader throws a RangeError.
  it('validate reports the bad date with its JSON path, exit 1', () => {
    const rules = file('bad-date-rules.json', JSON.stringify(badDate));
    const result = run(['validate', rules], [rules]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\n {2}\$\.effectiveFrom: .*2O20-01-01/);
  });

  it('batch and evaluate with that rule file exit 2, once, instead of rejecting every record', () => {
    const rules = file('bad-date-rules2.json', JSON.stringify(badDate));
    const result = run(['batch', 'examples/caseload.jsonl', '--rules', rules, '--as-of', AS_OF], [rules]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(run(['evaluate', 'examples/york-case.json', '--rules', rules, '--as-of', AS_OF], [rules]).status).toBe(2);
  });
});

describe('broken, empty, huge and unreadable inputs', () => {
  it('a truncated or empty case file: exit 2 with the reason on one line', () => {
    const truncated = file('truncated.json', yorkCase.slice(0, 100));
    const empty = file('empty.json', '');
    for (const caseFile of [truncated, empty]) {
      const result = run(['evaluate', caseFile, '--as-of', AS_OF], [caseFile]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^early-help-rules evaluate: the case file ${caseFile} is not valid JSON: .*\\(see early-help-rules evaluate --help\\)\\n$`));
    }
  });

  it('an empty caseload: no records, exit 0; a truncated last line: that record rejected', () => {
    const empty = file('empty.jsonl', '');
    expect(run(['batch', empty, '--as-of', AS_OF], [empty]).stderr).toBe('0 records read: 0 evaluated, 0 rejected\n');
    const truncated = file('truncated.jsonl', caseload.slice(0, caseload.length - 40));
    const result = run(['batch', truncated, '--as-of', AS_OF], [truncated]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('10 records read: 9 evaluated, 1 rejected\n');
  });

  it('a 50 MB single line: that record rejected, in flat memory, exit 1', () => {
    const huge = file('huge.jsonl', `{"id": "${'x'.repeat(50 * 1024 * 1024)}"}\n${caseload}`);
    const result = run(['batch', huge, '--as-of', AS_OF, '--out', join(dir, 'huge-results.jsonl')], [huge]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('11 records read: 10 evaluated, 1 rejected\n');
    expect(readFileSync(join(dir, 'huge-results.jsonl'), 'utf8').split('\n')[0])
      .toBe(`{"line":1,"id":null,"error":{"issues":[{"path":"","message":"the line is ${50 * 1024 * 1024 + 10} bytes long; a record may be at most 1048576"}]}}`);
  });

  it('a directory, a missing file: exit 2 naming it', () => {
    expect(run(['batch', 'examples', '--format', 'jsonl', '--as-of', AS_OF]).stderr).toContain('cannot read the caseload examples: EISDIR');
    expect(run(['evaluate', 'examples', '--as-of', AS_OF]).stderr).toContain('cannot read the case file examples: EISDIR');
    expect(run(['validate', join(dir, 'missing.json')]).stderr).toContain('cannot read the rule file');
  });

  // Root reads any file whatever its mode: under root (as CI runs) the bin runs without the capabilities that let it
  // (setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH), so the file's mode binds it as it binds any user.
  it('an unreadable file: exit 2 naming it', () => {
    const locked = file('locked.jsonl', caseload);
    chmodSync(locked, 0o000);
    const args = [BIN, 'batch', locked, '--as-of', AS_OF];
    const spawned = process.getuid?.() === 0
      ? spawnSync('setpriv', ['--bounding-set=-dac_override,-dac_read_search', process.execPath, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, args, { encoding: 'utf8' });
    const result = { status: spawned.status, stderr: spawned.stderr };
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`cannot read the caseload ${locked}: EACCES`);
  });
});
