import { z } from 'zod';
import { RuleFileSchema } from './ruleFileSchema.js';

/**
 * The JSON Schema of a rule file, generated from the zod schema that is its single definition.
 * `rules/schema.json` is this, written by `npm run schema`; a test fails when it is stale.
 * Checks that JSON Schema cannot say (cross-references, quotes) are made by `loadRuleSet`.
 */
export function ruleFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RuleFileSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: 'https://unpkg.com/early-help-rules/rules/schema.json',
    title: 'early-help-rules rule file',
  };
}
