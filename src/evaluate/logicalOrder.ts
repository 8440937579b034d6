import type { EventMatch } from '../rules/ruleFileSchema.js';

/**
 * Events that cannot happen before another: `later` follows `earlier` (with the same `kind`,
 * where both have one). Timescales add their own start and end to these.
 */
export const LOGICAL_ORDER: readonly { earlier: EventMatch; later: EventMatch }[] = [
  { earlier: { event: 'contact-received' }, later: { event: 'screening-completed' } },
  { earlier: { event: 'referral-received' }, later: { event: 'referral-decision' } },
  { earlier: { event: 'assessment-started' }, later: { event: 'assessment-completed' } },
  { earlier: { event: 'strategy-discussion' }, later: { event: 'section-47-concluded' } },
  { earlier: { event: 'child-protection-conference', where: { kind: ['initial'] } }, later: { event: 'child-protection-conference', where: { kind: ['review'] } } },
  { earlier: { event: 'child-protection-plan-started' }, later: { event: 'child-protection-plan-ended' } },
  { earlier: { event: 'child-protection-plan-started' }, later: { event: 'core-group-held' } },
];
