import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/runBin.js';

const citation = { source: 'local', section: 'Standard 1', quote: 'within 5 working days' };

/** A council's own file: St Helens plus one pilot timescale, from 1 January 2023. */
const pilot = {
  id: 'st-helens-pilot', name: 'St Helens pilot', authority: 'St Helens', version: '1.2.0', effectiveFrom: '2023-01-01',
  extends: 'st-helens', sources: [{ id: 'local', title: 'Local pilot standard', publisher: 'St Helens Council', year: 2023 }],
  timescales: [{ id: 'pilot-visit', title: 'First home visit', start: { event: 'case-allocated' }, end: { event: 'child-seen' },
    amount: 5, unit: 'working-days', citation }],
};

function write(name: string, content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ehr-validate-')), name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

describe('early-help-rules validate (the built bin)', () => {
  it('summarises a valid council file: what it extends, what it holds, and the editions in force, exit 0', () => {
    const file = write('pilot.json', pilot);
    const run = runBin(['validate', file]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`${file}: valid`);
    expect(run.stdout).toContain('st-helens-pilot 1.2.0: St Helens pilot (St Helens), in force from 2023-01-01');
    expect(run.stdout).toContain('extends st-helens → england/working-together');
    // St Helens: 4 levels, 8 thresholds, 9 pathways; 12 timescales of its own, 5 national ones in each of the
    // 2018 and 2023 editions of Working Together, the DfE census's assessment measure, and the pilot's: 12 + 10 + 1 + 1 = 24.
    expect(run.stdout).toContain('4 levels, 8 thresholds, 24 timescales, 9 pathways');
    // Working Together 2023 came into force on 15 December 2023: 12 + 5 + 1 + 1 = 19 timescales in force in each period.
    expect(run.stdout).toMatch(/2023-01-01 +2023-12-14 +8 +19 +9 +dfe-cin-census, local, st-helens-standards-2022, st-helens-strategy-2019-2022, wt-2018\n/);
    expect(run.stdout).toMatch(/2023-12-15 +… +8 +19 +9 +dfe-cin-census, local, st-helens-standards-2022, st-helens-strategy-2019-2022, wt-2023\n/);
  });

  it('validates a shipped rule file: Working Together has two editions, 5 timescales each, and the census measure', () => {
    const run = runBin(['validate', 'rules/england/working-together.json']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('extends nothing');
    // Five Working Together timescales in each edition, and the DfE census's assessment measure in both.
    expect(run.stdout).toContain('0 levels, 0 thresholds, 11 timescales, 0 pathways');
    expect(run.stdout).toMatch(/2018-07-04 +2023-12-14 +0 +6 +0 +dfe-cin-census, wt-2018\n/);
    expect(run.stdout).toMatch(/2023-12-15 +… +0 +6 +0 +dfe-cin-census, wt-2023\n/);
  });

  it('lists every problem of a bad file with its JSON path, exit 1', () => {
    const file = write('bad.json', { ...pilot, version: '1.2', effectiveFrom: '2023-02-29',
      timescales: [{ ...pilot.timescales[0], unit: 'fortnights' }] });
    const run = runBin(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${file}: 3 problems\n`
      + '  $.version: a version is major.minor.patch\n'
      + '  $.effectiveFrom: "2023-02-29" is not a real date written YYYY-MM-DD\n'
      + '  $.timescales[0].unit: unknown unit "fortnights": the calendar knows working-days, days, weeks, months, hours\n');
  });

  it('reports references the schema cannot check (a citation of a source nobody lists), exit 1', () => {
    const file = write('bad-source.json', { ...pilot, sources: [] });
    const run = runBin(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}: 1 problem\n`);
    expect(run.stderr).toContain('  $.timescales[0].citation.source: no source "local" in sources or those of the rule sets it extends');
  });

  it('exits 1 for a file that extends a rule set that does not exist, or that holds a string instead of an object', () => {
    const unknownBase = runBin(['validate', write('x.json', { ...pilot, extends: 'lancashire' })]);
    expect(unknownBase.status).toBe(1);
    expect(unknownBase.stderr).toContain('$.extends: no built-in rule set "lancashire"');
    const string = runBin(['validate', write('s.json', '"st-helens"')]);
    expect(string.status).toBe(1);
    expect(string.stderr).toContain('$: Invalid input: expected object, received string');
  });

  it('exits 2 with the reason for an unreadable file or broken JSON', () => {
    const missing = runBin(['validate', 'no-such-rules.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read the rule file no-such-rules.json: ENOENT');
    const broken = runBin(['validate', write('broken.json', '{ "id": ')]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/the rule file .*broken\.json is not valid JSON/);
    expect(runBin(['validate']).status).toBe(2);
  });

  it('shows help with --help, exit 0', () => {
    const run = runBin(['validate', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: early-help-rules validate <rules.json>');
  });
});
