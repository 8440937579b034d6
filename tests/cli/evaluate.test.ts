import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/runBin.js';
import { repoRoot } from '../support/sharedDir.js';

describe('early-help-rules evaluate (the built bin)', () => {
  it('prints the table for a case, exit 0', () => {
    const run = runBin(['evaluate', 'examples/st-helens-case.json', '--as-of', '2025-02-20']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/family-action-meeting +Thu 19 Dec 2024 +Tue 14 Jan 2025 +met Mon 13 Jan 2025/);
  });

  it('prints the warnings on the record, and marks a provisional deadline', () => {
    // A York referral Mon 3 Mar 2025 with its decision recorded twice, without an outcome: the assessment clock is
    // provisional (45 working days: Thu 8 May 2025, see tests/evaluate/assessmentDecision.test.ts). As of Mon 10 Mar,
    // 5 of the 45 have passed (4, 5, 6, 7, 10 Mar): 40 left.
    const file = join(mkdtempSync(join(tmpdir(), 'ehr-evaluate-')), 'case.json');
    writeFileSync(file, JSON.stringify({ id: 'Y-W', authority: 'york', currentLevel: 3, lead: 'early-help-team',
      needs: { section47: 'none', section17: 'not-met', agencies: 3, complexity: 'multiple' },
      events: [{ type: 'referral-received', on: '2025-03-03' }, { type: 'referral-decision', on: '2025-03-04' }, { type: 'referral-decision', on: '2025-03-04' }] }));
    const run = runBin(['evaluate', file, '--as-of', '2025-03-10']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/child-and-family-assessment +Mon 3 Mar 2025 +Thu 8 May 2025 +open, 40 working days left \(provisional\)/);
    // In the order of the record's events.
    expect(run.stdout).toMatch(/Warnings \(what the record cannot tell, or gets wrong\)\n +warning +where +message\n +missing-attribute +events\[1\]\.outcome +The referral decision on Tue 4 Mar 2025 has no outcome/);
    expect(run.stdout).toMatch(/\n +duplicate-event +events\[2\] +The referral decision on Tue 4 Mar 2025 is recorded again \(as events\[1\]\): it is counted once\n/);
  });

  it('prints JSON with --json', () => {
    const run = runBin(['evaluate', 'examples/sefton-case.json', '--as-of', '2025-11-03', '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.ruleSet).toEqual({ id: 'sefton', version: '1.1.0', extends: ['england/working-together'] });
  });

  it('lists every problem of a bad record with its path, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehr-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ id: 'X-1', authority: 'york', currentLevel: 7,
      needs: { section47: 'none', section17: 'met', agencies: 1, complexity: 'severe' }, events: [{ type: 'meeting-held', on: '2025-02-30' }] }));
    const run = runBin(['evaluate', file, '--as-of', '2025-03-01']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Case X-1 cannot be evaluated');
    expect(run.stderr).toContain('currentLevel: the current level is 1, 2, 3 or 4');
    expect(run.stderr).toContain('needs.complexity: ');
    expect(run.stderr).toContain('events[0].on: "2025-02-30" is not a real date');
  });

  it('uses a council rule file given with --rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehr-'));
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ id: 'st-helens-pilot', name: 'Pilot', authority: 'St Helens', version: '0.1.0',
      effectiveFrom: '2024-01-01', extends: 'st-helens', sources: [] }));
    const run = runBin(['evaluate', 'examples/st-helens-case.json', '--as-of', '2025-02-20', '--rules', rules, '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).ruleSet).toEqual({ id: 'st-helens-pilot', version: '0.1.0', extends: ['st-helens', 'england/working-together'] });
  });

  it('exits 2 for an unreadable file, an unknown command or a bad --as-of', () => {
    expect(runBin(['evaluate', 'no-such-file.json']).status).toBe(2);
    expect(runBin(['frobnicate']).status).toBe(2);
    const run = runBin(['evaluate', 'examples/york-case.json', '--as-of', 'tomorrow']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--as-of: Invalid date "tomorrow"');
  });

  it('gives its version with --version or -V, exit 0', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(runBin([flag])).toMatchObject({ status: 0, stdout: `early-help-rules ${version}\n` });
  });

  it('shows help with --help, exit 0', () => {
    const run = runBin(['evaluate', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: early-help-rules evaluate <case.json>');
  });
});
