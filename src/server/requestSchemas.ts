import * as z from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../calendar/calendarRange.js';
import { IsoDateSchema } from '../calendar/dateSchemas.js';
import { CaseRecordSchema } from '../evaluate/caseRecord.js';
import { EvaluateOptionsSchema } from '../evaluate/evaluateCase.js';

// The shapes of the server's requests and answers. Requests are checked with these schemas, and
// GET /openapi.json is generated from them; case records and rule files are checked by the
// library's own schemas (CaseRecordSchema, RuleFileSchema) inside evaluateCase and parseRuleSet.

/** A whole number written in a query string or a path, e.g. `days=-15`. */
function wholeNumberText(what: string, min: number, max: number): z.ZodType<number, string> {
  return z.string().regex(/^-?\d{1,6}$/, { error: (issue) => `${what} is a whole number, not ${JSON.stringify(issue.input)}` })
    .transform(Number)
    .pipe(z.int().min(min, { error: `${what} is at least ${min}` }).max(max, { error: `${what} is at most ${max}` }));
}

/** A date the request must give: its absence is named as such, not as a type error. */
function requiredDate(name: string, description: string): z.ZodType<string, string> {
  return z.string({ error: (issue) => `${name} ${issue.input === undefined ? 'is required:' : 'is'} a date written YYYY-MM-DD` })
    .pipe(IsoDateSchema).describe(description);
}

/** The evaluation options a request may set: the library's own, less the date and rule set the request gives. */
export const EvaluateRequestOptionsSchema = EvaluateOptionsSchema.omit({ asOf: true, ruleSet: true });

/** The body of POST /evaluate. */
export const EvaluateRequestSchema = z.strictObject({
  record: CaseRecordSchema,
  asOf: requiredDate('asOf', 'The date the case is read as of, YYYY-MM-DD.'),
  options: EvaluateRequestOptionsSchema.optional(),
});

/**
 * What POST /evaluate itself checks before calling `evaluateCase`: the record and the date are
 * left to the library, so that their issues are its own, path and message.
 */
export const EvaluateEnvelopeSchema = EvaluateRequestSchema.extend({
  record: z.custom<object>((value) => value !== null && typeof value === 'object' && !Array.isArray(value),
    { error: 'a case record is a JSON object' }),
  asOf: z.string({ error: (issue) => `asOf ${issue.input === undefined ? 'is required:' : 'is'} a date written YYYY-MM-DD` }),
});

export const AsOfQuerySchema = z.strictObject({ asOf: requiredDate('asOf', 'The date the cases are read as of, YYYY-MM-DD.') });
export const OptionalAsOfQuerySchema = z.strictObject({
  asOf: IsoDateSchema.optional().describe('Only the rules in force on this date, YYYY-MM-DD.'),
});
export const RuleSetParamsSchema = z.strictObject({ id: z.string().min(1).max(200).describe('A rule set id, e.g. st-helens.') });
export const AddWorkingDaysQuerySchema = z.strictObject({
  date: requiredDate('date', 'Day 0 of the count, YYYY-MM-DD.'),
  days: wholeNumberText('days', -100_000, 100_000).describe('How many working days to add; negative counts back.'),
});
export const BetweenQuerySchema = z.strictObject({
  from: requiredDate('from', 'The first date, YYYY-MM-DD (not counted).'),
  to: requiredDate('to', 'The last date, YYYY-MM-DD (counted).'),
});
export const YearParamsSchema = z.strictObject({ year: wholeNumberText('year', FIRST_YEAR, LAST_YEAR).describe('A year, e.g. 2025.') });

const DayOffSchema = z.object({
  date: z.string(),
  reason: z.enum(['bank-holiday', 'closure']),
  title: z.string(),
  projected: z.boolean(),
});

/** GET /calendar/add: the n-th working day after a date, and the days off the count skipped. */
export const AddWorkingDaysAnswerSchema = z.object({ date: z.string(), skipped: z.array(DayOffSchema) });
/** GET /calendar/between: working days d with from < d <= to, the spreadsheet's NETWORKDAYS, and the days off between. */
export const BetweenAnswerSchema = z.object({ workingDays: z.int(), networkDays: z.int(), skipped: z.array(DayOffSchema) });
/** GET /calendar/holidays/{year}: the bank holidays on weekdays in a year. */
export const HolidaysAnswerSchema = z.array(z.object({ date: z.string(), title: z.string(), projected: z.boolean() }));
/** GET /rule-sets: one entry per rule set the server knows. */
export const RuleSetSummarySchema = z.object({
  id: z.string(), name: z.string(), authority: z.string(), version: z.string(),
  effectiveFrom: z.string(), effectiveTo: z.string().optional(), extends: z.array(z.string()),
  builtIn: z.boolean().describe('Shipped with the package, or a council file given with --rules.'),
});
export const HealthAnswerSchema = z.object({ status: z.literal('ok') });
/** Every refused request: each problem with where it is. */
export const IssuesAnswerSchema = z.object({ issues: z.array(z.object({ path: z.string(), message: z.string() })) });

export type AddWorkingDaysAnswer = z.infer<typeof AddWorkingDaysAnswerSchema>;
export type BetweenAnswer = z.infer<typeof BetweenAnswerSchema>;
export type RuleSetSummary = z.infer<typeof RuleSetSummarySchema>;
