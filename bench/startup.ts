// Start-up: the built CLI (dist/cli.js) running one short command, against a bare `node -e 0`,
// each a fresh process. The three take turns over the rounds, so that a slow moment of the
// machine falls on all of them; each reports its median wall time and its ratio to bare node.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { addSpeedRow, targetCell, times } from './speedTable.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = 'dist/cli.js';
// Enough rounds that the median holds: single runs on a shared machine spread by a third either way.
const rounds = 31;

const cases: { name: string; args: string[] }[] = [
  { name: 'baseline: node -e 0', args: ['-e', '0'] },
  { name: 'calendar add 2025-01-01 10', args: [cli, 'calendar', 'add', '2025-01-01', '10'] },
  { name: 'evaluate examples/st-helens-case.json --as-of 2025-02-20', args: [cli, 'evaluate', 'examples/st-helens-case.json', '--as-of', '2025-02-20'] },
];

/** One run's wall time in milliseconds; a run that fails stops the bench rather than time an error. */
function run(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr.toString()}`);
  return ms;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

for (const { args } of cases) run(args); // warm the file cache
const runTimes = cases.map(() => [] as number[]);
for (let r = 0; r < rounds; r += 1) cases.forEach(({ args }, c) => runTimes[c]?.push(run(args)));

const medians = runTimes.map(median);
const baseline = medians[0] as number;
console.log(`\nCLI start-up, wall time of one process (median of ${rounds} interleaved rounds)`);
const width = Math.max(...cases.map((c) => c.name.length));
cases.forEach((c, i) => {
  const ms = medians[i] as number;
  console.log(`  ${c.name.padEnd(width)}  ${ms.toFixed(0).padStart(5)} ms  ${(ms / baseline).toFixed(2)}× baseline`);
});
const [, calendarAdd = 0, evaluate = 0] = medians;
addSpeedRow({
  what: `start-up: \`calendar add 2025-01-01 10\` / \`evaluate examples/st-helens-case.json\`, median of ${rounds} runs in turns`,
  figure: `${calendarAdd.toFixed(0)} / ${evaluate.toFixed(0)} ms: **${times(calendarAdd / baseline)} / ${times(evaluate / baseline)}**`,
  baseline: `\`node -e 0\`: ${baseline.toFixed(0)} ms`,
  target: targetCell('≤ 2× each', Math.max(calendarAdd, evaluate) <= 2 * baseline),
});
