import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRuleSet, RuleSetError } from '../../src/index.js';
import { repoRoot } from '../support/sharedDir.js';

/** Loading must end in a rule set or a RuleSetError: never another exception. */
function loadsOrExplains(input: unknown): void {
  try {
    parseRuleSet(input);
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(issue.path).toMatch(/^\$/);
  }
}

const stHelens = JSON.parse(readFileSync(resolve(repoRoot, 'rules/st-helens.json'), 'utf8')) as Record<string, unknown>;
const hostile = fc.oneof(
  fc.anything(),
  fc.constantFrom(Number.MAX_VALUE, -Infinity, Number.NaN, 1e308, -0, '', '\u0000', '__proto__', 'x'.repeat(100_000)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}')),
);

describe('parseRuleSet on random and hostile input', () => {
  it('always returns a rule set or throws a RuleSetError with paths, for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), loadsOrExplains), { numRuns: 500 });
  });

  it('always returns a rule set or throws a RuleSetError when one field of a real rule file is replaced by anything', () => {
    const fields = Object.keys(stHelens);
    fc.assert(fc.property(fc.constantFrom(...fields), hostile, (field, value) => {
      loadsOrExplains({ ...stHelens, id: 'fuzzed', [field]: value });
    }), { numRuns: 300 });
  });

  it('always returns a rule set or throws a RuleSetError when one timescale is replaced by anything', () => {
    const timescales = stHelens.timescales as unknown[];
    fc.assert(fc.property(fc.nat(timescales.length - 1), hostile, (i, value) => {
      loadsOrExplains({ ...stHelens, id: 'fuzzed', timescales: timescales.map((t, j) => (j === i ? value : t)) });
    }), { numRuns: 300 });
  });

  it('never pollutes Object.prototype', () => {
    loadsOrExplains(JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseRuleSet on values JSON never makes', () => {
  it('turns a length that is an object with no prototype into an issue, not a TypeError from zod', () => {
    loadsOrExplains({ id: { length: Object.create(null) }, sources: { length: Object.create(null) } });
  });
});
