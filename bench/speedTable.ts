// The README's Speed table, made from the figures of one `npm run bench` run: each bench adds its
// rows as it finishes (to a file, as each runs in a process of its own), and updateReadme.ts
// writes them between the table's markers with the machine and the date.
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One row: what was measured, the figure, its baseline from the same run, and issue 13's target with whether it is met. */
export interface SpeedRow {
  what: string;
  figure: string;
  baseline: string;
  target: string;
}

/** Where a run's rows are gathered (git-ignored). */
export const ROWS_FILE = fileURLToPath(new URL('./results.jsonl', import.meta.url));

export const TABLE_START = '<!-- speed-table:start (written by npm run bench: bench/updateReadme.ts) -->';
export const TABLE_END = '<!-- speed-table:end -->';

/**
 * Adds a row to the run's table, when the bench runs under `npm run bench`; a bench run on its
 * own (one size, one script) prints its figures but leaves the table alone.
 */
export function addSpeedRow(row: SpeedRow, path = ROWS_FILE): void {
  if (process.env.npm_lifecycle_event !== 'bench') return;
  appendFileSync(path, `${JSON.stringify(row)}\n`);
}

/** The rows a run has gathered, in the order the benches added them. */
export function readSpeedRows(path = ROWS_FILE): SpeedRow[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as SpeedRow);
}

/**
 * A target's cell: the target, then whether the figure meets it.
 * @example targetCell('≥ 0.8×', false) // '≥ 0.8×: **not met**'
 */
export function targetCell(target: string, met: boolean): string {
  return `${target}: ${met ? 'met' : '**not met**'}`;
}

/** A ratio as the table writes it, e.g. `0.42×`. */
export const times = (ratio: number): string => `${ratio.toFixed(2)}×`;

/** A count per second in British digits, e.g. `18,040`. */
export const perSecond = (rate: number): string => Math.round(rate).toLocaleString('en-GB');

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * The table in Markdown, under a line naming the machine and the date it was measured on.
 * @example renderSpeedTable(rows, '1 Dec 2026, 2 cores (AMD EPYC), Node 20.20.2, Linux')
 */
export function renderSpeedTable(rows: readonly SpeedRow[], measuredOn: string): string {
  return [
    `Measured with \`npm run bench\` on ${measuredOn}. Each figure stands beside its baseline from the same run; where the two took turns over several rounds, it is the median round.`,
    '',
    '| what | figure | baseline in the same run | issue 13\'s target |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${cell(r.what)} | ${cell(r.figure)} | ${cell(r.baseline)} | ${cell(r.target)} |`),
  ].join('\n');
}

/**
 * The README with the text between the table's markers replaced by `table`, and nothing else changed.
 * @throws Error when the markers are missing, out of order or doubled.
 */
export function replaceSpeedTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end < start || readme.indexOf(TABLE_START, start + 1) !== -1 || readme.indexOf(TABLE_END, end + 1) !== -1) {
    throw new Error(`the README needs one "${TABLE_START}" line followed by one "${TABLE_END}" line around its Speed table`);
  }
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
