/**
 * The OpenAPI document's schema of the evaluation is the library's `Evaluation`, field for field:
 * the types must be equal (checked by tsc, which `npm test` runs), and real evaluations, from the
 * examples and from generated case histories, must all pass the schema's strict objects.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { evaluateCase, type Evaluation } from '../../src/index.js';
import { EvaluationAnswerSchema } from '../../src/server/evaluationAnswerSchema.js';
import { caseArb, isoDateIn, PROCESS_TYPES } from '../evaluate/arbitraries.js';
import { repoRoot } from '../support/sharedDir.js';
import type { paths } from './generatedApiTypes.js';

type Answer = paths['/evaluate']['post']['responses'][200]['content']['application/json'];

describe('the evaluation answer schema', () => {
  it('has the type of Evaluation, and a client generated from the document reads an Evaluation', () => {
    expectTypeOf<z.output<typeof EvaluationAnswerSchema>>().toEqualTypeOf<Evaluation>();
    expectTypeOf<Evaluation>().toExtend<Answer>();
  });

  it('accepts every evaluation of the examples', () => {
    const dir = resolve(repoRoot, 'examples');
    const records = [
      ...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as unknown),
      ...readFileSync(resolve(dir, 'caseload.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown),
    ];
    for (const record of records) expect(EvaluationAnswerSchema.safeParse(evaluateCase(record, { asOf: '2025-03-03' })).error).toBeUndefined();
  });

  it('accepts the evaluation of any generated case history, hour rules, steps and warnings included', () => {
    fc.assert(fc.property(caseArb(['st-helens', 'warrington', 'york', 'sefton'], '2023-06-01', '2025-04-30', 20, PROCESS_TYPES),
      isoDateIn('2023-06-01', '2025-04-30'), (record, asOf) => {
        expect(EvaluationAnswerSchema.safeParse(evaluateCase(record, { asOf })).error).toBeUndefined();
      }), { numRuns: 200 });
  });
});
