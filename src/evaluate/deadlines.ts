import type { DayNumberCalendar } from '../calendar/createCalendar.js';
import { fromDayNumber, type IsoDate } from '../calendar/dayNumber.js';
import { formatDayList, formatDayNumber } from '../calendar/formatDate.js';
import type { IsoInstant } from '../calendar/londonInstant.js';
import { evaluateCondition } from '../rules/evaluateCondition.js';
import type { EventType } from '../rules/eventTypes.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import type { Citation, Timescale } from '../rules/ruleFileSchema.js';
import type { CaseFacts } from './caseFacts.js';
import { matchesEvent, onOrAfter, type TimelineEvent } from './caseTimeline.js';
import type { CaseWarning } from './caseWarning.js';
import { dueDate, judgedDay, type Counting, type DueDate, type DueRule } from './dueDate.js';
import { editionOn, timescaleIndex, type Edition } from './timescaleIndex.js';

import { describeEvent, describeMatch, eventDatePath, eventName } from './describeEvent.js';

/**
 * - `not-required`: the timescale's `until` event (e.g. the plan ending) came before it fell due;
 * - `closed-unmet`: the case closed, or the `until` event came, after it fell due and before it was met.
 */
export type DeadlineStatus = 'met' | 'met-late' | 'open' | 'due-soon' | 'overdue' | 'not-required' | 'closed-unmet';

/** One time a timescale applies to a case: when it started, when it is due, and where it stands. */
export interface Deadline {
  /** The timescale id, with `#n` for the n-th time it falls due (n ≥ 2): a repetition, or a later start event. */
  id: string;
  timescale: string;
  /** 1 for the first time, 2 for the next (a repetition, or the timescale started again), … */
  occurrence: number;
  title: string;
  /** The date (or instant, for hour rules) the clock started. */
  start: IsoDate | IsoInstant;
  startEvent: EventType;
  /** The last day (or instant, for hour rules) on which it is met. */
  due: IsoDate | IsoInstant;
  status: DeadlineStatus;
  metOn: IsoDate | null;
  /** The day the clock stopped unmet: the case closed, or the timescale's `until` event; null otherwise. */
  stoppedOn: IsoDate | null;
  /**
   * The timescale applies only if a later decision calls for it (`provisionalUntil` in the rule
   * file) and none is recorded yet: the deadline may fall away, and raises no high-severity flag.
   */
  provisional: boolean;
  /** Working days from the as-of date to the due date; null once met, overdue or stopped. */
  workingDaysRemaining: number | null;
  /** Working days after the due date until it was met, or until the as-of date while unmet, or until it stopped. */
  workingDaysOverdue: number;
  /** The due date relies on a year whose bank holidays are projected from the standing rules. */
  projected: boolean;
  /** For working-day rules, whether the start day counted as day 1. */
  counting: Counting | null;
  amount: number;
  unit: Timescale['unit'];
  explanation: string;
  citation: Citation;
  notes?: string | undefined;
  /** The flag an overdue occurrence raises, from the rule file. */
  overdueFlag: NonNullable<Timescale['overdueFlag']>;
}

export interface DeadlineContext {
  ruleSet: RuleSet;
  calendar: DayNumberCalendar;
  timeline: readonly TimelineEvent[];
  facts: CaseFacts;
  /** The level the case is at; null under a rule set with no levels of need. */
  currentLevel: number | null;
  /** The day statuses are judged on (a day number): the as-of date, or the day the case closed. */
  judgedOn: number;
  /** The event that closed the case, on the day it is judged on: deadlines not yet due then no longer apply. */
  closing: TimelineEvent | undefined;
  dueSoonWorkingDays: number;
  counting: Counting | undefined;
  /** Receives what the evaluation finds wrong with the dates (see {@link CaseWarning}). */
  warn: (warning: CaseWarning) => void;
}

const UNIT_WORDS: Record<Timescale['unit'], [string, string]> = {
  'working-days': ['working day', 'working days'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  hours: ['hour', 'hours'],
};

/**
 * An amount of a unit in words, singular or plural.
 *
 * @example amountInWords(1, 'working-days') // '1 working day'
 */
export function amountInWords(amount: number, unit: Timescale['unit']): string {
  return `${amount} ${UNIT_WORDS[unit][amount === 1 ? 0 : 1]}`;
}

function explain(ctx: DeadlineContext, rule: DueRule, counting: Counting | null, startEvent: TimelineEvent,
  due: DueDate, after: string): string {
  const start = startEvent.at !== undefined && rule.unit === 'hours' ? startEvent.at : formatDayNumber(startEvent.day);
  const countFrom = counting === 'dfe-census' || (counting === 'start-included' && ctx.calendar.isWorkingDay(startEvent.day))
    ? `, counting ${formatDayNumber(startEvent.day)} as day 1` : '';
  const skipping = due.skipped.length > 0 ? `, skipping ${formatDayList(due.skipped.map((d) => d.date))}` : '';
  const noTime = rule.unit === 'hours' && startEvent.at === undefined ? ' (no time was recorded, so counted in whole days)' : '';
  const rolled = due.rolledFrom !== undefined ? `, rolled forward from ${formatDayNumber(due.rolledFrom)}` : '';
  const projected = due.projected ? ' (bank holidays that year are projected from the standing rules)' : '';
  return `${amountInWords(rule.amount, rule.unit)} after ${after} on ${start}${countFrom}${skipping}${noTime}: `
    + `${due.at ?? formatDayNumber(due.day)}${rolled}${projected}`;
}

/** Why a deadline is provisional, in words. */
function provisionalReason(timescale: Timescale): string {
  const until = timescale.provisionalUntil as NonNullable<Timescale['provisionalUntil']>;
  return `; provisional: it applies only once ${until.appliesOn.map((m) => describeMatch(m)).join(' or ')} is recorded, `
    + `and no ${until.decision.event.replaceAll('-', ' ')} that settles it is recorded yet`;
}

type Standing = Pick<Deadline, 'status' | 'metOn' | 'stoppedOn' | 'workingDaysRemaining' | 'workingDaysOverdue'>;

/**
 * Where a deadline stands on the day it is judged; null when the case closed before it fell due.
 * `stop` is the timescale's `until` event, when one came before the deadline was met.
 */
function judge(ctx: DeadlineContext, due: DueDate, end: TimelineEvent | undefined, stop: TimelineEvent | undefined,
  counting: Counting | null): Standing | null {
  const { calendar } = ctx;
  const judgedOn = judgedDay(ctx.judgedOn, counting, calendar);
  if (end && (!stop || end.day <= stop.day)) {
    const late = due.epochMs !== undefined && end.epochMs !== undefined ? end.epochMs > due.epochMs : end.day > due.day;
    return { status: late ? 'met-late' : 'met', metOn: end.date, stoppedOn: null, workingDaysRemaining: null,
      workingDaysOverdue: late ? Math.max(0, calendar.workingDaysBetween(due.day, end.day)) : 0 };
  }
  const stoppedBy = stop ?? ctx.closing;
  if (stoppedBy) {
    if (!stop && due.day >= judgedOn) return null;
    const lapsed = stoppedBy.day > due.day;
    return { status: lapsed ? 'closed-unmet' : 'not-required', metOn: null, stoppedOn: stoppedBy.date, workingDaysRemaining: null,
      workingDaysOverdue: lapsed ? calendar.workingDaysBetween(due.day, stoppedBy.day) : 0 };
  }
  if (judgedOn > due.day) {
    return { status: 'overdue', metOn: null, stoppedOn: null, workingDaysRemaining: null,
      workingDaysOverdue: calendar.workingDaysBetween(due.day, judgedOn) };
  }
  const remaining = calendar.workingDaysBetween(judgedOn, due.day);
  return { status: remaining <= ctx.dueSoonWorkingDays ? 'due-soon' : 'open', metOn: null, stoppedOn: null,
    workingDaysRemaining: remaining, workingDaysOverdue: 0 };
}

/**
 * The first event that matches, after `from`: on or after its day (strictly after, for the next
 * repetition), and not before its instant when both record one.
 */
function firstAfter(ctx: DeadlineContext, match: Timescale['end'] | undefined, from: TimelineEvent, strictlyAfter: boolean): TimelineEvent | undefined {
  if (match === undefined) return undefined;
  return ctx.timeline.find((event) => matchesEvent(event, match) && event !== from
    && (!strictlyAfter || event.day > from.day) && onOrAfter(event, from));
}

interface Occurrence {
  timescale: Timescale;
  n: number;
  startEvent: TimelineEvent;
  rule: DueRule;
  citation: Citation;
  after: string;
  end: TimelineEvent | undefined;
  stop: TimelineEvent | undefined;
  provisional: boolean;
}

function occurrence(ctx: DeadlineContext, o: Occurrence, dropped: string[]): Deadline | null {
  const { timescale, n, startEvent, rule } = o;
  const counting = rule.unit === 'working-days' ? (ctx.counting ?? rule.counting ?? 'start-excluded') : null;
  const countedRule: DueRule = { amount: rule.amount, unit: rule.unit, counting: counting ?? undefined, roll: timescale.roll };
  const due = dueDate(startEvent, countedRule, ctx.calendar);
  const standing = judge(ctx, due, o.end, o.stop, counting);
  if (!standing) {
    dropped.push(n === 1 ? timescale.id : `${timescale.id}#${n}`);
    return null;
  }
  const provisional = o.provisional && standing.metOn === null;
  const deadline: Deadline = {
    id: n === 1 ? timescale.id : `${timescale.id}#${n}`,
    timescale: timescale.id,
    occurrence: n,
    title: timescale.title,
    start: rule.unit === 'hours' && startEvent.at !== undefined ? startEvent.at : startEvent.date,
    startEvent: startEvent.type,
    due: due.at ?? fromDayNumber(due.day),
    status: standing.status,
    metOn: standing.metOn,
    stoppedOn: standing.stoppedOn,
    provisional,
    workingDaysRemaining: standing.workingDaysRemaining,
    workingDaysOverdue: standing.workingDaysOverdue,
    projected: due.projected,
    counting,
    amount: rule.amount,
    unit: rule.unit,
    explanation: explain(ctx, countedRule, counting, startEvent, due, o.after) + (provisional ? provisionalReason(timescale) : ''),
    citation: o.citation,
    overdueFlag: timescale.overdueFlag ?? 'overdue',
  };
  if (timescale.notes !== undefined) deadline.notes = timescale.notes;
  return deadline;
}

interface Start {
  event: TimelineEvent;
  timescale: Timescale;
  provisional: boolean;
}

/**
 * Whether a timescale with `provisionalUntil` applies to the clock `start` started: yes once an
 * event that calls for it is recorded (before the timescale starts again), no once the decision
 * is recorded without one, provisionally until then.
 */
function settle(ctx: DeadlineContext, timescale: Timescale, start: TimelineEvent, next: TimelineEvent | undefined): 'applies' | 'provisional' | 'not' {
  const until = timescale.provisionalUntil;
  // Stryker disable next-line StringLiteral: the caller tells apart only 'not' and 'provisional', so any other string reads as applies
  if (until === undefined) return 'applies';
  let decided = false;
  // The timeline is in day order: read from the first event of the start's day to the next start's day.
  let from = ctx.timeline.indexOf(start);
  while (from > 0 && (ctx.timeline[from - 1] as TimelineEvent).day === start.day) from -= 1;
  for (let i = from; i < ctx.timeline.length; i += 1) {
    const event = ctx.timeline[i] as TimelineEvent;
    if (next !== undefined && event.day >= next.day) break;
    if (event === start) continue;
    // Stryker disable next-line StringLiteral: as above, any string but 'not' and 'provisional' reads as applies
    if (until.appliesOn.some((m) => matchesEvent(event, m))) return 'applies';
    if (matchesEvent(event, until.decision)) decided = true;
  }
  return decided ? 'not' : 'provisional';
}

/** Whether a timescale applies to a case at this level: one that names levels, only at those (never to a case with no level). */
function appliesAtLevel(timescale: Timescale, level: number | null): boolean {
  // Stryker disable next-line ConditionalExpression: a rule's levels are numbers, so `includes(null)` is false just as the null check is
  return timescale.levels === undefined || (level !== null && timescale.levels.includes(level));
}

/** Warns when an event that would meet a timescale comes before the first event that starts it. */
function warnEndBeforeStart(ctx: DeadlineContext, timescale: Timescale, first: Start): void {
  const early = ctx.timeline.find((e) => !e.implied && !onOrAfter(e, first.event) && matchesEvent(e, timescale.end));
  if (!early) return;
  ctx.warn({ code: 'end-before-start', path: eventDatePath(early),
    message: `The ${describeEvent(early)} is dated before the ${describeEvent(first.event)} that starts `
      + `${timescale.id}, so it cannot meet it: check the dates` });
}

/** Says which deadlines a closed case left unmet, and which no longer applied, so that none disappears silently. */
function warnClosedWithDeadlinesOpen(ctx: DeadlineContext, closing: TimelineEvent, deadlines: readonly Deadline[], dropped: readonly string[]): void {
  const unmet = deadlines.filter((d) => d.status === 'closed-unmet' && d.stoppedOn === closing.date).map((d) => d.id);
  if (unmet.length === 0 && dropped.length === 0) return;
  const parts = [
    ...(unmet.length > 0 ? [`${unmet.join(', ')} unmet (closed unmet: past due when it closed)`] : []),
    ...(dropped.length > 0 ? [`${dropped.join(', ')} not yet due (no longer applied)`] : []),
  ];
  ctx.warn({ code: 'closed-with-deadlines-open', path: eventDatePath(closing),
    message: `The case closed on ${formatDayNumber(closing.day)} with ${parts.join(', and ')}` });
}

/**
 * Every time each timescale of the rule set applies to the case: one deadline per start
 * event, or for a repeating timescale a chain (the first due from the start, each later one
 * due a repeat interval after the last one met, under the edition in force on its own start),
 * until one is still unmet or the timescale's `until` event ends it; a later start event then
 * begins a new chain.
 */
export function caseDeadlines(ctx: DeadlineContext): Deadline[] {
  const deadlines: Deadline[] = [];
  // The deadlines of a closed case that were not yet due when it closed.
  const dropped: string[] = [];
  // appliesWhen sees the case facts with `start` set to the start event, and only then.
  const { facts } = ctx;
  const applies = (timescale: Timescale, event: TimelineEvent): boolean => {
    if (timescale.appliesWhen === undefined) return true;
    facts.start = event.event;
    const holds = evaluateCondition(timescale.appliesWhen, facts);
    facts.start = null;
    return holds;
  };
  const { groups, byStartType } = timescaleIndex(ctx.ruleSet);
  // For each timescale, the events that start it, each with the edition in force on its day.
  // Stryker disable next-line ArrayDeclaration: the length only sizes the array up front; `??=` below fills any slot of an empty one alike
  const startsByGroup: (Omit<Start, 'provisional'>[] | undefined)[] = new Array(groups.length);
  for (const event of ctx.timeline) {
    for (const { group, editions } of byStartType.get(event.type) ?? []) {
      const edition = editionOn(editions, event.day);
      if (edition && matchesEvent(event, edition.timescale.start) && appliesAtLevel(edition.timescale, ctx.currentLevel)
        && applies(edition.timescale, event)) {
        (startsByGroup[group] ??= []).push({ event, timescale: edition.timescale });
      }
    }
  }
  // Stryker disable next-line EqualityOperator: `<=` adds a pass for group groups.length, which has no starts (undefined) and continues
  for (let group = 0; group < groups.length; group += 1) {
    const candidates = startsByGroup[group];
    if (!candidates) continue;
    const starts: Start[] = [];
    candidates.forEach((start, i) => {
      const settled = settle(ctx, start.timescale, start.event, candidates[i + 1]?.event);
      // Written out, not spread: V8 11 spreads an object with an extra key slowly, and this runs for every start.
      if (settled !== 'not') starts.push({ event: start.event, timescale: start.timescale, provisional: settled === 'provisional' });
    });
    const first = starts[0];
    if (!first) continue;
    const before = deadlines.length;
    if (!first.timescale.repeat) {
      starts.forEach(({ event, timescale: t, provisional }, i) => {
        const found = occurrence(ctx, { timescale: t, n: i + 1, startEvent: event, rule: t, citation: t.citation,
          after: eventName(ctx.ruleSet, t.start.event), end: firstAfter(ctx, t.end, event, false),
          stop: firstAfter(ctx, t.until, event, false), provisional }, dropped);
        if (found) deadlines.push(found);
      });
    } else {
      chains(ctx, groups[group] as Edition[], starts, deadlines, dropped);
    }
    const firstDeadline = deadlines[before];
    if (firstDeadline && firstDeadline.metOn === null) warnEndBeforeStart(ctx, first.timescale, first);
  }
  if (ctx.closing) warnClosedWithDeadlinesOpen(ctx, ctx.closing, deadlines, dropped);
  return deadlines;
}

/** The deadlines of a repeating timescale: a chain from its first start, and a new chain from each start after an `until` event. */
function chains(ctx: DeadlineContext, editions: readonly Edition[], starts: readonly Start[], deadlines: Deadline[], dropped: string[]): void {
  let n = 1;
  let next: Start | undefined = starts[0];
  while (next) {
    const chainStart: Start = next;
    let timescale = chainStart.timescale;
    let from = chainStart.event;
    const stop = firstAfter(ctx, timescale.until, from, false);
    let end = firstAfter(ctx, timescale.end, from, false);
    for (let firstLink = true; ; firstLink = false) {
      const repeat = timescale.repeat as NonNullable<Timescale['repeat']>;
      const found = occurrence(ctx, {
        timescale, n, startEvent: from, rule: firstLink ? timescale : repeat, citation: firstLink ? timescale.citation : repeat.citation,
        after: firstLink ? eventName(ctx.ruleSet, timescale.start.event) : `the last ${eventName(ctx.ruleSet, timescale.end.event)}`,
        end, stop, provisional: chainStart.provisional,
      }, dropped);
      if (found) deadlines.push(found);
      n += 1;
      // The need ended on or before the last one held (a plan ended at a review, or before it): no later occurrence.
      if (!end || (stop && stop.day <= end.day)) break;
      from = end;
      // Each occurrence follows, and cites, the edition in force on the day it starts.
      const edition = editionOn(editions, from.day);
      if (!edition?.timescale.repeat) break;
      timescale = edition.timescale;
      end = firstAfter(ctx, timescale.end, from, true);
    }
    next = stop ? starts.find((s) => s.event.day > stop.day) : undefined;
  }
}
