import { fromDayNumber, toDayNumber, type IsoDate } from '../calendar/dayNumber.js';
import { instantToEpochMs, londonDayNumber } from '../calendar/londonInstant.js';
import type { EventMatch } from '../rules/ruleFileSchema.js';
import type { CaseEvent } from './caseRecord.js';

/** A case event placed on the timeline: its date in England, as a day number too. */
export interface TimelineEvent {
  type: CaseEvent['type'];
  /** The instant, when one was recorded. */
  at: string | undefined;
  date: IsoDate;
  day: number;
  /** Milliseconds since the epoch, when an instant was recorded. */
  epochMs: number | undefined;
  /** The event as the record gives it, with its attributes. */
  event: CaseEvent;
}

/**
 * The case's events up to and including `asOf`, oldest first (events on one day keep the
 * record's order), so a case is read as it stood on that date.
 */
export function caseTimeline(events: readonly CaseEvent[], asOfDay: number): TimelineEvent[] {
  const timeline: TimelineEvent[] = [];
  for (const event of events) {
    const epochMs = event.at === undefined ? undefined : instantToEpochMs(event.at);
    const day = event.on !== undefined ? toDayNumber(event.on) : londonDayNumber(epochMs as number);
    if (day <= asOfDay) timeline.push({ type: event.type, at: event.at, date: event.on ?? fromDayNumber(day), day, epochMs, event });
  }
  return timeline.sort((a, b) => a.day - b.day);
}

/** Whether an event is of the type, and has the attribute values, that a rule names. */
export function matchesEvent(event: TimelineEvent, match: EventMatch): boolean {
  if (event.type !== match.event) return false;
  if (match.where === undefined) return true;
  const attributes = event.event as Record<string, unknown>;
  for (const name in match.where) {
    if (!(match.where[name] as unknown[]).includes(attributes[name])) return false;
  }
  return true;
}
