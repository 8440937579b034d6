import { describe, expect, it } from 'vitest';
import { builtInRuleFiles } from '../../src/rules/builtInRuleFiles.js';
import { BUILT_IN_RULE_SETS, parseRuleSet } from '../../src/rules/loadRuleSet.js';
import { RuleFileSchema } from '../../src/rules/ruleFileSchema.js';

// loadRuleSet trusts the shipped files rather than run the schema at every start; this is where
// they are checked, in full, as a council's own file is.
describe('the built-in rule files', () => {
  it('are the five shipped in rules/', () => {
    expect(BUILT_IN_RULE_SETS).toEqual(['england/working-together', 'st-helens', 'warrington', 'york', 'sefton']);
  });

  it.each(BUILT_IN_RULE_SETS)('%s: the schema reads it as it stands, changing nothing', (id) => {
    const parsed = RuleFileSchema.safeParse(builtInRuleFiles[id]);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toStrictEqual(builtInRuleFiles[id]);
  });

  it.each(BUILT_IN_RULE_SETS)('%s: passes every check of parseRuleSet, as a council\'s own file would', (id) => {
    expect(parseRuleSet(structuredClone(builtInRuleFiles[id])).id).toBe(id);
  });
});
