import type { WarningCode } from '../evaluate/caseWarning.js';

/**
 * What each warning code means, in the words a team manager reads on the report page (the
 * README's table of warnings says the same). A `Record` so a new code cannot go unexplained.
 * @example WARNING_IN_WORDS['duplicate-event'] // 'The same event is recorded more than once; it is counted once.'
 */
export const WARNING_IN_WORDS: Record<WarningCode, string> = {
  'duplicate-event': 'The same event is recorded more than once; it is counted once.',
  'missing-attribute': 'An event lacks a detail a timescale needs to start, be met or stop (a strategy discussion without its section 47 decision).',
  'end-before-start': 'An event that would meet a deadline is dated before the event that starts it; the deadline stays unmet.',
  'out-of-order': 'An event is dated before the one it follows (a plan ended before it started).',
  'no-rule-in-force': 'An event would start a timescale, but no edition of the rule was in force on its day.',
  'date-far-from-others': 'An event is dated more than two years from every other event of the case: a mistyped year?',
  'closed-with-deadlines-open': 'The case closed with deadlines unmet or not yet due; they are counted closed unmet or not required, never overdue.',
};
