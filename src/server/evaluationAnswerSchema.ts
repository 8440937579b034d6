import * as z from 'zod';
import { COUNTINGS } from '../evaluate/dueDate.js';
import { WARNING_CODES } from '../evaluate/caseWarning.js';
import { EventTypeSchema } from '../rules/eventTypes.js';
import { CitationSchema, TIME_UNITS } from '../rules/ruleFileSchema.js';

/*
 * The evaluation as JSON Schema for the OpenAPI document, so that a team calling the service from
 * .NET or Java generates a typed client. The library's `Evaluation` interface is the source;
 * `tests/server/evaluationAnswer.test.ts` fails the build if the two differ by one field.
 */

// Named, so that the document defines each once (components.schemas) and a generated client has one class for each.
const CitationAnswerSchema = CitationSchema.meta({ id: 'Citation' });
const date = z.string().describe('YYYY-MM-DD');
const dateOrInstant = z.string().describe('YYYY-MM-DD, or for an hour rule an ISO 8601 instant in London time');

const LevelResultSchema = z.strictObject({
  assessed: z.number().nullable(),
  current: z.number().nullable(),
  name: z.string().nullable(),
  currentName: z.string().nullable(),
  reasons: z.array(z.string()),
  rule: z.string().nullable(),
  citation: CitationAnswerSchema.nullable(),
});

const DeadlineSchema = z.strictObject({
  id: z.string().describe('The timescale id, with #n for its n-th occurrence (n ≥ 2).'),
  timescale: z.string(),
  occurrence: z.number(),
  title: z.string(),
  start: dateOrInstant,
  startEvent: EventTypeSchema,
  due: dateOrInstant,
  status: z.enum(['met', 'met-late', 'open', 'due-soon', 'overdue', 'not-required', 'closed-unmet']),
  metOn: date.nullable(),
  stoppedOn: date.nullable(),
  provisional: z.boolean(),
  workingDaysRemaining: z.number().nullable(),
  workingDaysOverdue: z.number(),
  projected: z.boolean(),
  counting: z.enum(COUNTINGS).nullable(),
  amount: z.number(),
  unit: z.enum(TIME_UNITS),
  explanation: z.string(),
  citation: CitationAnswerSchema,
  notes: z.string().optional(),
  overdueFlag: z.enum(['overdue', 'child-not-seen', 'plan-drift']),
}).meta({ id: 'Deadline' });

const FlagSchema = z.strictObject({
  code: z.enum(['overdue', 'due-soon', 'child-not-seen', 'plan-drift', 'no-lead', 'consent-missing', 'needs-above-level',
    'needs-below-level', 'child-protection-concern']),
  severity: z.enum(['immediate', 'high', 'medium', 'low']),
  message: z.string(),
  deadlineId: z.string().nullable(),
  citation: CitationAnswerSchema.nullable(),
}).meta({ id: 'Flag' });

const StepDueSchema = z.strictObject({
  timescale: z.string(),
  title: z.string(),
  amount: z.number(),
  unit: z.enum(TIME_UNITS),
  after: z.string(),
  date: dateOrInstant.nullable(),
});

const RecommendationSchema = z.strictObject({
  action: z.enum(['stay', 'step-up', 'step-down', 'close', 'none']),
  from: z.number().nullable(),
  to: z.number().nullable(),
  pathway: z.string().nullable(),
  reason: z.string(),
  steps: z.array(z.strictObject({ text: z.string(), contact: z.string().nullable(), due: StepDueSchema.nullable() })),
  citation: CitationAnswerSchema.nullable(),
});

/** `Evaluation`, as the service answers it (see the README, "What evaluation returns"). */
export const EvaluationAnswerSchema = z.strictObject({
  caseId: z.string(),
  authority: z.string(),
  team: z.string().optional(),
  worker: z.string().optional(),
  asOf: date,
  ruleSet: z.strictObject({ id: z.string(), version: z.string(), extends: z.array(z.string()) }),
  closedOn: date.nullable(),
  level: LevelResultSchema,
  deadlines: z.array(DeadlineSchema),
  flags: z.array(FlagSchema),
  recommendation: RecommendationSchema,
  warnings: z.array(z.strictObject({ code: z.enum(WARNING_CODES), path: z.string(), message: z.string() }).meta({ id: 'Warning' })),
}).meta({ id: 'Evaluation' }).describe('The evaluation exactly as evaluateCase returns it: level, deadlines, flags, recommendation and warnings, each with its rule and citation.');
