import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/runBin.js';

describe('early-help-rules test (the built bin)', () => {
  it('runs the golden cases shipped for St Helens against the built-in rule set: all as expected, exit 0', () => {
    const run = runBin(['test', 'st-helens', 'rules/tests/st-helens']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('3 golden cases in rules/tests/st-helens, against st-helens 1.1.0');
    expect(run.stdout).toMatch(/^ok {3}family-action-meeting-over-christmas\.json: A Family Action Meeting decided just before Christmas/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('3 as expected, 0 different');
  });

  it("says how a council's own case differs, and what is wrong with a file that is not a golden case; exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehr-test-'));
    // The York assessment is due Wed 9 Jul 2025 (45 working days after Tue 6 May, skipping Mon 26 May);
    // a practice lead who forgot the bank holiday would write Tue 8 Jul.
    const text = readFileSync('rules/tests/york/assessment-over-spring-bank-holiday.json', 'utf8');
    writeFileSync(join(dir, 'forgot-bank-holiday.json'), text.replace('"due": "2025-07-09"', '"due": "2025-07-08"'));
    copyFileSync('rules/tests/york/assessment-over-spring-bank-holiday.json', join(dir, 'right.json'));
    writeFileSync(join(dir, 'notes.json'), '{"title": "an unfinished case", "asOf": "2025-13-01"}');
    const run = runBin(['test', 'rules/york.json', dir]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`3 golden cases in ${dir}, against york 1.1.0`);
    expect(lines[1]).toMatch(/^DIFF forgot-bank-holiday\.json: /);
    expect(lines[2]).toBe('       deadline child-and-family-assessment: expected due Tue 8 Jul 2025, but due Wed 9 Jul 2025 '
      + '(45 working days after Referral to the MASH on Tue 6 May 2025, skipping 26 May: Wed 9 Jul 2025)');
    expect(lines[3]).toBe('DIFF notes.json: (not a golden case)');
    expect(lines[4]).toMatch(/^ {7}asOf: .*2025-13-01/);
    expect(lines).toContain('ok   right.json: A child and family assessment completed on its 45th working day, over the spring bank holiday');
    expect(lines.at(-1)).toBe('1 as expected, 2 different');
  });

  it('exits 2 without a folder of cases', () => {
    const empty = mkdtempSync(join(tmpdir(), 'ehr-test-'));
    const run = runBin(['test', 'york', empty]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`there are no golden cases (*.json) in ${empty}`);
  });
});
