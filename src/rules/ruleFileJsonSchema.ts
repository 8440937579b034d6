import * as z from 'zod';
import { conditionJsonSchemas, FactConditionSchema } from './condition.js';
import { RuleFileSchema } from './ruleFileSchema.js';

/**
 * The JSON Schema of a zod schema that holds rule conditions, with the conditions' definitions
 * written by hand (zod cannot derive them from the key-dispatching condition schema).
 * @example withConditions(RuleFileSchema, 'input').$defs.Condition // { anyOf: [all, any, not, a fact] }
 */
export function withConditions(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  const factCondition = z.toJSONSchema(FactConditionSchema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  delete factCondition.$schema;
  return { ...generated, $defs: { ...generated.$defs, ...conditionJsonSchemas(factCondition) } };
}

/**
 * The JSON Schema of a rule file, generated from the zod schema that is its single definition.
 * `rules/schema.json` is this, written by `npm run schema`; a test fails when it is stale.
 * Checks that JSON Schema cannot say (cross-references, quotes) are made by `loadRuleSet`.
 */
export function ruleFileJsonSchema(): Record<string, unknown> {
  return { ...withConditions(RuleFileSchema, 'input'), $id: 'https://unpkg.com/early-help-rules/rules/schema.json', title: 'early-help-rules rule file' };
}
