// The caseload report of 100,000 records written as an HTML page, beside `report --json` on the
// same file in the same run: the page (chart drawn by Vega-Lite included) should take under
// twice the time of the JSON. Each runs three times, in turns; the median is reported.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedCaseLine } from '../tests/support/generateCaseload.js';
import { addSpeedRow, targetCell, times } from './speedTable.js';

const RECORDS = 100_000;
const ROUNDS = 3;
const dir = mkdtempSync(join(tmpdir(), 'ehr-bench-page-'));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const caseload = join(dir, 'caseload.jsonl');
const teams = ['North', 'South', 'Central'];

const out = createWriteStream(caseload);
for (let i = 0; i < RECORDS; i += 1) {
  const line = `${JSON.stringify({ ...JSON.parse(generatedCaseLine(i)) as object, team: teams[i % 3], worker: `Worker ${i % 40}` })}\n`;
  if (!out.write(line)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');

const runs = {
  'report --json': ['report', caseload, '--as-of', '2025-02-24', '--json'],
  'report --html': ['report', caseload, '--as-of', '2025-02-24', '--html', join(dir, 'report.html')],
};
const seconds: Record<string, number[]> = { 'report --json': [], 'report --html': [] };
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [name, args] of Object.entries(runs)) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
    seconds[name]?.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;
const json = median(seconds['report --json'] ?? []);
const html = median(seconds['report --html'] ?? []);
console.log(`Caseload report of ${RECORDS.toLocaleString('en-GB')} records, median of ${ROUNDS} runs each, in turns`);
for (const [name, values] of Object.entries(seconds)) {
  console.log(`  ${name.padEnd(14)} ${median(values).toFixed(2)} s  (runs: ${values.map((v) => v.toFixed(2)).join(', ')})`);
}
const pageMb = (statSync(join(dir, 'report.html')).size / 1e6).toFixed(1);
console.log(`  page size ${pageMb} MB; html / json = ${(html / json).toFixed(2)} (target: under 2)`);
addSpeedRow({
  what: `\`report --html\` over ${RECORDS.toLocaleString('en-GB')} generated records (with team and worker), median of ${ROUNDS} runs in turns`,
  figure: `${html.toFixed(1)} s, a ${pageMb} MB page: ${times(html / json)} the JSON's time`,
  baseline: `\`report --json\` on the same file: ${json.toFixed(1)} s`,
  target: `– (the page's own target: ${targetCell('under 2× the JSON', html / json < 2)})`,
});
rmSync(dir, { recursive: true, force: true });
