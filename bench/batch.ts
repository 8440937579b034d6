// Batch: `early-help-rules batch` over generated caseloads of 100,000 and 1,000,000 records,
// records per second and peak memory, beside a baseline that streams the same JSON Lines file
// through JSON.parse + JSON.stringify line by line, in the same run. Each form is also set beside
// evaluateCase alone over the same records in one process (the file read and parsed, nothing
// written), so what batch adds to evaluation shows on its own. At 100,000 records the runs take
// turns over three rounds and each reports its median; the 1,000,000 run (one round) shows that
// memory stays flat. `node --import tsx bench/batch.ts 20000` measures one size only.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedCaseLine } from '../tests/support/generateCaseload.js';
import { GENERATED_CSV_COLUMNS, generatedCaseCsvRow } from '../tests/support/generateCaseloadCsv.js';
import { addSpeedRow, perSecond, targetCell, times } from './speedTable.js';

const dir = mkdtempSync(join(tmpdir(), 'ehr-bench-'));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const library = new URL('../dist/index.js', import.meta.url).href;
const AS_OF = '2025-11-03';
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
const evaluateOnly = join(dir, 'evaluate-only.mjs');
createWriteStream(evaluateOnly).end(`import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { evaluateCase } from '${library}';
let deadlines = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]) })) {
  deadlines += evaluateCase(JSON.parse(line), { asOf: '${AS_OF}' }).deadlines.length;
}
if (deadlines === 0) throw new Error('no deadlines');
`);

async function generate(path: string, lines: (i: number) => string, records: number, header?: string): Promise<string> {
  const out = createWriteStream(path);
  if (header) out.write(`${header}\n`);
  for (let i = 0; i < records; i += 1) if (!out.write(`${lines(i)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

/** Runs a script in a new node process: its wall time in seconds and peak memory in MiB. */
function run(name: string, args: string[]): { seconds: number; mib: number } {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', peak, ...args], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${name} failed: ${child.stderr}`);
  return { seconds, mib: Math.round(Number(/peak (\d+)/.exec(child.stderr)?.[1]) / 1024) };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

/** Issue 13's targets for the four forms of batch, as ratios to the baseline (none for --compact). */
const TARGETS = [0.4, undefined, 0.8, 0.6] as const;
/** More than this much above the smallest run's peak, memory is taken to grow with the input. */
const FLAT_MEMORY = 1.25;
let firstPeaks: number[] | undefined;

async function measure(records: number, rounds: number): Promise<void> {
  const jsonl = await generate(join(dir, 'caseload.jsonl'), generatedCaseLine, records);
  const csv = await generate(join(dir, 'caseload.csv'), generatedCaseCsvRow, records, GENERATED_CSV_COLUMNS.join(','));
  const out = (name: string): string => join(dir, name);
  const cases = [
    { name: 'baseline: JSON.parse + JSON.stringify per line', args: [baseline, jsonl, out('baseline.jsonl')] },
    { name: 'evaluateCase alone (JSON.parse + evaluate per line)', args: [evaluateOnly, jsonl] },
    { name: 'batch JSON Lines → JSON Lines', args: [bin, 'batch', jsonl, '--as-of', AS_OF, '--out', out('results.jsonl')] },
    { name: 'batch JSON Lines → JSON Lines --compact', args: [bin, 'batch', jsonl, '--as-of', AS_OF, '--compact', '--out', out('results.jsonl')] },
    { name: 'batch JSON Lines → CSV', args: [bin, 'batch', jsonl, '--as-of', AS_OF, '--out', out('results.csv')] },
    { name: 'batch CSV → CSV', args: [bin, 'batch', csv, '--as-of', AS_OF, '--out', out('results.csv')] },
  ];
  const seconds = cases.map(() => [] as number[]);
  const mib = cases.map(() => 0);
  for (let r = 0; r < rounds; r += 1) {
    for (const [i, c] of cases.entries()) {
      const result = run(c.name, c.args);
      seconds[i]?.push(result.seconds);
      mib[i] = Math.max(mib[i] as number, result.mib);
    }
  }
  console.log(`\nbatch over ${records.toLocaleString('en-GB')} generated records (JSON Lines ${Math.round(statSync(jsonl).size / 1e6)} MB, `
    + `CSV ${Math.round(statSync(csv).size / 1e6)} MB), records per second${rounds > 1 ? ` (median of ${rounds} rounds)` : ''}`);
  const rate = seconds.map((s) => records / median(s));
  const [base, alone] = rate as [number, number];
  for (const [i, c] of cases.entries()) {
    const r = rate[i] as number;
    const ofAlone = i >= 2 ? `  ${(r / alone).toFixed(2)}× evaluateCase alone` : '';
    console.log(`  ${c.name.padEnd(51)} ${Math.round(r).toLocaleString('en-GB').padStart(9)} records/s  ${(r / base).toFixed(2)}× baseline`
      + `  peak ${String(mib[i]).padStart(3)} MiB${ofAlone}`);
  }
  const forms = rate.slice(2).map((r, i) => ({ ratio: r / base, mib: mib[i + 2] as number, target: TARGETS[i] }));
  const firstSize = firstPeaks === undefined;
  firstPeaks ??= forms.map((f) => f.mib);
  const flat = forms.every((f, i) => f.mib <= FLAT_MEMORY * (firstPeaks?.[i] ?? f.mib));
  const ratesMet = forms.every((f) => f.target === undefined || f.ratio >= f.target);
  addSpeedRow({
    what: `\`batch\` over ${records.toLocaleString('en-GB')} generated records (${Math.round(statSync(jsonl).size / 1e6)} MB${rounds > 1 ? '' : ', one round'}): `
      + 'JSON Lines → JSON Lines / `--compact` / JSON Lines → CSV / CSV → CSV',
    figure: `${rate.slice(2).map(perSecond).join(' / ')} records/s: **${forms.map((f) => times(f.ratio)).join(' / ')}**, `
      + `peak ${forms.map((f) => f.mib).join(' / ')} MiB; \`evaluateCase\` alone over the same lines (with \`JSON.parse\`): ${perSecond(alone)}/s, ${times(alone / base)}`,
    baseline: `line-by-line \`JSON.parse\` + \`JSON.stringify\`: ${perSecond(base)} records/s, ${mib[0]} MiB`,
    target: firstSize
      ? targetCell(`${TARGETS.map((t) => (t === undefined ? '–' : `≥ ${t}×`)).join(' / ')}`, ratesMet)
      : `${targetCell('as above', ratesMet)}; memory flat from the first size (within ${FLAT_MEMORY}× its peak): ${flat ? 'met' : '**not met**'}`,
  });
  for (const f of ['baseline.jsonl', 'results.jsonl', 'results.csv', 'caseload.jsonl', 'caseload.csv']) rmSync(join(dir, f), { force: true });
}

const sizes = process.argv[2] ? [Number(process.argv[2])] : [100_000, 1_000_000];
for (const records of sizes) await measure(records, records > 100_000 ? 1 : 3);
rmSync(dir, { recursive: true, force: true });
