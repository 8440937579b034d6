import { toDayNumber, type IsoDate } from '../calendar/dayNumber.js';
import { instantToEpochMs, londonDate } from '../calendar/londonInstant.js';
import type { EventMatch } from '../rules/ruleFileSchema.js';
import type { CaseEvent } from './caseRecord.js';

/** A case event placed on the timeline: its date in England, as a day number too. */
export interface TimelineEvent extends CaseEvent {
  date: IsoDate;
  day: number;
  /** Milliseconds since the epoch, when an instant was recorded. */
  epochMs?: number | undefined;
}

/**
 * The case's events up to and including `asOf`, oldest first (events on one day keep the
 * record's order), so a case is read as it stood on that date.
 */
export function caseTimeline(events: readonly CaseEvent[], asOfDay: number): TimelineEvent[] {
  return events
    .map((event) => {
      const date = event.on ?? londonDate(event.at as string);
      return { ...event, date, day: toDayNumber(date), epochMs: event.at === undefined ? undefined : instantToEpochMs(event.at) };
    })
    .filter((event) => event.day <= asOfDay)
    .sort((a, b) => a.day - b.day);
}

/** Whether an event is of the type, and has the attribute values, that a rule names. */
export function matchesEvent(event: TimelineEvent, match: EventMatch): boolean {
  if (event.type !== match.event) return false;
  return Object.entries(match.where ?? {}).every(([name, values]) =>
    values.includes((event as unknown as Record<string, string | number | boolean>)[name] as string));
}
