import { describeValue } from '../calendar/describeValue.js';
import * as z from 'zod';
import { EVENT_TYPE_NAMES } from './eventTypes.js';
import { NeedProfileSchema } from './needProfile.js';

/**
 * The facts a condition may test, and the values each may take. Thresholds and `appliesWhen`
 * see the case facts; `appliesWhen` also sees `start`, the event that started the timescale.
 */
const needShape = NeedProfileSchema.shape;
export const FACTS = {
  section47: needShape.section47,
  section17: needShape.section17,
  agencies: needShape.agencies,
  complexity: needShape.complexity,
  currentLevel: z.number().int().min(1).max(4),
  lead: z.enum(['partner-agency', 'early-help-team', 'social-care', 'none']),
  unborn: z.boolean(),
  consentGiven: z.boolean(),
  eventTypes: z.enum(EVENT_TYPE_NAMES),
  start: z.unknown(),
} as const;

export type FactName = keyof typeof FACTS;

/** The facts of the authority-neutral need profile: all that thresholds may test. */
export const NEED_FACTS: readonly FactName[] = ['section47', 'section17', 'agencies', 'complexity'];

/** Each fact test in a condition, with its path inside the condition. */
export function factTests(condition: Condition, path: (string | number)[] = []): { fact: FactName; path: (string | number)[] }[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => factTests(c, [...path, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((c, i) => factTests(c, [...path, 'any', i]));
  if ('not' in condition) return factTests(condition.not, [...path, 'not']);
  return [{ fact: condition.fact, path }];
}

/** json-rules-engine's built-in operators: the only ones a rule file may use. */
export const OPERATORS = ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan',
  'greaterThanInclusive', 'in', 'notIn', 'contains', 'doesNotContain'] as const;

const factValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One test of a fact, in json-rules-engine's format. */
export const FactConditionSchema = z.object({
  fact: z.enum(Object.keys(FACTS) as [FactName, ...FactName[]]),
  operator: z.enum(OPERATORS),
  value: z.union([factValue, z.array(factValue)]),
  /** A JSONPath into an object fact, limited to `$.name` (e.g. `$.kind` of the start event). */
  path: z.string().regex(/^\$\.[A-Za-z][A-Za-z0-9]*$/, 'only a simple path such as $.kind').optional(),
}).strict().superRefine((condition, ctx) => {
  const listOperator = condition.operator === 'in' || condition.operator === 'notIn';
  if (listOperator !== Array.isArray(condition.value)) {
    ctx.addIssue({ code: 'custom', path: ['value'],
      message: listOperator ? `operator "${condition.operator}" needs a list of values` : `operator "${condition.operator}" needs a single value, not a list` });
    return;
  }
  if (condition.fact === 'start') return;
  const schema = FACTS[condition.fact];
  const values = Array.isArray(condition.value) ? condition.value : [condition.value];
  values.forEach((value, i) => {
    if (!schema.safeParse(value).success) {
      ctx.addIssue({ code: 'custom', path: Array.isArray(condition.value) ? ['value', i] : ['value'],
        message: `${describeValue(value)} is not a possible value of the fact "${condition.fact}"` });
    }
  });
});

export type FactCondition = z.infer<typeof FactConditionSchema>;

/** A json-rules-engine condition: `all`, `any`, `not`, or a single fact test. */
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | FactCondition;

const BOOLEAN_KEYS = ['all', 'any', 'not'] as const;
// An empty list means nothing a council could want, and json-rules-engine 7.3.1 holds an empty
// `any` true where a reader would expect false: refused rather than evaluated either way.
const conditionList = (key: 'all' | 'any') => z.array(z.lazy(() => ConditionSchema))
  .min(1, { error: `"${key}" lists no conditions: give at least one, or leave "${key}" out` });
const booleanBranches = {
  all: z.object({ all: conditionList('all') }).strict(),
  any: z.object({ any: conditionList('any') }).strict(),
  not: z.object({ not: z.lazy(() => ConditionSchema) }).strict(),
};

/**
 * Validates a condition by the key it has, so that a problem deep inside is reported where it
 * is (`$.appliesWhen.all[0].fact`), not as "matches none of the alternatives".
 */
function conditionSchema(topLevel: boolean) {
  return z.custom<Condition>().superRefine((value, ctx) => {
    const key = value !== null && typeof value === 'object' ? BOOLEAN_KEYS.find((k) => Object.hasOwn(value, k)) : undefined;
    if (topLevel && key === undefined) {
      ctx.addIssue({ code: 'custom', message: 'conditions must be an object with "all", "any" or "not" at the top' });
      return;
    }
    const result = (key === undefined ? FactConditionSchema : booleanBranches[key]).safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  }).meta({ id: topLevel ? 'TopLevelCondition' : 'Condition' });
}

export const ConditionSchema: z.ZodType<Condition> = conditionSchema(false);

/** The top of a rule's conditions must be `all`, `any` or `not`, as json-rules-engine requires. */
export const TopLevelConditionSchema = conditionSchema(true) as z.ZodType<{ all: Condition[] } | { any: Condition[] } | { not: Condition }>;

export type TopLevelCondition = z.infer<typeof TopLevelConditionSchema>;

/** The JSON Schema of conditions, which zod cannot derive from the key-dispatching schema above. */
export function conditionJsonSchemas(factCondition: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const ref = { $ref: '#/$defs/Condition' };
  const branches = [
    { type: 'object', properties: { all: { type: 'array', items: ref, minItems: 1 } }, required: ['all'], additionalProperties: false },
    { type: 'object', properties: { any: { type: 'array', items: ref, minItems: 1 } }, required: ['any'], additionalProperties: false },
    { type: 'object', properties: { not: ref }, required: ['not'], additionalProperties: false },
  ];
  return { Condition: { anyOf: [...branches, factCondition] }, TopLevelCondition: { anyOf: branches } };
}
