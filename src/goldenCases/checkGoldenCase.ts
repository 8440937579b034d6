import { formatDateOrInstant as due } from '../calendar/formatDate.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import { CaseRecordError } from '../evaluate/caseRecordError.js';
import { evaluateCase, type Evaluation } from '../evaluate/evaluateCase.js';
import type { GoldenCase } from './goldenCaseSchema.js';

const level = (assessed: number | null, rule: string | null): string =>
  (assessed === null ? 'no level (no threshold covers them)' : `level ${assessed}${rule === null ? '' : ` (threshold ${rule})`}`);

const flagText = (f: { code: string; severity: string; deadlineId?: string | null | undefined }): string =>
  `${f.code} (${f.severity})${f.deadlineId ? ` on ${f.deadlineId}` : ''}`;

function levelDifferences(expected: GoldenCase['expected']['level'], actual: Evaluation['level']): string[] {
  return expected.assessed === actual.assessed && expected.rule === actual.rule ? []
    : [`level: expected the needs to meet ${level(expected.assessed, expected.rule)}, but they meet ${level(actual.assessed, actual.rule)}`];
}

function deadlineDifferences(expected: GoldenCase['expected']['deadlines'], actual: Evaluation['deadlines']): string[] {
  const out: string[] = [];
  const byId = new Map(actual.map((d) => [d.id, d]));
  for (const e of expected) {
    const a = byId.get(e.id);
    if (!a) {
      out.push(`deadline ${e.id}: expected, due ${due(e.due)} (${e.status}), but the case has no such deadline`);
      continue;
    }
    byId.delete(e.id);
    if (a.due !== e.due) out.push(`deadline ${e.id}: expected due ${due(e.due)}, but due ${due(a.due)} (${a.explanation})`);
    if (a.status !== e.status) out.push(`deadline ${e.id}: expected ${e.status}, but ${a.status}`);
  }
  for (const a of byId.values()) out.push(`deadline ${a.id}: not expected, but the case has it, due ${due(a.due)} (${a.status})`);
  return out;
}

function flagDifferences(expected: GoldenCase['expected']['flags'], actual: Evaluation['flags']): string[] {
  const raised = actual.map(flagText);
  const wanted = expected.map(flagText);
  return [
    ...wanted.filter((f) => !raised.includes(f)).map((f) => `flag ${f}: expected, but not raised`),
    ...raised.filter((f) => !wanted.includes(f)).map((f) => `flag ${f}: raised, but not expected`),
  ];
}

function recommendationDifferences(expected: GoldenCase['expected']['recommendation'], actual: Evaluation['recommendation']): string[] {
  const step = (r: { action: string; to: number | null; pathway: string | null }): string =>
    `${r.action}${r.to === null ? '' : ` to level ${r.to}`} ${r.pathway === null ? '(no published route)' : `by route ${r.pathway}`}`;
  return step(expected) === step(actual) ? [] : [`recommendation: expected ${step(expected)}, but ${step(actual)}`];
}

/**
 * Evaluates a golden case and lists, in words, each way the result differs from what the case
 * expects: none when the rules give what the practice lead wrote down.
 *
 * @example checkGoldenCase(goldenCase, loadRuleSet('st-helens'))
 * // ['deadline family-action-meeting: expected due Tue 14 Jan 2025, but due Wed 15 Jan 2025 (…)']
 */
export function checkGoldenCase(goldenCase: GoldenCase, ruleSet?: RuleSet): string[] {
  let evaluation: Evaluation;
  try {
    evaluation = evaluateCase(goldenCase.record, { asOf: goldenCase.asOf, ruleSet });
  } catch (error) {
    if (!(error instanceof CaseRecordError)) throw error;
    return error.issues.map((issue) => `the record cannot be evaluated: ${issue.path}: ${issue.message}`);
  }
  const { expected } = goldenCase;
  return [
    ...levelDifferences(expected.level, evaluation.level),
    ...deadlineDifferences(expected.deadlines, evaluation.deadlines),
    ...flagDifferences(expected.flags, evaluation.flags),
    ...recommendationDifferences(expected.recommendation, evaluation.recommendation),
  ];
}
