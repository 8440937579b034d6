/** `batch` and `report` take a CIN census return too, known by its content whatever its name. */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/runBin.js';

const dir = mkdtempSync(join(tmpdir(), 'census-caseload-'));
const renamed = join(dir, 'export.dat');
copyFileSync('examples/census-return.xml', renamed);

describe('a census return as a caseload', () => {
  it('batch: one result per episode, by the line its CINdetails opens on, under the national rules', () => {
    const run = runBin(['batch', renamed, '--as-of', '2025-03-31']);
    expect(run.status).toBe(0);
    const results = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(results.map((r) => [r.line, r.caseId, r.ruleSet.id])).toEqual([
      [28, 'EX001/2024-06-03', 'england/working-together'], [51, 'EX002/2024-10-07', 'england/working-together'],
      [75, 'EX003/2025-01-13', 'england/working-together'], [89, 'EX004/2024-03-26', 'england/working-together'],
      [94, 'EX004/2024-08-12', 'england/working-together'], [117, 'EX005/2025-02-03', 'england/working-together']]);
    expect(run.stderr).toContain('6 records read: 6 evaluated, 0 rejected');
  });

  it('report: the timescales of the episodes; standard input needs --format census', () => {
    const run = runBin(['report', renamed, '--as-of', '2025-03-31', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.stringify(JSON.parse(run.stdout))).toContain('census-assessment-duration');
    const piped = runBin(['report', '-', '--as-of', '2025-03-31', '--json', '--format', 'census'], { input: '<Message><Children/></Message>' });
    expect(piped.status).toBe(0);
  });
});
