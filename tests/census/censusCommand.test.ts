/** `early-help-rules census`, through the built bin. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/runBin.js';
import { censusReturn, child } from './censusFragments.js';

const dir = mkdtempSync(join(tmpdir(), 'census-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('early-help-rules census', () => {
  it('prints the figures of the example return (figures worked in censusFigures.test.ts)', () => {
    const run = runBin(['census', 'examples/census-return.xml']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('CIN census return · authority 999 · reference date Mon 31 Mar 2025 · 6 episodes evaluated');
    expect(run.stdout).toMatch(/same day +1–10 +11–20 +21–30 +31–40 +41–45 +46–50 +51–60 +61\+ +total\n +1 +0 +0 +1 +1 +1 +1 +0 +0 +5\n/);
    expect(run.stdout).toContain('25th percentile 28, median 34, 75th percentile 43 working days (linear interpolation); within 45 working days: 80%');
    expect(run.stdout).toMatch(/8675Q .* EX003\/2025-01-13 +none\n/);
    expect(run.stderr).toBe('6 episodes read: 6 evaluated, 0 could not be read\n');
  });

  it('--json gives the document issue 12 specifies; --cases the evaluations as JSON Lines', () => {
    const cases = join(dir, 'cases.jsonl');
    const run = runBin(['census', 'examples/census-return.xml', '--json', '--cases', cases]);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ referenceDate: '2025-03-31', authority: '999', episodes: 6,
      assessmentDuration: { sameDay: 1, '1-10': 0, '11-20': 0, '21-30': 1, '31-40': 1, '41-45': 1, '46-50': 1, '51-60': 0, '61+': 0,
        p25: 28, median: 34, p75: 43, within45: 80 },
      initialConferences: { met: 1, total: 2, late: ['EX004/2024-08-12'] },
      validatorQueries: { '8670Q': ['EX003/2025-01-13'], '8675Q': ['EX003/2025-01-13'], '8569Q': ['EX004/2024-03-26'] } });
    const lines = readFileSync(cases, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.caseId)).toEqual(['EX001/2024-06-03', 'EX002/2024-10-07', 'EX003/2025-01-13', 'EX004/2024-03-26',
      'EX004/2024-08-12', 'EX005/2025-02-03']);
    expect(lines[0]).toMatchObject({ line: 28, authority: 'england', asOf: '2025-03-31', ruleSet: { id: 'england/working-together' } });
  });

  it('--as-of evaluates as of another date', () => {
    const run = runBin(['census', 'examples/census-return.xml', '--json', '--as-of', '2025-03-28']);
    expect(JSON.parse(run.stdout).referenceDate).toBe('2025-03-28');
  });

  it('reports an episode with an impossible date by child and element, and goes on (exit 1)', () => {
    const file = write('bad-date.xml', censusReturn([
      child('K1', '<CINreferralDate>2024-06-31</CINreferralDate>'),
      child('K2', '<CINreferralDate>2024-06-03</CINreferralDate>'),
    ].join('\n')));
    const run = runBin(['census', file, '--json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^line 8: child K1: CINreferralDate: .*2024-06-31/);
    expect(run.stderr).toContain('2 episodes read: 1 evaluated, 1 could not be read');
    expect(JSON.parse(run.stdout).episodes).toBe(1);
  });

  it('stops at a malformed file with its line and column (exit 2), printing no figures', () => {
    const file = write('broken.xml', censusReturn(child('K1', '<CINreferralDate>2024-06-03</CINreferralDate>')).replace('</Children>', '</Child>'));
    const run = runBin(['census', file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/broken\.xml: line 9, column \d+: /);
  });

  it('a missing file, or no ReferenceDate and no --as-of: exit 2', () => {
    expect(runBin(['census', join(dir, 'none.xml')]).stderr).toContain('cannot read the census return');
    const file = write('no-reference.xml', censusReturn(child('K1', '<CINreferralDate>2024-06-03</CINreferralDate>'), ''));
    const run = runBin(['census', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the return has no ReferenceDate: give --as-of');
  });
});
