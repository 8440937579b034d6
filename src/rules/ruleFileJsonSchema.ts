import * as z from 'zod';
import { conditionJsonSchemas, FactConditionSchema } from './condition.js';
import { RuleFileSchema } from './ruleFileSchema.js';

/**
 * The JSON Schema of a rule file, generated from the zod schema that is its single definition.
 * `rules/schema.json` is this, written by `npm run schema`; a test fails when it is stale.
 * Checks that JSON Schema cannot say (cross-references, quotes) are made by `loadRuleSet`.
 */
export function ruleFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RuleFileSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const factCondition = z.toJSONSchema(FactConditionSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  delete factCondition.$schema;
  return {
    ...schema,
    $id: 'https://unpkg.com/early-help-rules/rules/schema.json',
    title: 'early-help-rules rule file',
    $defs: { ...schema.$defs, ...conditionJsonSchemas(factCondition) },
  };
}
