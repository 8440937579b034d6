// The last step of `npm run bench`: writes the figures the benches gathered into the README's
// Speed table, with the machine and the date. `--reset` (the first step) clears the last run's.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, type } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readSpeedRows, renderSpeedTable, replaceSpeedTable, ROWS_FILE } from './speedTable.js';

const README = fileURLToPath(new URL('../README.md', import.meta.url));

if (process.argv[2] === '--reset') {
  rmSync(ROWS_FILE, { force: true });
} else {
  if (!existsSync(ROWS_FILE)) throw new Error(`no figures in ${ROWS_FILE}: run the whole of npm run bench`);
  const rows = readSpeedRows();
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric' })
    .format(new Date());
  const cores = availableParallelism();
  const measuredOn = `${date}, ${cores} core${cores === 1 ? '' : 's'} (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.versions.node}, ${type()}`;
  writeFileSync(README, replaceSpeedTable(readFileSync(README, 'utf8'), renderSpeedTable(rows, measuredOn)));
  rmSync(ROWS_FILE);
  console.log(`\nREADME.md: the Speed table now holds these ${rows.length} rows, measured on ${measuredOn}`);
}
