import type { EventType } from '../rules/eventTypes.js';
import type { EventMatch } from '../rules/ruleFileSchema.js';

/** An event that also records another: the recorded one, and the type of the event it implies on the same day. */
export interface ImpliedEvent {
  recorded: EventMatch;
  implies: EventType;
}

/**
 * What a child protection conference decides is the plan starting or ending on its date
 * (Working Together: the initial conference decides whether the child needs a plan; a review
 * conference that decides none is needed ends it). Case systems record either the conference
 * outcome or the plan's own start and end, so each is read as the other.
 */
export const IMPLIED_EVENTS: readonly ImpliedEvent[] = [
  { recorded: { event: 'child-protection-conference', where: { kind: ['initial'], outcome: ['plan'] } }, implies: 'child-protection-plan-started' },
  { recorded: { event: 'child-protection-conference', where: { kind: ['review'], outcome: ['no-plan'] } }, implies: 'child-protection-plan-ended' },
];
