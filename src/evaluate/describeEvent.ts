import { formatDateOrInstant, formatDayNumber } from '../calendar/formatDate.js';
import { toLondonInstant } from '../calendar/londonInstant.js';
import type { EventType } from '../rules/eventTypes.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import type { EventMatch } from '../rules/ruleFileSchema.js';
import type { TimelineEvent } from './caseTimeline.js';

/**
 * An event type in the rule set's own words, else the shared name spelt out.
 * @example eventName(loadRuleSet('york'), 'core-group-held') // 'core group meeting'
 */
export function eventName(ruleSet: RuleSet, type: EventType): string {
  return ruleSet.vocabulary.events[type]?.term ?? type.replaceAll('-', ' ');
}

// Matches and events are described in the shared vocabulary, which their attributes belong to
// (a council's name for assessment-started may be its early help assessment alone).

/**
 * An event match in words, its attribute values in brackets.
 * @example describeMatch({ event: 'referral-decision', where: { outcome: ['assessment'] } }) // 'referral decision (outcome assessment)'
 */
export function describeMatch(match: EventMatch): string {
  const where = Object.entries(match.where ?? {}).map(([name, values]) => `${name} ${values.join(' or ')}`);
  return `${match.event.replaceAll('-', ' ')}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
}

/**
 * A case event in words, with its kind and date, and its London time when it has an instant (two
 * events of one day may be out of order by their times alone), for warnings.
 * @example describeEvent(event) // 'child protection conference (initial) on Fri 4 Mar 2022'
 * @example describeEvent(event) // 'contact received on Tue 7 Jan 2025 10:15'
 */
export function describeEvent(event: TimelineEvent): string {
  const { kind } = event.event as { kind?: unknown };
  const when = event.epochMs === undefined ? formatDayNumber(event.day) : formatDateOrInstant(toLondonInstant(event.epochMs));
  return `${event.type.replaceAll('-', ' ')}${kind === undefined ? '' : ` (${String(kind)})`} on ${when}`;
}

/**
 * Where an event's date is in the record.
 * @example eventDatePath(event) // 'events[3].on'
 */
export function eventDatePath(event: TimelineEvent): string {
  return `events[${event.index}].${event.event.on === undefined ? 'at' : 'on'}`;
}
