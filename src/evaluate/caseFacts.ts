import { toDayNumber } from '../calendar/dayNumber.js';
import type { Facts } from '../rules/evaluateCondition.js';
import type { CaseRecord } from './caseRecord.js';
import type { TimelineEvent } from './caseTimeline.js';

/** Whether consent to early help stands on a day: given by then, and not withdrawn by then. */
export function consentStands(record: CaseRecord, day: number): boolean {
  const { consent } = record;
  return consent?.given === true
    && (consent.on === undefined || toDayNumber(consent.on) <= day)
    && (consent.withdrawnOn === undefined || toDayNumber(consent.withdrawnOn) > day);
}

/** The facts of a case; `start` is the event that starts a timescale while its `appliesWhen` is tested, else null. */
export interface CaseFacts extends Facts {
  start: unknown;
}

/** The facts that rule conditions test: the need profile and what the record says of the case. */
export function caseFacts(record: CaseRecord, timeline: readonly TimelineEvent[], day: number): CaseFacts {
  const eventTypes: string[] = [];
  for (const event of timeline) if (!eventTypes.includes(event.type)) eventTypes.push(event.type);
  // Under the national rules alone a record may have no level or needs: conditions on them do not hold.
  const { needs } = record;
  return {
    section47: needs?.section47 ?? null,
    section17: needs?.section17 ?? null,
    agencies: needs?.agencies ?? null,
    complexity: needs?.complexity ?? null,
    currentLevel: record.currentLevel ?? null,
    lead: record.lead ?? 'none',
    unborn: record.child?.unborn === true,
    consentGiven: consentStands(record, day),
    eventTypes,
    start: null,
  };
}
