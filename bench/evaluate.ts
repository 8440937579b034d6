// Evaluation: evaluateCase over the example caseload, against JSON.parse + JSON.stringify of
// the same records, in the same run, on one core. It measures the build (npm run bench builds
// first): tsx running the sources measures about half the speed.
import { readFileSync } from 'node:fs';
import { evaluateCase } from '../dist/index.js';
import { compare } from './measure.js';
import { addSpeedRow, perSecond, targetCell, times } from './speedTable.js';

const lines = readFileSync(new URL('../examples/caseload.jsonl', import.meta.url), 'utf8').trim().split('\n');
const records = lines.map((line) => JSON.parse(line) as unknown);
const asOf = '2025-03-03';
const at = (i: number): number => i % lines.length;

const [baseline = 1, evaluated = 0, roundTrip = 0] = compare(`Evaluating the ${lines.length} cases of examples/caseload.jsonl, cases per second`, [
  { name: 'baseline: JSON.parse + JSON.stringify of the record', fn: (i) => JSON.stringify(JSON.parse(lines[at(i)] as string)) },
  { name: 'evaluateCase', fn: (i) => evaluateCase(records[at(i)], { asOf }) },
  { name: 'JSON.parse + evaluateCase + JSON.stringify', fn: (i) => JSON.stringify(evaluateCase(JSON.parse(lines[at(i)] as string), { asOf })) },
]);

addSpeedRow({
  what: `\`evaluateCase\`, the ${lines.length} cases of \`examples/caseload.jsonl\``,
  figure: `${perSecond(evaluated)} cases/s: **${times(evaluated / baseline)}**; with \`JSON.parse\` of the record and \`JSON.stringify\` of the result: ${perSecond(roundTrip)}/s, ${times(roundTrip / baseline)}`,
  baseline: `\`JSON.parse\` + \`JSON.stringify\` of the same records: ${perSecond(baseline)}/s`,
  target: targetCell('≥ 0.8×', evaluated / baseline >= 0.8),
});
