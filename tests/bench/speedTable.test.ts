import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addSpeedRow, readSpeedRows, renderSpeedTable, replaceSpeedTable, TABLE_END, TABLE_START, targetCell, times } from '../../bench/speedTable.js';

const row = { what: '`evaluateCase`', figure: '35,000 cases/s: **0.34×**', baseline: 'JSON: 101,000/s', target: targetCell('≥ 0.8×', false) };

describe('the README Speed table', () => {
  afterEach(() => { vi.unstubAllEnvs(); });

  it('writes each row under the machine and the date, in Markdown', () => {
    expect(renderSpeedTable([row, { ...row, what: 'a | b', target: targetCell('≤ 2×', true) }], '1 Dec 2026, 2 cores (AMD EPYC), Node 20.20.2, Linux')).toBe([
      'Measured with `npm run bench` on 1 Dec 2026, 2 cores (AMD EPYC), Node 20.20.2, Linux. Each figure stands beside its baseline from the same run; where the two took turns over several rounds, it is the median round.',
      '',
      '| what | figure | baseline in the same run | issue 13\'s target |',
      '| --- | --- | --- | --- |',
      '| `evaluateCase` | 35,000 cases/s: **0.34×** | JSON: 101,000/s | ≥ 0.8×: **not met** |',
      '| a \\| b | 35,000 cases/s: **0.34×** | JSON: 101,000/s | ≤ 2×: met |',
    ].join('\n'));
  });

  it('writes a ratio to two places', () => {
    expect(times(0.3449)).toBe('0.34×');
    expect(times(7.3551)).toBe('7.36×');
  });

  it('replaces only what lies between the markers', () => {
    const readme = `# Title\n\n${TABLE_START}\nold table\n${TABLE_END}\n\nAfter.\n`;
    expect(replaceSpeedTable(readme, 'new table')).toBe(`# Title\n\n${TABLE_START}\nnew table\n${TABLE_END}\n\nAfter.\n`);
  });

  it('refuses a README without both markers, or with two tables', () => {
    expect(() => replaceSpeedTable('# Title\n', 'x')).toThrow(/needs one/);
    expect(() => replaceSpeedTable(`${TABLE_END}\n${TABLE_START}\n`, 'x')).toThrow(/needs one/);
    expect(() => replaceSpeedTable(`${TABLE_START}\n${TABLE_END}\n${TABLE_START}\n${TABLE_END}\n`, 'x')).toThrow(/needs one/);
    expect(() => replaceSpeedTable(`${TABLE_START}\n${TABLE_END}\n${TABLE_END}\n`, 'x')).toThrow(/needs one/);
  });

  it('finds its markers in the README, so a bench run of half an hour cannot fail at its last step', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(() => replaceSpeedTable(readme, 'x')).not.toThrow();
  });

  it('gathers rows only under npm run bench, so a bench run on its own leaves the table alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speed-rows-'));
    const path = join(dir, 'results.jsonl');
    try {
      vi.stubEnv('npm_lifecycle_event', 'test');
      addSpeedRow(row, path);
      expect(existsSync(path)).toBe(false);
      vi.stubEnv('npm_lifecycle_event', 'bench');
      addSpeedRow(row, path);
      addSpeedRow({ ...row, what: 'second' }, path);
      expect(readSpeedRows(path)).toEqual([row, { ...row, what: 'second' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
