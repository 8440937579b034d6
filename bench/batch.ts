// Batch: `early-help-rules batch` over generated caseloads of 100,000 and 1,000,000 records,
// records per second and peak memory, beside a baseline that streams the same file through
// JSON.parse + JSON.stringify line by line, in the same run.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedCaseLine } from '../tests/support/generateCaseload.js';

const dir = mkdtempSync(join(tmpdir(), 'ehr-bench-'));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
// Prints the process's peak resident memory on exit, for any script it is loaded into.
const peak = join(dir, 'peak.cjs');
createWriteStream(peak).end("process.on('exit', () => require('fs').writeSync(2, `\\npeak ${process.resourceUsage().maxRSS}\\n`));\n");
const baseline = join(dir, 'baseline.mjs');
createWriteStream(baseline).end(`import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
const out = createWriteStream(process.argv[3]);
for await (const line of createInterface({ input: createReadStream(process.argv[2]) })) {
  if (!out.write(JSON.stringify(JSON.parse(line)) + '\\n')) await new Promise((r) => out.once('drain', r));
}
out.end();
`);

async function generate(records: number): Promise<string> {
  const path = join(dir, `caseload-${records}.jsonl`);
  const out = createWriteStream(path);
  for (let i = 0; i < records; i += 1) if (!out.write(`${generatedCaseLine(i)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

function timed(name: string, records: number, args: string[]): void {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', peak, ...args], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${name} failed: ${run.stderr}`);
  const kib = Number(/peak (\d+)/.exec(run.stderr)?.[1]);
  console.log(`  ${name.padEnd(48)} ${Math.round(records / seconds).toLocaleString('en-GB').padStart(9)} records/s  ${seconds.toFixed(1).padStart(6)} s  peak ${Math.round(kib / 1024)} MiB`);
}

for (const records of [100_000, 1_000_000]) {
  const input = await generate(records);
  console.log(`\nbatch over ${records.toLocaleString('en-GB')} generated records (${Math.round(statSync(input).size / 1e6)} MB)`);
  timed('baseline: JSON.parse + JSON.stringify per line', records, [baseline, input, join(dir, 'baseline.jsonl')]);
  timed('batch --out results.jsonl', records, [bin, 'batch', input, '--as-of', '2025-11-03', '--out', join(dir, 'results.jsonl')]);
  timed('batch --out results.csv', records, [bin, 'batch', input, '--as-of', '2025-11-03', '--out', join(dir, 'results.csv')]);
  for (const f of ['baseline.jsonl', 'results.jsonl', 'results.csv', `caseload-${records}.jsonl`]) rmSync(join(dir, f), { force: true });
}
rmSync(dir, { recursive: true, force: true });
