import { formatDate, formatDayNumber } from '../calendar/formatDate.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import type { EventMatch } from '../rules/ruleFileSchema.js';
import { matchesEvent, onOrAfter, type CaseTimeline, type TimelineEvent } from './caseTimeline.js';
import type { CaseWarning } from './caseWarning.js';
import { describeEvent, eventDatePath } from './describeEvent.js';
import { IMPLIED_EVENTS } from './impliedEvents.js';
import { LOGICAL_ORDER } from './logicalOrder.js';
import { editionOn, timescaleIndex } from './timescaleIndex.js';

/** More than this many days from every other event, a date is probably mistyped. */
const FAR_DAYS = 730;

/** What a rule does with an event that matches it, for the missing-attribute message. */
interface Use { match: EventMatch; effect: string }

const uses = new WeakMap<RuleSet, Map<string, Use[]>>();

/**
 * Every event match with attribute values in the rule set's timescales and in the implied
 * events, with what it does, by event type (worked out once per rule set).
 */
function matchUses(ruleSet: RuleSet): Map<string, Use[]> {
  let byType = uses.get(ruleSet);
  // Stryker disable next-line ConditionalExpression: a cache; working the uses out afresh gives the same uses
  if (!byType) {
    // Stryker disable next-line ArrayDeclaration: a seeded string has no match.where, so it is dropped below
    const found: Use[] = [];
    for (const t of ruleSet.timescales) {
      found.push({ match: t.start, effect: `start ${t.id}` }, { match: t.end, effect: `meet ${t.id}` });
      if (t.until) found.push({ match: t.until, effect: `stop ${t.id}` });
      if (t.provisionalUntil) {
        for (const m of [t.provisionalUntil.decision, ...t.provisionalUntil.appliesOn]) found.push({ match: m, effect: `settle whether ${t.id} applies` });
      }
    }
    for (const { recorded, implies } of IMPLIED_EVENTS) {
      const started = ruleSet.timescales.filter((t) => t.start.event === implies || t.until?.event === implies).map((t) => t.id);
      found.push({ match: recorded, effect: `record ${implies.replaceAll('-', ' ')}${started.length > 0 ? ` (for ${[...new Set(started)].join(', ')})` : ''}` });
    }
    byType = new Map();
    for (const use of found) {
      // Stryker disable next-line ConditionalExpression, ArrayDeclaration: a use without where, or a seeded string (no match.event), gives missingAttributes nothing
      if (use.match.where !== undefined) byType.set(use.match.event, [...(byType.get(use.match.event) ?? []), use]);
    }
    uses.set(ruleSet, byType);
  }
  return byType;
}

/** The attributes a match names that the event lacks, when the ones it has all fit. */
function missingAttributes(event: TimelineEvent, match: EventMatch): string[] {
  // Stryker disable next-line ConditionalExpression, LogicalOperator, ArrayDeclaration: matchUses keeps only uses with where, by the event's own type, so this never holds
  if (event.type !== match.event || match.where === undefined) return [];
  const attributes = event.event as Record<string, unknown>;
  const missing: string[] = [];
  for (const [name, values] of Object.entries(match.where)) {
    if (attributes[name] === undefined) missing.push(name);
    else if (!values.includes(attributes[name] as string | number | boolean)) return [];
  }
  return missing;
}

function warnMissingAttributes(ruleSet: RuleSet, event: TimelineEvent, warnings: CaseWarning[]): void {
  const relevant = matchUses(ruleSet).get(event.type);
  if (relevant === undefined) return;
  const effects = new Map<string, string[]>();
  for (const { match, effect } of relevant) {
    for (const name of missingAttributes(event, match)) {
      const list = effects.get(name) ?? [];
      if (!list.includes(effect)) list.push(effect);
      effects.set(name, list);
    }
  }
  for (const [name, list] of effects) {
    warnings.push({ code: 'missing-attribute', path: `events[${event.index}].${name}`,
      message: `The ${describeEvent(event)} has no ${name}, so it cannot ${list.join(', or ')}` });
  }
}

function warnNoRuleInForce(ruleSet: RuleSet, event: TimelineEvent, warnings: CaseWarning[]): void {
  const gaps: string[] = [];
  for (const { editions } of timescaleIndex(ruleSet).byStartType.get(event.type) ?? []) {
    if (!editions.some((e) => matchesEvent(event, e.timescale.start)) || editionOn(editions, event.day)) continue;
    const periods = editions.map(({ timescale: t }) => `${t.effectiveFrom === undefined ? 'always' : `from ${formatDate(t.effectiveFrom)}`}${t.effectiveTo === undefined ? '' : ` to ${formatDate(t.effectiveTo)}`}`);
    gaps.push(`${(editions[0] as (typeof editions)[number]).timescale.id} (in force ${periods.join(', ')})`);
  }
  if (gaps.length > 0) {
    warnings.push({ code: 'no-rule-in-force', path: eventDatePath(event),
      message: `The ${describeEvent(event)} would start ${gaps.join(', ')}, but no edition is in force that day: no deadline is given` });
  }
}

const kindOf = (e: TimelineEvent): unknown => (e.event as { kind?: unknown }).kind;

/**
 * Events dated before every event they follow (earlier the same day, when both give an instant),
 * when one comes later: a date is wrong. For each pair of the logical order, the earliest
 * `earlier` event (of each kind) is found once, so a record of thousands of events is read in
 * one pass per pair.
 */
function warnOutOfOrder(timeline: readonly TimelineEvent[], warnings: CaseWarning[]): void {
  const types = new Set<string>();
  for (const e of timeline) types.add(e.type);
  for (const { earlier, later } of LOGICAL_ORDER) {
    // Stryker disable next-line ConditionalExpression, LogicalOperator: a shortcut; with either type absent no pair is found below
    if (!types.has(earlier.event) || !types.has(later.event)) continue;
    // An assessment completed follows one started of the same kind (or of no recorded kind); a review conference, any initial one.
    const byKind = earlier.where?.kind === undefined;
    const earliest = new Map<unknown, TimelineEvent>();
    for (const e of timeline) {
      const key = byKind ? kindOf(e) : undefined;
      if (matchesEvent(e, earlier) && !earliest.has(key)) earliest.set(key, e);
    }
    // Stryker disable next-line ConditionalExpression: a shortcut; with no earlier event no candidate is found below
    if (earliest.size === 0) continue;
    for (const event of timeline) {
      if (event.implied || !matchesEvent(event, later)) continue;
      const kind = byKind ? kindOf(event) : undefined;
      const candidates = (kind === undefined ? [...earliest.values()] : [earliest.get(kind), earliest.get(undefined)]).filter((e) => e !== undefined);
      // Out of order only when dated before every event it could follow: one given by its date
      // alone on the same day might have come first.
      if (candidates.length > 0 && candidates.every((c) => !onOrAfter(event, c))) {
        const first = candidates.reduce((a, b) => (onOrAfter(b, a) ? a : b));
        warnings.push({ code: 'out-of-order', path: eventDatePath(event),
          message: `The ${describeEvent(event)} is dated before the ${describeEvent(first)} it follows: check the dates` });
      }
    }
  }
}

function warnFarDates(recorded: readonly TimelineEvent[], warnings: CaseWarning[]): void {
  if (recorded.length < 3) return;
  recorded.forEach((event, i) => {
    const gaps = [recorded[i - 1], recorded[i + 1]].filter((e) => e !== undefined).map((e) => Math.abs(e.day - event.day));
    if (Math.min(...gaps) > FAR_DAYS) {
      const nearest = (gaps[0] === Math.min(...gaps) && i > 0 ? recorded[i - 1] : recorded[i + 1]) as TimelineEvent;
      warnings.push({ code: 'date-far-from-others', path: eventDatePath(event),
        message: `The ${describeEvent(event)} is more than two years from every other event of the case (the nearest is on ${formatDayNumber(nearest.day)}): check the date` });
    }
  });
}

/**
 * The warnings the events themselves give, whatever the deadlines: duplicates, attributes a rule
 * needs and the event lacks, events a timescale would start with no edition in force, events
 * dated before the ones they follow, dates far from the rest of the case.
 */
export function timelineWarnings(ruleSet: RuleSet, timeline: CaseTimeline): CaseWarning[] {
  const warnings: CaseWarning[] = [];
  for (const { index, firstIndex, event } of timeline.duplicates) {
    warnings.push({ code: 'duplicate-event', path: `events[${index}]`,
      message: `The ${describeEvent(event)} is recorded again (as events[${firstIndex}]): it is counted once` });
  }
  const recorded = timeline.events.filter((e) => !e.implied);
  for (const event of recorded) warnMissingAttributes(ruleSet, event, warnings);
  warnOutOfOrder(timeline.events, warnings);
  for (const event of timeline.events) warnNoRuleInForce(ruleSet, event, warnings);
  warnFarDates(recorded, warnings);
  return warnings;
}
