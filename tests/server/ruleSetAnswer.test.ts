/**
 * The OpenAPI document's schema of a rule set is the library's `RuleSet`, field for field: the
 * types must be equal (checked by tsc, which `npm test` runs), and every built-in rule set, whole
 * and as in force on a day, must pass the schema's strict objects.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { BUILT_IN_RULE_SETS, loadRuleSet, ruleSetInForce, type RuleSet } from '../../src/index.js';
import { RuleSetAnswerSchema } from '../../src/server/ruleSetAnswerSchema.js';
import type { paths } from './generatedApiTypes.js';

type Answer = paths['/rule-sets/{id}']['get']['responses'][200]['content']['application/json'];

describe('the rule set answer schema', () => {
  it('has the type of RuleSet, and a client generated from the document reads a RuleSet', () => {
    expectTypeOf<z.output<typeof RuleSetAnswerSchema>>().toEqualTypeOf<RuleSet>();
    expectTypeOf<RuleSet>().toExtend<Answer>();
  });

  it('accepts every built-in rule set, whole and as in force on 1 May 2018 and 1 March 2025', () => {
    for (const id of BUILT_IN_RULE_SETS) {
      const ruleSet = loadRuleSet(id);
      for (const answer of [ruleSet, ruleSetInForce(ruleSet, '2018-05-01'), ruleSetInForce(ruleSet, '2025-03-01')]) {
        expect(RuleSetAnswerSchema.safeParse(answer).error, id).toBeUndefined();
      }
    }
  });
});
