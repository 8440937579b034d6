import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SETS, evaluateCondition, loadRuleSet, type TopLevelCondition } from '../../src/index.js';
import type { Condition } from '../../src/rules/condition.js';

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

/**
 * Every operator a council's own rule file may use, including those no shipped rule uses, at
 * the values either side of its boundary. Facts as above: agencies 3, section47 'none',
 * section17 'met', eventTypes ['meeting-held'], start.kind 'pre-birth'.
 */
describe('evaluateCondition, every operator by hand', () => {
  const facts = { section47: 'none', section17: 'met', agencies: 3, complexity: 'multiple', eventTypes: ['meeting-held'], start: { kind: 'pre-birth' } };
  const holds = (fact: string, operator: string, value: unknown, path?: string): boolean =>
    evaluateCondition({ all: [{ fact, operator, value, ...(path === undefined ? {} : { path }) }] } as TopLevelCondition, facts);

  it.each([
    // equal / notEqual: strict equality, so the number 3 is not the string '3'.
    ['agencies', 'equal', 3, true], ['agencies', 'equal', '3', false], ['agencies', 'equal', 4, false],
    ['agencies', 'notEqual', 3, false], ['agencies', 'notEqual', '3', true], ['agencies', 'notEqual', 4, true],
    // 3 < 2, 3 < 3 false; 3 < 4 true. 3 ≤ 2 false; 3 ≤ 3, 3 ≤ 4 true.
    ['agencies', 'lessThan', 2, false], ['agencies', 'lessThan', 3, false], ['agencies', 'lessThan', 4, true],
    ['agencies', 'lessThanInclusive', 2, false], ['agencies', 'lessThanInclusive', 3, true], ['agencies', 'lessThanInclusive', 4, true],
    // 3 > 2 true; 3 > 3, 3 > 4 false. 3 ≥ 2, 3 ≥ 3 true; 3 ≥ 4 false.
    ['agencies', 'greaterThan', 2, true], ['agencies', 'greaterThan', 3, false], ['agencies', 'greaterThan', 4, false],
    ['agencies', 'greaterThanInclusive', 2, true], ['agencies', 'greaterThanInclusive', 3, true], ['agencies', 'greaterThanInclusive', 4, false],
    // A comparison on a fact that is not a number is false both ways, though 'none' < 'suffering'
    // and 'none' > 'likely' as strings.
    ['section47', 'lessThan', 'suffering', false], ['section47', 'lessThanInclusive', 'suffering', false],
    ['section47', 'greaterThan', 'likely', false], ['section47', 'greaterThanInclusive', 'likely', false],
    // in / notIn: membership of the list.
    ['section17', 'in', ['possibly-met', 'met'], true], ['section17', 'in', ['not-met', 'possibly-met'], false],
    ['section17', 'notIn', ['possibly-met', 'met'], false], ['section17', 'notIn', ['not-met', 'possibly-met'], true],
    // contains / doesNotContain: membership in a list fact.
    ['eventTypes', 'contains', 'meeting-held', true], ['eventTypes', 'contains', 'plan-reviewed', false],
    ['eventTypes', 'doesNotContain', 'meeting-held', false], ['eventTypes', 'doesNotContain', 'plan-reviewed', true],
    // contains / doesNotContain on a fact that is not a list: false both ways, never a substring
    // test, though 'met' is inside 'met'.
    ['section17', 'contains', 'met', false], ['section17', 'doesNotContain', 'x', false],
    // An operator json-rules-engine does not have holds for no facts.
    ['agencies', 'between', 3, false],
  ])('%s %s %j is %s', (fact, operator, value, expected) => {
    expect(holds(fact, operator, value)).toBe(expected);
  });

  it('in / notIn with a single value, not a list (the schema refuses it), hold for no fact: no substring test', () => {
    // 'met' is a substring of 'possibly-met'; a string's includes() would say true.
    expect(holds('section17', 'in', 'possibly-met')).toBe(false);
    expect(holds('section17', 'notIn', 'x')).toBe(false);
  });

  it('a fact that is missing, or only inherited, is undefined: equal to nothing, not in any list, a number to no comparison', () => {
    expect(holds('unborn', 'equal', false)).toBe(false);
    expect(holds('unborn', 'notEqual', false)).toBe(true);
    expect(holds('unborn', 'notIn', [true, false])).toBe(true);
    expect(holds('unborn', 'lessThan', 1)).toBe(false);
    // 'toString' is on every object's prototype, never a fact of the record.
    expect(holds('toString', 'notEqual', null)).toBe(true);
    expect(holds('toString', 'equal', Object.prototype.toString)).toBe(false);
  });

  it('a path reads one own property of an object fact, and nothing of a missing or null one', () => {
    expect(holds('start', 'equal', 'pre-birth', '$.kind')).toBe(true);
    expect(holds('start', 'equal', 'pre-birth', '$.other')).toBe(false);
    // constructor is inherited, not the start event's own: undefined.
    expect(holds('start', 'equal', Object, '$.constructor')).toBe(false);
    expect(evaluateCondition({ all: [{ fact: 'start', path: '$.kind', operator: 'equal', value: null }] }, { start: null })).toBe(false);
    expect(evaluateCondition({ all: [{ fact: 'start', path: '$.kind', operator: 'notEqual', value: 'x' }] }, {})).toBe(true);
  });

  it('all holds only when each of its conditions holds; any when one does; not inverts', () => {
    const yes = { fact: 'agencies', operator: 'equal', value: 3 } as const;
    const no = { fact: 'agencies', operator: 'equal', value: 4 } as const;
    expect(evaluateCondition({ all: [yes, yes] }, facts)).toBe(true);
    expect(evaluateCondition({ all: [yes, no] }, facts)).toBe(false);
    expect(evaluateCondition({ all: [no, yes] }, facts)).toBe(false);
    expect(evaluateCondition({ any: [no, no] }, facts)).toBe(false);
    expect(evaluateCondition({ any: [no, yes] }, facts)).toBe(true);
    expect(evaluateCondition({ any: [yes, no] }, facts)).toBe(true);
    expect(evaluateCondition({ not: yes }, facts)).toBe(false);
    expect(evaluateCondition({ not: no }, facts)).toBe(true);
    expect(evaluateCondition({ not: { all: [{ any: [no] }] } }, facts)).toBe(true);
  });
});

/**
 * Random conditions as a council's rule file may write them (the schema's operators, facts and
 * values, nested all/any/not), against random facts with some missing: json-rules-engine 7
 * fires exactly the rules evaluateCondition says hold. Not an empty `any`: json-rules-engine
 * 7.3.1 holds it (its empty-list shortcut answers true for `any` as for `all`), where
 * evaluateCondition, as its doc says, does not (see the first table above).
 */
describe('evaluateCondition agrees with json-rules-engine 7 on any condition a rule file may hold', () => {
  const values: Record<string, fc.Arbitrary<string | number | boolean>> = {
    section47: fc.constantFrom('none', 'likely', 'suffering'),
    section17: fc.constantFrom('not-met', 'possibly-met', 'met'),
    agencies: fc.integer({ min: 0, max: 6 }),
    complexity: fc.constantFrom('none', 'emerging', 'additional', 'multiple', 'complex'),
    currentLevel: fc.integer({ min: 1, max: 4 }),
    lead: fc.constantFrom('partner-agency', 'early-help-team', 'social-care', 'none'),
    unborn: fc.boolean(),
    consentGiven: fc.boolean(),
    eventTypes: fc.constantFrom('meeting-held', 'meeting-decided', 'assessment-started', 'plan-reviewed'),
  };
  const single = ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'contains', 'doesNotContain'] as const;
  const factTest = fc.oneof(
    fc.constantFrom(...Object.keys(values)).chain((fact) => fc.oneof(
      fc.record({ fact: fc.constant(fact), operator: fc.constantFrom(...single), value: values[fact]! }),
      fc.record({ fact: fc.constant(fact), operator: fc.constantFrom('in', 'notIn'), value: fc.array(values[fact]!, { maxLength: 3 }) }),
    )),
    fc.record({ fact: fc.constant('start'), path: fc.constant('$.kind'), operator: fc.constantFrom('equal', 'notEqual'),
      value: fc.constantFrom('early-help', 'pre-birth', 'initial') }),
  );
  const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
    condition: fc.oneof({ depthSize: 'small', withCrossShrink: true },
      factTest as fc.Arbitrary<Condition>,
      fc.record({ all: fc.array(tie('condition'), { maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('condition') })),
  }));
  const topLevel = fc.oneof(
    fc.record({ all: fc.array(condition, { maxLength: 3 }) }),
    fc.record({ any: fc.array(condition, { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: condition }),
  ) as fc.Arbitrary<TopLevelCondition>;
  const someFacts = fc.record({
    section47: values.section47!, section17: values.section17!, agencies: values.agencies!, complexity: values.complexity!,
    currentLevel: values.currentLevel!, lead: values.lead!, unborn: values.unborn!, consentGiven: values.consentGiven!,
    eventTypes: fc.subarray(['meeting-held', 'meeting-decided', 'assessment-started', 'plan-reviewed']),
    start: fc.record({ kind: fc.constantFrom('early-help', 'pre-birth', 'initial') }),
  }, { requiredKeys: [] });

  it('for random conditions and facts, the same answer', async () => {
    await fc.assert(fc.asyncProperty(topLevel, someFacts, async (conditions, facts) => {
      const { events } = await referenceEngine([conditions]).run({ ...facts });
      expect(evaluateCondition(conditions, facts)).toBe(events.length === 1);
    }), { numRuns: 400 });
  });
});
