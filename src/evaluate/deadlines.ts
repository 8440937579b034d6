import type { DayNumberCalendar } from '../calendar/createCalendar.js';
import { fromDayNumber, type IsoDate } from '../calendar/dayNumber.js';
import { formatDayList, formatDayNumber } from '../calendar/formatDate.js';
import type { IsoInstant } from '../calendar/londonInstant.js';
import { evaluateCondition } from '../rules/evaluateCondition.js';
import type { EventType } from '../rules/eventTypes.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import type { Citation, Timescale } from '../rules/ruleFileSchema.js';
import { periodOf } from '../rules/ruleSetInForce.js';
import type { CaseFacts } from './caseFacts.js';
import { matchesEvent, type TimelineEvent } from './caseTimeline.js';
import { dueDate, type Counting, type DueDate, type DueRule } from './dueDate.js';

export type DeadlineStatus = 'met' | 'met-late' | 'open' | 'due-soon' | 'overdue';

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
  /** Working days from the as-of date to the due date; null once met or overdue. */
  workingDaysRemaining: number | null;
  /** Working days after the due date until it was met, or until the as-of date while unmet. */
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
  currentLevel: number;
  /** The day statuses are judged on (a day number): the as-of date, or the day the case closed. */
  judgedOn: number;
  /** The case closed on the day it is judged on; deadlines not yet due then no longer apply. */
  closed: boolean;
  dueSoonWorkingDays: number;
  counting: Counting | undefined;
}

const UNIT_WORDS: Record<Timescale['unit'], [string, string]> = {
  'working-days': ['working day', 'working days'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  hours: ['hour', 'hours'],
};

/** @example amountInWords(15, 'working-days') // '15 working days' */
export function amountInWords(amount: number, unit: Timescale['unit']): string {
  return `${amount} ${UNIT_WORDS[unit][amount === 1 ? 0 : 1]}`;
}

/** The authority's own name for an event type, or the type in words. */
export function eventName(ruleSet: RuleSet, type: EventType): string {
  return ruleSet.vocabulary.events[type]?.term ?? type.replaceAll('-', ' ');
}

function explain(ctx: DeadlineContext, rule: DueRule, counting: Counting | null, startEvent: TimelineEvent,
  due: DueDate, after: string): string {
  const start = startEvent.at !== undefined && rule.unit === 'hours' ? startEvent.at : formatDayNumber(startEvent.day);
  const countFrom = counting === 'start-included' && ctx.calendar.isWorkingDay(startEvent.day)
    ? `, counting ${formatDayNumber(startEvent.day)} as day 1` : '';
  const skipping = due.skipped.length > 0 ? `, skipping ${formatDayList(due.skipped.map((d) => d.date))}` : '';
  const noTime = rule.unit === 'hours' && startEvent.at === undefined ? ' (no time was recorded, so counted in whole days)' : '';
  const rolled = due.rolledFrom !== undefined ? `, rolled forward from ${formatDayNumber(due.rolledFrom)}` : '';
  const projected = due.projected ? ' (bank holidays that year are projected from the standing rules)' : '';
  return `${amountInWords(rule.amount, rule.unit)} after ${after} on ${start}${countFrom}${skipping}${noTime}: `
    + `${due.at ?? formatDayNumber(due.day)}${rolled}${projected}`;
}

type Standing = Pick<Deadline, 'status' | 'metOn' | 'workingDaysRemaining' | 'workingDaysOverdue'>;

/** Where a deadline stands on the day it is judged; null when the case closed before it fell due. */
function judge(ctx: DeadlineContext, due: DueDate, end: TimelineEvent | undefined): Standing | null {
  const { calendar } = ctx;
  if (end) {
    const late = due.epochMs !== undefined && end.epochMs !== undefined ? end.epochMs > due.epochMs : end.day > due.day;
    return { status: late ? 'met-late' : 'met', metOn: end.date, workingDaysRemaining: null,
      workingDaysOverdue: late ? Math.max(0, calendar.workingDaysBetween(due.day, end.day)) : 0 };
  }
  if (ctx.closed && due.day >= ctx.judgedOn) return null;
  if (ctx.judgedOn > due.day) {
    return { status: 'overdue', metOn: null, workingDaysRemaining: null,
      workingDaysOverdue: calendar.workingDaysBetween(due.day, ctx.judgedOn) };
  }
  const remaining = calendar.workingDaysBetween(ctx.judgedOn, due.day);
  return { status: remaining <= ctx.dueSoonWorkingDays ? 'due-soon' : 'open', metOn: null,
    workingDaysRemaining: remaining, workingDaysOverdue: 0 };
}

/**
 * The first event that meets a timescale started by `from`: on or after its day (strictly after,
 * for the next repetition), and not before its instant when both record one.
 */
function firstEndAfter(ctx: DeadlineContext, match: Timescale['end'], from: TimelineEvent, strictlyAfter: boolean): TimelineEvent | undefined {
  return ctx.timeline.find((event) => matchesEvent(event, match) && event !== from
    && (strictlyAfter ? event.day > from.day : event.day >= from.day)
    && (event.epochMs === undefined || from.epochMs === undefined || event.epochMs >= from.epochMs));
}

function occurrence(ctx: DeadlineContext, timescale: Timescale, n: number, startEvent: TimelineEvent,
  rule: DueRule, citation: Citation, after: string, end: TimelineEvent | undefined): Deadline | null {
  const counting = rule.unit === 'working-days' ? (ctx.counting ?? rule.counting ?? 'start-excluded') : null;
  const countedRule: DueRule = { amount: rule.amount, unit: rule.unit, counting: counting ?? undefined, roll: timescale.roll };
  const due = dueDate(startEvent, countedRule, ctx.calendar);
  const standing = judge(ctx, due, end);
  if (!standing) return null;
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
    workingDaysRemaining: standing.workingDaysRemaining,
    workingDaysOverdue: standing.workingDaysOverdue,
    projected: due.projected,
    counting,
    amount: rule.amount,
    unit: rule.unit,
    explanation: explain(ctx, countedRule, counting, startEvent, due, after),
    citation,
    overdueFlag: timescale.overdueFlag ?? 'overdue',
  };
  if (timescale.notes !== undefined) deadline.notes = timescale.notes;
  return deadline;
}

/** One edition of a timescale, with the days it holds over as day numbers. */
interface Edition {
  timescale: Timescale;
  from: number;
  to: number;
}

interface TimescaleIndex {
  /** How many timescales the rule set has (editions of one timescale share its id). */
  groupCount: number;
  /** For each event type, the timescales it can start: the group's place, and its editions. */
  byStartType: Map<string, { group: number; editions: Edition[] }[]>;
}

const indexes = new WeakMap<RuleSet, TimescaleIndex>();

function timescaleIndex(ruleSet: RuleSet): TimescaleIndex {
  let index = indexes.get(ruleSet);
  if (!index) {
    const byId = new Map<string, Edition[]>();
    for (const timescale of ruleSet.timescales) {
      const [from, to] = periodOf(timescale);
      byId.set(timescale.id, [...(byId.get(timescale.id) ?? []), { timescale, from, to }]);
    }
    const byStartType: TimescaleIndex['byStartType'] = new Map();
    [...byId.values()].forEach((editions, group) => {
      for (const type of new Set(editions.map((e) => e.timescale.start.event))) {
        byStartType.set(type, [...(byStartType.get(type) ?? []), { group, editions }]);
      }
    });
    index = { groupCount: byId.size, byStartType };
    indexes.set(ruleSet, index);
  }
  return index;
}

interface Start {
  event: TimelineEvent;
  timescale: Timescale;
}

/**
 * Every time each timescale of the rule set applies to the case: one deadline per start
 * event, or for a repeating timescale a chain (the first due from the start, each later one
 * due a repeat interval after the last one met), until one is still unmet.
 */
export function caseDeadlines(ctx: DeadlineContext): Deadline[] {
  const deadlines: Deadline[] = [];
  // appliesWhen sees the case facts with `start` set to the start event, and only then.
  const { facts } = ctx;
  const applies = (timescale: Timescale, event: TimelineEvent): boolean => {
    if (timescale.appliesWhen === undefined) return true;
    facts.start = event.event;
    const holds = evaluateCondition(timescale.appliesWhen, facts);
    facts.start = null;
    return holds;
  };
  const { groupCount, byStartType } = timescaleIndex(ctx.ruleSet);
  // For each timescale, the events that start it, each with the edition in force on its day.
  const startsByGroup: (Start[] | undefined)[] = new Array(groupCount);
  for (const event of ctx.timeline) {
    for (const { group, editions } of byStartType.get(event.type) ?? []) {
      for (const { timescale, from, to } of editions) {
        if (from <= event.day && event.day <= to && matchesEvent(event, timescale.start)
          && (timescale.levels === undefined || timescale.levels.includes(ctx.currentLevel))
          && applies(timescale, event)) {
          (startsByGroup[group] ??= []).push({ event, timescale });
          break;
        }
      }
    }
  }
  for (let group = 0; group < groupCount; group += 1) {
    const starts = startsByGroup[group];
    if (!starts) continue;
    const first = starts[0] as Start; // a group is listed only once an event starts it
    const { timescale } = first;
    if (!timescale.repeat) {
      starts.forEach(({ event, timescale: t }, i) => {
        const found = occurrence(ctx, t, i + 1, event, t, t.citation, eventName(ctx.ruleSet, t.start.event),
          firstEndAfter(ctx, t.end, event, false));
        if (found) deadlines.push(found);
      });
      continue;
    }
    let from = first.event;
    let end = firstEndAfter(ctx, timescale.end, from, false);
    let n = 1;
    for (;;) {
      const rule = n === 1 ? timescale : timescale.repeat;
      const after = n === 1 ? eventName(ctx.ruleSet, timescale.start.event) : `the last ${eventName(ctx.ruleSet, timescale.end.event)}`;
      const found = occurrence(ctx, timescale, n, from, rule, n === 1 ? timescale.citation : timescale.repeat.citation, after, end);
      if (found) deadlines.push(found);
      if (!end) break;
      from = end;
      end = firstEndAfter(ctx, timescale.end, from, true);
      n += 1;
    }
  }
  return deadlines;
}
