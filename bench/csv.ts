// CSV: the hand-written RFC 4180 reader and writer (src/cli/csvLine.ts) against the `csv`
// project's csv-parse and csv-stringify, streaming the same generated caseload CSV in the same
// run. The cases take turns over several rounds and each reports its median, as bench/measure.ts does.
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { CsvRecordReader, formatCsvLine } from '../src/cli/csvLine.js';
import { readLines } from '../src/evaluate/readLines.js';
import { addSpeedRow, perSecond, times } from './speedTable.js';

const RECORDS = 200_000;
const ROUNDS = 5;
const dir = mkdtempSync(join(tmpdir(), 'ehr-bench-csv-'));
const input = join(dir, 'caseload.csv');

const HEADER = ['id', 'authority', 'current_level', 'lead', 'consent_given', 'consent_on', 'section47', 'section17', 'agencies',
  'complexity', 'assessment_started_on', 'assessment_started_kind', 'child_seen_alone_on', 'meeting_held_on', 'meeting_held_kind', 'closed_on'];
/** The i-th row: realistic cells, one in quotes with a comma, one holding two `;`-separated dates. */
const row = (i: number): string[] => [`SH-2025-${i}`, 'st-helens', String(1 + (i % 4)), 'partner-agency', 'TRUE', '2024-12-09', 'none',
  i % 3 === 0 ? 'met' : 'not-met', String(i % 6), 'multiple', '2024-12-09', 'early-help', '2024-12-16;2025-01-10', '2025-01-13',
  i % 5 === 0 ? 'initial, late' : 'initial', ''];

async function generate(): Promise<void> {
  const out = createWriteStream(input);
  out.write(`${formatCsvLine(HEADER)}\r\n`);
  for (let i = 0; i < RECORDS; i += 1) if (!out.write(`${formatCsvLine(row(i))}\r\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** A sink that throws away what it is given, counting the characters. */
const sink = (): Writable => new Writable({ write(_chunk, _encoding, done) { done(); } });

const cases: { name: string; run: () => Promise<number> }[] = [
  { name: 'read: hand-written (readLines + CsvRecordReader)', async run() {
    const reader = new CsvRecordReader(1024 * 1024);
    let records = 0;
    for await (const line of readLines(createReadStream(input))) {
      if ('text' in line && reader.push(line.text)) records += 1;
    }
    return records - 1;
  } },
  { name: 'read: csv-parse 7.0.3 (stream)', async run() {
    let records = 0;
    for await (const record of createReadStream(input).pipe(parse({ bom: true, relax_column_count: true, max_record_size: 1024 * 1024 }))) {
      if (record) records += 1;
    }
    return records - 1;
  } },
  { name: 'write: hand-written (formatCsvLine)', async run() {
    const out = sink();
    let buffer = '';
    for (let i = 0; i < RECORDS; i += 1) {
      buffer += `${formatCsvLine(row(i))}\n`;
      if (buffer.length >= 65_536) {
        if (!out.write(buffer)) await once(out, 'drain');
        buffer = '';
      }
    }
    out.end(buffer);
    await once(out, 'finish');
    return RECORDS;
  } },
  { name: 'write: csv-stringify 6.9.0 (stream)', async run() {
    const stringifier = stringify();
    const done = pipeline(stringifier, sink());
    for (let i = 0; i < RECORDS; i += 1) if (!stringifier.write(row(i))) await once(stringifier, 'drain');
    stringifier.end();
    await done;
    return RECORDS;
  } },
];

await generate();
console.log(`\nCSV over ${RECORDS.toLocaleString('en-GB')} generated caseload rows (${Math.round(statSync(input).size / 1e6)} MB), records per second (median of ${ROUNDS} rounds)`);
const rates = cases.map(() => [] as number[]);
for (let r = 0; r < ROUNDS; r += 1) {
  for (const [i, c] of cases.entries()) {
    const start = process.hrtime.bigint();
    const records = await c.run();
    if (records !== RECORDS) throw new Error(`${c.name} counted ${records} records, not ${RECORDS}`);
    rates[i]?.push(records / (Number(process.hrtime.bigint() - start) / 1e9));
  }
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
const width = Math.max(...cases.map((c) => c.name.length));
for (const [i, c] of cases.entries()) {
  const ofPair = median(rates[i - (i % 2)] as number[]);
  const rate = median(rates[i] as number[]);
  console.log(`  ${c.name.padEnd(width)}  ${Math.round(rate).toLocaleString('en-GB').padStart(10)} records/s  ${(rate / ofPair).toFixed(2)}× hand-written`);
}
const [ownRead = 1, libraryRead = 0, ownWrite = 1, libraryWrite = 0] = rates.map(median);
addSpeedRow({
  what: `CSV reading / writing over ${RECORDS.toLocaleString('en-GB')} generated caseload rows: the package's own RFC 4180 reader and writer`,
  figure: `${perSecond(ownRead)} / ${perSecond(ownWrite)} records/s`,
  baseline: `the \`csv\` project's streaming csv-parse / csv-stringify: ${perSecond(libraryRead)} / ${perSecond(libraryWrite)} records/s, `
    + `${times(libraryRead / ownRead)} / ${times(libraryWrite / ownWrite)} the package's own`,
  target: '– (why the package reads and writes CSV itself)',
});
rmSync(dir, { recursive: true, force: true });
