// Evaluation: evaluateCase over the example caseload, against JSON.parse + JSON.stringify of
// the same records, in the same run, on one core. It measures the build (npm run bench builds
// first): tsx running the sources measures about half the speed.
import { readFileSync } from 'node:fs';
import { evaluateCase } from '../dist/index.js';
import { compare } from './measure.js';

const lines = readFileSync(new URL('../examples/caseload.jsonl', import.meta.url), 'utf8').trim().split('\n');
const records = lines.map((line) => JSON.parse(line) as unknown);
const asOf = '2025-03-03';
const at = (i: number): number => i % lines.length;

compare(`Evaluating the ${lines.length} cases of examples/caseload.jsonl, cases per second`, [
  { name: 'baseline: JSON.parse + JSON.stringify of the record', fn: (i) => JSON.stringify(JSON.parse(lines[at(i)] as string)) },
  { name: 'evaluateCase', fn: (i) => evaluateCase(records[at(i)], { asOf }) },
  { name: 'JSON.parse + evaluateCase + JSON.stringify', fn: (i) => JSON.stringify(evaluateCase(JSON.parse(lines[at(i)] as string), { asOf })) },
]);
