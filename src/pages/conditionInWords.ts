import type { Condition } from '../rules/condition.js';

const OPERATOR_WORDS: Record<string, string> = {
  equal: 'is', notEqual: 'is not', lessThan: 'is less than', lessThanInclusive: 'is at most', greaterThan: 'is more than',
  greaterThanInclusive: 'is at least', in: 'is one of', notIn: 'is none of', contains: 'includes', doesNotContain: 'does not include',
};

/**
 * A json-rules-engine condition as a sentence a practice lead can check against the document.
 * @example conditionInWords({ all: [{ fact: 'agencies', operator: 'greaterThanInclusive', value: 2 }] }) // 'agencies is at least 2'
 */
export function conditionInWords(condition: Condition): string {
  if ('all' in condition) return condition.all.map((c) => bracketed(c)).join(' and ');
  if ('any' in condition) return condition.any.map((c) => bracketed(c)).join(' or ');
  if ('not' in condition) return `not ${bracketed(condition.not)}`;
  const fact = condition.path === undefined ? condition.fact : `${condition.fact} ${condition.path.slice(2)}`;
  const value = Array.isArray(condition.value) ? condition.value.map(String).join(', ') : String(condition.value);
  return `${fact} ${OPERATOR_WORDS[condition.operator] ?? condition.operator} ${value}`;
}

const bracketed = (condition: Condition): string =>
  ('fact' in condition || ('all' in condition && condition.all.length === 1) ? conditionInWords(condition) : `(${conditionInWords(condition)})`);
