import * as z from 'zod';
import { describeValue } from '../calendar/describeValue.js';

/**
 * The shared event vocabulary: the public contract that case systems map their records onto.
 * Each rule file gives these types local names in its `vocabulary`; the types themselves and
 * the attributes a rule may match on are fixed here.
 */
export const EVENT_TYPES = {
  'contact-received': { attributes: { receivedAsLevel: [1, 2, 3, 4] } },
  'screening-completed': { attributes: { outcomeLevel: [1, 2, 3, 4] } },
  'referral-received': { attributes: {} },
  'referral-decision': { attributes: { outcome: ['assessment', 'strategy-discussion', 'early-help', 'no-further-action'] } },
  'case-allocated': { attributes: { kind: ['early-help', 'section-17', 'section-47'] } },
  'assessment-started': { attributes: { kind: ['early-help', 'pre-birth', 'gcp2', 'child-and-family'] } },
  'assessment-completed': { attributes: { kind: ['early-help', 'pre-birth', 'gcp2', 'child-and-family'] } },
  'meeting-decided': { attributes: {} },
  'meeting-held': { attributes: { kind: ['initial', 'review'] } },
  'plan-circulated': { attributes: { kind: ['initial', 'modified'] } },
  'plan-reviewed': { attributes: {} },
  'child-seen': { attributes: {} },
  'child-seen-alone': { attributes: {} },
  'panel-referral': { attributes: { servicesAllocated: [true, false] } },
  'panel-review': { attributes: {} },
  'strategy-discussion': { attributes: { section47: [true, false] } },
  'section-47-concluded': { attributes: { conferenceRequired: [true, false] } },
  'child-protection-conference': { attributes: { kind: ['initial', 'review'], outcome: ['plan', 'no-plan'] } },
  'child-protection-plan-started': { attributes: {} },
  'child-protection-plan-ended': { attributes: {} },
  'core-group-held': { attributes: {} },
  'step-up-requested': { attributes: { toLevel: [1, 2, 3, 4] } },
  'step-down-agreed': { attributes: { toLevel: [1, 2, 3, 4] } },
  'outcome-recorded': { attributes: { outcomeLevel: [1, 2, 3, 4] } },
  closed: { attributes: {} },
} as const satisfies Record<string, { attributes: Record<string, readonly (string | number | boolean)[]> }>;

export type EventType = keyof typeof EVENT_TYPES;

export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];

/** Every attribute any event type has. */
export const EVENT_ATTRIBUTE_NAMES = ['kind', 'receivedAsLevel', 'outcomeLevel', 'servicesAllocated', 'section47', 'toLevel', 'outcome', 'conferenceRequired'] as const;

export type EventAttributeName = typeof EVENT_ATTRIBUTE_NAMES[number];

/** The values an attribute takes on the events that have it, e.g. `EventAttributeValue<'toLevel'>` is 1 | 2 | 3 | 4. */
export type EventAttributeValue<N extends EventAttributeName> = {
  [T in EventType]: (typeof EVENT_TYPES)[T]['attributes'] extends { readonly [K in N]: readonly (infer V)[] } ? V : never
}[EventType];

/** The roles a rule file may give local names to. */
export const ROLE_NAMES = ['lead', 'assessment', 'meeting', 'plan', 'panel', 'front-door', 'record-system'] as const;

/** Why a value is not an event type: it lists the vocabulary. */
export function unknownEventType(value: unknown): string {
  return `unknown event type ${describeValue(value)}: the shared vocabulary is ${EVENT_TYPE_NAMES.join(', ')}`;
}

/** An event type of the shared vocabulary, with an error that lists the vocabulary. */
export const EventTypeSchema = z.enum(EVENT_TYPE_NAMES, { error: (issue) => unknownEventType(issue.input) });
