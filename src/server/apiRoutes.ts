import { Readable } from 'node:stream';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import * as z from 'zod';
import { englandAndWales } from '../calendar/englandAndWales.js';
import { networkDays } from '../calendar/networkDays.js';
import { evaluateEntry, outcomeJsonLine, readJsonLines } from '../evaluate/caseloadLines.js';
import { safeEvaluateCase } from '../evaluate/evaluateCase.js';
import { parseRuleSet } from '../rules/loadRuleSet.js';
import { ruleFileJsonSchema, withConditions } from '../rules/ruleFileJsonSchema.js';
import { RuleSetError } from '../rules/ruleSetError.js';
import { ruleSetInForce } from '../rules/ruleSetInForce.js';
import { EvaluationAnswerSchema } from './evaluationAnswerSchema.js';
import { RequestIssuesError } from './requestIssues.js';
import { RuleSetAnswerSchema } from './ruleSetAnswerSchema.js';
import {
  AddWorkingDaysAnswerSchema, AddWorkingDaysQuerySchema, AsOfQuerySchema, BetweenAnswerSchema, BetweenQuerySchema,
  EvaluateEnvelopeSchema, EvaluateRequestSchema, HealthAnswerSchema, HolidaysAnswerSchema, OptionalAsOfQuerySchema,
  RuleSetParamsSchema, RuleSetSummarySchema, YearParamsSchema, type AddWorkingDaysAnswer, type BetweenAnswer,
} from './requestSchemas.js';
import type { ServedRuleSets } from './servedRuleSets.js';

/** JSON Schema written by hand, for answers that the library types but no zod schema defines. */
type JsonSchema = Record<string, unknown>;

/** What a route's handler is given: the request's parts, checked, and the server's state. */
export interface RouteCall<Q, P, B> {
  query: Q;
  params: P;
  body: B;
  log: FastifyBaseLogger;
  reply: FastifyReply;
  ruleSets: ServedRuleSets;
  /** Whether case ids may be logged (`--log-ids`). */
  logIds: boolean;
}

/** One route of the API: what it takes, what it answers, and how; the OpenAPI document is made from these. */
export interface ApiRoute<Q = unknown, P = unknown, B = unknown> {
  method: 'GET' | 'POST';
  /** The path as OpenAPI writes it, e.g. `/rule-sets/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  body?: {
    contentType: 'application/json' | 'application/x-ndjson';
    /** The body as documented. */
    documented: z.ZodType | JsonSchema;
    /** The schema the route checks the body with, when it checks it itself (else the handler's library call does). */
    checked?: z.ZodType<B>;
  };
  /** The success answer: its status, media type and schema. */
  answer: { status: 200; contentType: 'application/json' | 'application/x-ndjson'; description: string; schema: z.ZodType | JsonSchema };
  handle(call: RouteCall<Q, P, B>): unknown;
}

const route = <Q = undefined, P = undefined, B = undefined>(spec: ApiRoute<Q, P, B>): ApiRoute => spec as unknown as ApiRoute;


const RULE_SET = withConditions(RuleSetAnswerSchema, 'output');

/** The calendar's own RangeError (a count past 2200) answered against the parameter that caused it. */
function counting<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RangeError) throw new RequestIssuesError(400, [{ path, message: error.message }]);
    throw error;
  }
}

/** Every route of the API but GET /openapi.json, which is made from these. */
export const API_ROUTES: readonly ApiRoute[] = [
  route<undefined, undefined, z.output<typeof EvaluateEnvelopeSchema>>({
    method: 'POST', path: '/evaluate', operationId: 'evaluate',
    summary: 'Evaluates one case record as of a date, exactly as evaluateCase does.',
    body: { contentType: 'application/json', documented: EvaluateRequestSchema, checked: EvaluateEnvelopeSchema },
    answer: { status: 200, contentType: 'application/json', description: 'The evaluation.', schema: EvaluationAnswerSchema },
    handle({ body, log, ruleSets, logIds }) {
      const result = safeEvaluateCase(body.record, { ...body.options, asOf: body.asOf, ruleSet: ruleSets.forRecord(body.record) });
      if (logIds) log.info({ caseId: result.success ? result.data.caseId : result.error.caseId }, result.success ? 'evaluated' : 'rejected');
      if (!result.success) throw new RequestIssuesError(400, result.error.issues);
      return result.data;
    },
  }),
  route<z.output<typeof AsOfQuerySchema>, undefined, Readable>({
    method: 'POST', path: '/batch', operationId: 'batch',
    summary: 'Evaluates a caseload streamed as JSON Lines, one result line per record in input order, as the batch command writes them.',
    query: AsOfQuerySchema,
    body: { contentType: 'application/x-ndjson', documented: { type: 'string', description: 'One case record (JSON) per line.' } },
    answer: {
      status: 200, contentType: 'application/x-ndjson', schema: { type: 'string' },
      description: 'One line per record: the evaluation with its input line ({"line": 3, ...}), or {"line": 7, "id": "X-1" or null, "error": {"issues": [...]}}.',
    },
    handle({ query, body, log, reply, ruleSets }) {
      const counts = { read: 0, rejected: 0 };
      async function* lines(): AsyncGenerator<string> {
        try {
          for await (const entry of readJsonLines(body)) {
            const outcome = evaluateEntry(entry, { asOf: query.asOf, ruleSet: 'record' in entry ? ruleSets.forRecord(entry.record) : undefined });
            counts.read += 1;
            if (!('evaluation' in outcome)) counts.rejected += 1;
            yield `${outcomeJsonLine(outcome)}\n`;
          }
        } finally {
          log.info(counts, 'batch');
        }
      }
      reply.type('application/x-ndjson');
      return Readable.from(lines(), { objectMode: false });
    },
  }),
  route({
    method: 'GET', path: '/rule-sets', operationId: 'listRuleSets',
    summary: 'The rule sets the server knows: built-in, and the councils\' own files it was started with.',
    answer: { status: 200, contentType: 'application/json', description: 'One entry per rule set.', schema: z.array(RuleSetSummarySchema) },
    handle: ({ ruleSets }) => ruleSets.summaries(),
  }),
  route<z.output<typeof OptionalAsOfQuerySchema>, z.output<typeof RuleSetParamsSchema>>({
    method: 'GET', path: '/rule-sets/{id}', operationId: 'getRuleSet',
    summary: 'A rule set as loadRuleSet gives it, or with asOf only the rules in force that day (ruleSetInForce). Ids with a slash are written %2F.',
    query: OptionalAsOfQuerySchema, params: RuleSetParamsSchema,
    answer: { status: 200, contentType: 'application/json', description: 'The rule set.', schema: RULE_SET },
    handle({ query, params, ruleSets }) {
      const ruleSet = ruleSets.byId(params.id);
      return query.asOf === undefined ? ruleSet : ruleSetInForce(ruleSet, query.asOf);
    },
  }),
  route<undefined, undefined, unknown>({
    method: 'POST', path: '/validate', operationId: 'validateRuleFile',
    summary: "Checks a council's rule file as parseRuleSet does: 200 with the rule set it makes, or 400 with every problem and its JSON path.",
    body: { contentType: 'application/json', documented: ruleFileJsonSchema() },
    answer: { status: 200, contentType: 'application/json', description: 'The rule set, extends resolved.', schema: RULE_SET },
    handle({ body }) {
      try {
        return parseRuleSet(body);
      } catch (error) {
        if (error instanceof RuleSetError) throw new RequestIssuesError(400, error.issues);
        throw error;
      }
    },
  }),
  route<z.output<typeof AddWorkingDaysQuerySchema>>({
    method: 'GET', path: '/calendar/add', operationId: 'addWorkingDays',
    summary: 'The n-th working day after a date in England and Wales (Excel WORKDAY), and the days off it skipped.',
    query: AddWorkingDaysQuerySchema,
    answer: { status: 200, contentType: 'application/json', description: 'The date and the days skipped.', schema: AddWorkingDaysAnswerSchema },
    handle({ query }): AddWorkingDaysAnswer {
      const calendar = englandAndWales();
      const date = counting('days', () => calendar.addWorkingDays(query.date, query.days));
      return { date, skipped: calendar.daysOffBetween(query.date, date) };
    },
  }),
  route<z.output<typeof BetweenQuerySchema>>({
    method: 'GET', path: '/calendar/between', operationId: 'workingDaysBetween',
    summary: 'The working days d with from < d <= to, the spreadsheet figure NETWORKDAYS(from, to), and the days off between.',
    query: BetweenQuerySchema,
    answer: { status: 200, contentType: 'application/json', description: 'The counts.', schema: BetweenAnswerSchema },
    handle({ query }): BetweenAnswer {
      const calendar = englandAndWales();
      return { workingDays: calendar.workingDaysBetween(query.from, query.to), networkDays: networkDays(calendar, query.from, query.to),
        skipped: calendar.daysOffBetween(query.from, query.to) };
    },
  }),
  route<undefined, z.output<typeof YearParamsSchema>>({
    method: 'GET', path: '/calendar/holidays/{year}', operationId: 'bankHolidays',
    summary: 'The bank holidays on weekdays in a year in England and Wales; years after the published list are projected.',
    params: YearParamsSchema,
    answer: { status: 200, contentType: 'application/json', description: 'The bank holidays.', schema: HolidaysAnswerSchema },
    handle: ({ params }) => englandAndWales().bankHolidays(params.year),
  }),
  route({
    method: 'GET', path: '/health', operationId: 'health', summary: 'Answers while the server takes requests.',
    answer: { status: 200, contentType: 'application/json', description: 'Up.', schema: HealthAnswerSchema },
    handle: () => ({ status: 'ok' }),
  }),
];
