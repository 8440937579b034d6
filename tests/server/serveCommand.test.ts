import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/runBin.js';
import { repoRoot } from '../support/sharedDir.js';

describe('early-help-rules serve: its arguments', () => {
  it('refuses a port that is not one, naming the option, before it starts', () => {
    const run = runBin(['serve', '--port', '80000']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('early-help-rules serve: --port is a whole number from 0 to 65535, not "80000"');
  });

  it('refuses two rule files with the same id: which one a record meant could not be told', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehr-serve-'));
    const file = { ...(JSON.parse(readFileSync(resolve(repoRoot, 'rules/york.json'), 'utf8')) as object), id: 'york-local' };
    writeFileSync(join(dir, 'a.json'), JSON.stringify(file));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(file));
    const run = runBin(['serve', '--port', '0', '--rules', join(dir, 'a.json'), '--rules', join(dir, 'b.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('$.id: two rule files have the id "york-local": give each council\'s file its own');
  });

  it('lists itself in the overview', () => {
    expect(runBin(['--help']).stdout).toMatch(/\n {2}serve +an HTTP service for case systems in any language/);
  });
});
