import { BUILT_IN_RULE_SETS, loadRuleSet, type RuleSet } from '../rules/loadRuleSet.js';
import { RuleSetError } from '../rules/ruleSetError.js';
import { RequestIssuesError } from './requestIssues.js';
import type { RuleSetSummary } from './requestSchemas.js';

/**
 * The rule sets a server answers with: the built-in ones, and councils' own files (given with
 * `--rules`), each used for the records whose `authority` is its id.
 */
export class ServedRuleSets {
  readonly #own: ReadonlyMap<string, RuleSet>;

  /** @throws RuleSetError when two of the councils' files have the same id: which one a record meant could not be told. */
  constructor(own: readonly RuleSet[]) {
    const byId = new Map<string, RuleSet>();
    for (const ruleSet of own) {
      if (byId.has(ruleSet.id)) throw new RuleSetError(ruleSet.id, [{ path: '$.id', message: `two rule files have the id "${ruleSet.id}": give each council's file its own` }]);
      byId.set(ruleSet.id, ruleSet);
    }
    this.#own = byId;
  }

  /** The council's own rule set for a record's authority, or undefined for the built-in one `evaluateCase` loads itself. */
  forRecord(record: unknown): RuleSet | undefined {
    const authority = (record as { authority?: unknown } | null)?.authority;
    return typeof authority === 'string' ? this.#own.get(authority) : undefined;
  }

  /** @throws RequestIssuesError (404) naming the rule sets there are. */
  byId(id: string): RuleSet {
    const own = this.#own.get(id);
    if (own) return own;
    try {
      return loadRuleSet(id);
    } catch (error) {
      if (!(error instanceof RuleSetError)) throw error;
      const ids = [...new Set([...BUILT_IN_RULE_SETS, ...this.#own.keys()])];
      throw new RequestIssuesError(404, [{ path: 'id', message: `no rule set "${id}" (there are ${ids.join(', ')})` }]);
    }
  }

  /** Every rule set served, councils' own files first. */
  summaries(): RuleSetSummary[] {
    const own = [...this.#own.values()].map((r) => summary(r, false));
    return [...own, ...BUILT_IN_RULE_SETS.filter((id) => !this.#own.has(id)).map((id) => summary(loadRuleSet(id), true))];
  }
}

function summary(ruleSet: RuleSet, builtIn: boolean): RuleSetSummary {
  const { id, name, authority, version, effectiveFrom, effectiveTo } = ruleSet;
  return { id, name, authority, version, effectiveFrom, ...(effectiveTo === undefined ? {} : { effectiveTo }), extends: ruleSet.extends, builtIn };
}
