import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SETS, evaluateCondition, loadRuleSet, type TopLevelCondition } from '../../src/index.js';

describe('evaluateCondition, by hand', () => {
  const facts = { section47: 'none', section17: 'met', agencies: 3, complexity: 'multiple', eventTypes: ['meeting-held'], start: { kind: 'pre-birth' } };
  it.each([
    [{ all: [] }, true],
    [{ any: [] }, false],
    [{ all: [{ fact: 'agencies', operator: 'greaterThanInclusive', value: 3 }] }, true],
    [{ all: [{ fact: 'agencies', operator: 'greaterThan', value: 3 }] }, false],
    [{ any: [{ fact: 'section17', operator: 'in', value: ['possibly-met', 'met'] }] }, true],
    [{ not: { fact: 'complexity', operator: 'equal', value: 'multiple' } }, false],
    [{ all: [{ fact: 'eventTypes', operator: 'doesNotContain', value: 'meeting-held' }] }, false],
    [{ all: [{ fact: 'start', path: '$.kind', operator: 'equal', value: 'pre-birth' }] }, true],
    [{ all: [{ fact: 'section47', operator: 'lessThan', value: 3 }] }, false],
  ] as [TopLevelCondition, boolean][])('%j is %s', (condition, expected) => {
    expect(evaluateCondition(condition, facts)).toBe(expected);
  });
});

/** One json-rules-engine Engine per rule set, built once: the reference our evaluator must match. */
function referenceEngine(conditions: TopLevelCondition[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  conditions.forEach((condition, i) => engine.addRule({ conditions: condition as never, event: { type: String(i) } }));
  return engine;
}

const profile = fc.record({
  section47: fc.constantFrom('none', 'likely', 'suffering'),
  section17: fc.constantFrom('not-met', 'possibly-met', 'met'),
  agencies: fc.integer({ min: 0, max: 12 }),
  complexity: fc.constantFrom('none', 'emerging', 'additional', 'multiple', 'complex'),
  currentLevel: fc.integer({ min: 1, max: 4 }),
  lead: fc.constantFrom('partner-agency', 'early-help-team', 'social-care', 'none'),
  unborn: fc.boolean(),
  consentGiven: fc.boolean(),
  eventTypes: fc.subarray(['meeting-held', 'meeting-decided', 'assessment-started', 'plan-reviewed', 'child-seen-alone']),
  start: fc.record({ kind: fc.constantFrom('early-help', 'pre-birth', 'gcp2', 'initial', 'review') }),
});

describe.each(BUILT_IN_RULE_SETS)('evaluateCondition agrees with json-rules-engine 7 on %s', (id) => {
  const ruleSet = loadRuleSet(id);
  const conditions: TopLevelCondition[] = [
    ...ruleSet.thresholds.map((t) => t.conditions),
    ...ruleSet.timescales.flatMap((t) => (t.appliesWhen ? [t.appliesWhen] : [])),
    ...ruleSet.pathways.flatMap((p) => (p.when ? [p.when] : [])),
  ];
  const engine = referenceEngine(conditions);

  it('for random facts, every shipped condition holds exactly when json-rules-engine fires it', async () => {
    await fc.assert(fc.asyncProperty(profile, async (facts) => {
      const { events } = await engine.run({ ...facts });
      const fired = new Set(events.map((e) => Number(e.type)));
      conditions.forEach((condition, i) => expect(evaluateCondition(condition, facts), JSON.stringify(condition)).toBe(fired.has(i)));
    }), { numRuns: 300 });
  });
});
