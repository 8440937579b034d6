import { fromDayNumber, toDayNumber, type IsoDate } from '../calendar/dayNumber.js';
import { instantToEpochMs, londonDayNumber } from '../calendar/londonInstant.js';
import { EVENT_ATTRIBUTE_NAMES, EVENT_TYPE_NAMES } from '../rules/eventTypes.js';
import type { EventMatch } from '../rules/ruleFileSchema.js';
import type { CaseEvent } from './caseRecord.js';
import { IMPLIED_EVENTS } from './impliedEvents.js';

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
  /** Its place in the record's `events` (for an implied event, that of the event that implies it). */
  index: number;
  /** Not recorded itself but implied by the recorded event at `index` (see {@link IMPLIED_EVENTS}). */
  implied: boolean;
  /** What makes it the same event as another: its type, date or instant and attributes (see {@link sameness}). */
  sameness: string;
}

/** An event recorded again: the same type, date or instant and attributes as an earlier one. */
export interface DuplicateEvent {
  index: number;
  /** The place in the record of the copy that is counted. */
  firstIndex: number;
  event: TimelineEvent;
}

export interface CaseTimeline {
  /** Each event counted once, oldest first, with the events they imply. */
  events: TimelineEvent[];
  duplicates: DuplicateEvent[];
}

/** What makes two events the same: everything but the record's own id and note. */
function sameness(event: CaseEvent): string {
  const attributes = event as Record<string, unknown>;
  let key = `${event.type}|${event.on}|${event.at}`;
  // Stryker disable next-line ConditionalExpression: listing every attribute, an absent one as `=undefined`, tells the same events apart: no value a record may hold (enums, numbers, booleans) is the string 'undefined'
  for (const name of EVENT_ATTRIBUTE_NAMES) if (attributes[name] !== undefined) key += `|${name}=${String(attributes[name])}`;
  return key;
}

/** Each event type's place in the vocabulary, which lists the process in its order (contact first, `closed` last). */
// Stryker disable next-line ArrowFunction: not equivalent but uncountable: `new Map([undefined])` throws as the module loads, every test file fails to import, and Stryker 9.6.1 counts a run with no tests collected as survived
const TYPE_RANK = new Map(EVENT_TYPE_NAMES.map((type, rank) => [type, rank]));

/**
 * The order events are read in, which the record's order (a CSV export cannot keep one) never
 * changes: by day; on one day in the vocabulary's order; events of one type on one day by their
 * instant, a date alone counting as the day's start; then by their attributes. No two events
 * tie: copies that differ only in `id` or `note` are one event (see {@link caseTimeline}).
 */
function timelineOrder(a: TimelineEvent, b: TimelineEvent): number {
  return a.day - b.day
    || (TYPE_RANK.get(a.type) as number) - (TYPE_RANK.get(b.type) as number)
    // A date alone sorts before every instant (MIN_SAFE_INTEGER, not -Infinity, so that two dates give 0, not NaN).
    || (a.epochMs ?? Number.MIN_SAFE_INTEGER) - (b.epochMs ?? Number.MIN_SAFE_INTEGER)
    || bySameness(a, b);
}

/** Two events by their sameness, which no two on the timeline share (a copy is counted once; an implied event differs in type), so never 0. */
function bySameness(a: TimelineEvent, b: TimelineEvent): number {
  // Stryker disable next-line EqualityOperator: `<=` differs from `<` only for an equal sameness, which no two events on the timeline have
  return a.sameness < b.sameness ? -1 : 1;
}

/** Whether an event is of the type, and has the attribute values, that a rule names. */
export function matchesEvent(event: Pick<TimelineEvent, 'type' | 'event'>, match: EventMatch): boolean {
  if (event.type !== match.event) return false;
  // Stryker disable next-line ConditionalExpression: a shortcut; `for … in undefined` runs no iteration, so the loop below returns true as well
  if (match.where === undefined) return true;
  const attributes = event.event as Record<string, unknown>;
  for (const name in match.where) {
    if (!(match.where[name] as unknown[]).includes(attributes[name])) return false;
  }
  return true;
}

/** Whether an event is on or after another: by date, and by instant when both give one. */
export function onOrAfter(event: TimelineEvent, from: TimelineEvent): boolean {
  return event.day >= from.day && (event.epochMs === undefined || from.epochMs === undefined || event.epochMs >= from.epochMs);
}

/**
 * The case's events up to and including `asOf`, oldest first (see {@link timelineOrder}), so a case is read as it stood on that date. An event recorded twice is
 * counted once, and the copy listed in `duplicates`; a conference outcome adds the plan start
 * or end it implies, unless the record has one that day.
 */
export function caseTimeline(events: readonly CaseEvent[], asOfDay: number): CaseTimeline {
  const timeline: TimelineEvent[] = [];
  const duplicates: DuplicateEvent[] = [];
  const seen = new Map<string, number>();
  events.forEach((event, index) => {
    const epochMs = event.at === undefined ? undefined : instantToEpochMs(event.at);
    const day = event.on !== undefined ? toDayNumber(event.on) : londonDayNumber(epochMs as number);
    if (day > asOfDay) return;
    const key = sameness(event);
    const placed: TimelineEvent = { type: event.type, at: event.at, date: event.on ?? fromDayNumber(day), day, epochMs, event, index, implied: false, sameness: key };
    const firstIndex = seen.get(key);
    if (firstIndex !== undefined) {
      duplicates.push({ index, firstIndex, event: placed });
      return;
    }
    seen.set(key, index);
    timeline.push(placed);
  });
  for (const placed of [...timeline]) {
    for (const { recorded, implies } of IMPLIED_EVENTS) {
      if (matchesEvent(placed, recorded) && !timeline.some((e) => e.type === implies && e.day === placed.day)) {
        const event = { type: implies, on: placed.date, ...(placed.at === undefined ? {} : { at: placed.at }) } as CaseEvent;
        // Stryker disable next-line ArithmeticOperator: where it goes before the sort does not matter: it differs from every other event in day, type or index, so the sort places it
        timeline.splice(timeline.indexOf(placed) + 1, 0, { ...placed, type: implies, event, implied: true });
      }
    }
  }
  return { events: timeline.sort(timelineOrder), duplicates };
}
