import * as z from 'zod';
import { IsoDateSchema, IsoInstantSchema } from '../calendar/dateSchemas.js';
import { CaseRecordSchema } from '../evaluate/caseRecord.js';

const note = z.string().min(1).max(2_000).optional().describe('The working by hand, for a reader checking the expectation.');
const id = z.string().min(1).max(200);

/**
 * A golden case: a case record, the date it is read as of, and what a practice lead expects the
 * rules to give, written by hand from the council's documents. Kept beside the rule file
 * (`rules/tests/<authority>/*.json`), as OpenFisca keeps its tests beside its parameters, and run
 * by `npm test` and `early-help-rules test`. Field names are those of the evaluation JSON.
 */
export const GoldenCaseSchema = z.object({
  $schema: z.string().optional(),
  title: z.string().min(1).max(300).describe('What the case shows, in a sentence.'),
  asOf: IsoDateSchema,
  record: CaseRecordSchema,
  expected: z.object({
    level: z.object({
      assessed: z.literal([1, 2, 3, 4]).nullable().describe('The level the needs meet; null when no threshold covers them.'),
      rule: id.nullable().describe('The id of the threshold that gives it.'),
      note,
    }).strict(),
    deadlines: z.array(z.object({
      id: id.describe('The timescale id, with #n for its n-th time.'),
      due: z.union([IsoDateSchema, IsoInstantSchema]),
      status: z.enum(['met', 'met-late', 'open', 'due-soon', 'overdue']),
      note,
    }).strict()).describe('Every deadline the case has, in any order.'),
    flags: z.array(z.object({
      code: id,
      severity: z.enum(['immediate', 'high', 'medium', 'low']),
      deadlineId: id.nullable().optional().describe('The deadline that raises it, for deadline flags.'),
      note,
    }).strict()).describe('Every flag raised, in any order.'),
    recommendation: z.object({
      action: z.enum(['stay', 'step-up', 'step-down', 'close']),
      to: z.literal([1, 2, 3, 4]),
      pathway: id.nullable().describe("The id of the authority's route; null when it publishes none."),
      note,
    }).strict(),
  }).strict(),
}).strict();

export type GoldenCase = z.infer<typeof GoldenCaseSchema>;
