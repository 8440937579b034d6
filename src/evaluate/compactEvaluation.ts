import type { Citation } from '../rules/ruleFileSchema.js';
import type { Deadline } from './deadlines.js';
import type { Evaluation, LevelResult } from './evaluateCase.js';
import type { Flag } from './flags.js';
import type { Recommendation } from './recommendation.js';

/**
 * A citation by reference: its source's id, then `:` and its lines in the source's transcript
 * when it gives them, e.g. `st-helens-standards-2022:680-682`. The section and the quote are in
 * the rule set (`early-help-rules explain <rule>` prints them).
 */
export type CitationReference = string;

/** A deadline without its explanation or notes, its citation by reference. */
export type CompactDeadline = Omit<Deadline, 'explanation' | 'notes' | 'citation'> & { citation: CitationReference };

/**
 * An evaluation in the compact form, for runs where size matters (a caseload's results stored or
 * sent): every field of {@link Evaluation}, but deadlines without their explanation text and
 * notes, and every citation (of the level, deadlines, flags and recommendation) by reference.
 * The rule ids stay, so the full text can be looked up in the rule set.
 */
export interface CompactEvaluation extends Omit<Evaluation, 'level' | 'deadlines' | 'flags' | 'recommendation'> {
  level: Omit<LevelResult, 'citation'> & { citation: CitationReference | null };
  deadlines: CompactDeadline[];
  flags: (Omit<Flag, 'citation'> & { citation: CitationReference | null })[];
  recommendation: Omit<Recommendation, 'citation'> & { citation: CitationReference | null };
}

/**
 * A citation as a reference: the source id, and its lines when given.
 * @example citationReference({ source: 'york-threshold', section: 'Level 2', lines: '120-122', quote: '…' }) // 'york-threshold:120-122'
 */
export function citationReference(citation: Citation): CitationReference {
  return citation.lines === undefined ? citation.source : `${citation.source}:${citation.lines}`;
}

const reference = (citation: Citation | null): CitationReference | null => (citation === null ? null : citationReference(citation));

/**
 * An evaluation in the compact form ({@link CompactEvaluation}); a new object, the evaluation
 * left as it was. Its fields keep their order, so the JSON of equal evaluations is equal.
 * @example compactEvaluation(evaluateCase(record, { asOf: '2025-02-20' })).deadlines[0]?.citation // 'st-helens-standards-2022:680-682'
 */
export function compactEvaluation(evaluation: Evaluation): CompactEvaluation {
  return {
    ...evaluation,
    level: { ...evaluation.level, citation: reference(evaluation.level.citation) },
    deadlines: evaluation.deadlines.map(({ explanation: _explanation, notes: _notes, citation, ...deadline }) => ({
      ...deadline, citation: citationReference(citation),
    })),
    flags: evaluation.flags.map((flag) => ({ ...flag, citation: reference(flag.citation) })),
    recommendation: { ...evaluation.recommendation, citation: reference(evaluation.recommendation.citation) },
  };
}
