// Evaluation: evaluateCase over the example caseload, against JSON.parse + JSON.stringify of
// the same records, in the same run, on one core. It measures the build (npm run bench builds
// first): tsx running the sources measures about half the speed. Then, over the generated
// caseload `batch` is measured on, what writing a result costs on its own: the bound it sets on
// `batch`, however fast evaluation is.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { CaseRecordSchema, evaluateCase } from '../dist/index.js';
import { safeJsonText } from '../src/cli/terminalText.js';
import { generatedCaseLine } from '../tests/support/generateCaseload.js';
import { compare } from './measure.js';
import { addSpeedRow, perSecond, targetCell, times } from './speedTable.js';

const lines = readFileSync(new URL('../examples/caseload.jsonl', import.meta.url), 'utf8').trim().split('\n');
const records = lines.map((line) => JSON.parse(line) as unknown);
const asOf = '2025-03-03';
const at = (i: number): number => i % lines.length;

// The check evaluateCase makes of a record once warm (see compiledParse): what the rest of an
// evaluation has left of the target.
const compiledCheck = z.compile(CaseRecordSchema);
const [baseline = 1, evaluated = 0, roundTrip = 0, checked = 0] = compare(`Evaluating the ${lines.length} cases of examples/caseload.jsonl, cases per second`, [
  { name: 'baseline: JSON.parse + JSON.stringify of the record', fn: (i) => JSON.stringify(JSON.parse(lines[at(i)] as string)) },
  { name: 'evaluateCase', fn: (i) => evaluateCase(records[at(i)], { asOf }) },
  { name: 'JSON.parse + evaluateCase + JSON.stringify', fn: (i) => JSON.stringify(evaluateCase(JSON.parse(lines[at(i)] as string), { asOf })) },
  { name: "zod's compiled check of the record alone", fn: (i) => compiledCheck.safeParse(records[at(i)]) },
]);
const micro = (rate: number): string => `${(1e6 / rate).toFixed(1)} µs`;

addSpeedRow({
  what: `\`evaluateCase\`, the ${lines.length} cases of \`examples/caseload.jsonl\``,
  figure: `${perSecond(evaluated)} cases/s (${micro(evaluated)} a case): **${times(evaluated / baseline)}**; with \`JSON.parse\` of the record and \`JSON.stringify\` of the result: ${perSecond(roundTrip)}/s, ${times(roundTrip / baseline)}; `
    + `zod's compiled check of the record, which \`evaluateCase\` makes, alone: ${micro(checked)}`,
  baseline: `\`JSON.parse\` + \`JSON.stringify\` of the same records: ${perSecond(baseline)}/s (${micro(baseline)})`,
  target: targetCell('≥ 0.8×', evaluated / baseline >= 0.8),
});

const GENERATED = 1000;
const generatedLines = Array.from({ length: GENERATED }, (_, i) => generatedCaseLine(i));
const results = generatedLines.map((line) => ({ line: 1, ...evaluateCase(JSON.parse(line), { asOf: '2025-11-03' }) }));
const resultBytes = results.reduce((sum, result) => sum + Buffer.byteLength(JSON.stringify(result)), 0) / GENERATED;
const g = (i: number): number => i % GENERATED;
const [lineBaseline = 1, stringified = 0, written = 0] = compare(`Writing the results of ${GENERATED.toLocaleString('en-GB')} generated records as batch does (${(resultBytes / 1000).toFixed(1)} KB a result), per second`, [
  { name: 'baseline: JSON.parse + JSON.stringify of the record', fn: (i) => JSON.stringify(JSON.parse(generatedLines[g(i)] as string)) },
  { name: 'JSON.stringify of the result alone', fn: (i) => JSON.stringify(results[g(i)]) },
  { name: 'JSON.stringify + terminal-safe escapes + UTF-8', fn: (i) => Buffer.from(safeJsonText(JSON.stringify(results[g(i)]))) },
]);
addSpeedRow({
  what: `writing a \`batch\` result as JSON Lines, alone: the results of ${GENERATED.toLocaleString('en-GB')} generated records (${(resultBytes / 1000).toFixed(1)} KB each), evaluated beforehand`,
  figure: `\`JSON.stringify\` alone ${perSecond(stringified)}/s (${micro(stringified)} a result), ${times(stringified / lineBaseline)}; with the terminal-safe escapes and the UTF-8 encoding \`batch\` adds, `
    + `${perSecond(written)}/s (${micro(written)}): **${times(written / lineBaseline)}**`,
  baseline: `\`JSON.parse\` + \`JSON.stringify\` of the same records, in memory: ${perSecond(lineBaseline)}/s (${micro(lineBaseline)})`,
  target: '– (what a JSON Lines result costs `batch` however fast evaluation is)',
});
