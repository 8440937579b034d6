/**
 * What the data cannot tell, or gets wrong, about a case: each says why an answer may be
 * incomplete. A warning never changes a due date.
 *
 * - `duplicate-event`: the same event (type, date or instant, attributes) is recorded again; it is counted once.
 * - `missing-attribute`: an event lacks an attribute a timescale needs to start, meet, stop or settle on it.
 * - `end-before-start`: an event that would meet a timescale is dated before the event that starts it.
 * - `out-of-order`: an event is dated before the event it follows (an assessment completed before it started).
 * - `no-rule-in-force`: an event would start a timescale, but no edition of it is in force on its day.
 * - `date-far-from-others`: an event is dated more than two years from every other event of the case.
 * - `closed-with-deadlines-open`: the case closed with deadlines unmet (closed unmet) or not yet due (no longer applied).
 */
export const WARNING_CODES = ['duplicate-event', 'missing-attribute', 'end-before-start', 'out-of-order', 'no-rule-in-force',
  'date-far-from-others', 'closed-with-deadlines-open'] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

export interface CaseWarning {
  code: WarningCode;
  /** Where in the record, e.g. `events[3].on`, `events[2].section47`. */
  path: string;
  message: string;
}
