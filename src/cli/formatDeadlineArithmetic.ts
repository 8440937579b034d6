import { addDays } from '../calendar/addCalendarTime.js';
import type { WorkingDayCalendar } from '../calendar/createCalendar.js';
import { daysInMonth, fromDayNumber, partsFromDayNumber, toDayNumber, type IsoDate } from '../calendar/dayNumber.js';
import { describeDays, type DescribedDay } from '../calendar/describeDays.js';
import { formatDate } from '../calendar/formatDate.js';
import { instantToEpochMs, toLondonInstant } from '../calendar/londonInstant.js';
import type { Deadline } from '../evaluate/deadlines.js';
import { dueDate } from '../evaluate/dueDate.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import { formatCitation } from './formatCitation.js';
import { standing, when } from './formatEvaluation.js';
import { formatTable } from './formatTable.js';

/** What explain needs beside the deadline: the rule set's words and its working-day calendar. */
export interface ArithmeticContext {
  ruleSet: RuleSet;
  calendar: WorkingDayCalendar;
}

const UNIT_WORDS: Record<Deadline['unit'], [string, string]> = {
  'working-days': ['working day', 'working days'], days: ['calendar day', 'calendar days'], weeks: ['week', 'weeks'],
  months: ['month', 'months'], hours: ['hour', 'hours'],
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

const amount = (n: number, unit: Deadline['unit']): string => `${n} ${UNIT_WORDS[unit][n === 1 ? 0 : 1]}`;

function dayKind(day: DescribedDay, { ruleSet }: ArithmeticContext): string {
  switch (day.kind) {
    case 'working': return `working day ${day.workingDay}`;
    case 'weekend': return 'weekend';
    case 'bank-holiday': return `bank holiday: ${day.title}${day.projected ? ' (projected from the standing rules)' : ''}`;
    // The rule file says why the authority is closed; the calendar only knows that it is.
    case 'closure': return `closure day: ${ruleSet.calendar.closures.find((c) => c.date === day.date)?.reason ?? day.title}`;
  }
}

/** A table of the days from `from` to `to`, one a line, with `notes` added to the days they name. */
function walk(ctx: ArithmeticContext, from: IsoDate, to: IsoDate, notes: Record<IsoDate, string>, before: string[][] = []): string {
  const rows = describeDays(ctx.calendar, from, to).map((day) => [formatDate(day.date), `${dayKind(day, ctx)}${notes[day.date] ?? ''}`]);
  return formatTable(['date', 'counted as'], [...before, ...rows]);
}

function workingDays(d: Deadline, ctx: ArithmeticContext): string[] {
  const start = d.start;
  if (d.counting === 'dfe-census' || (d.counting === 'start-included' && ctx.calendar.isWorkingDay(start))) {
    return [d.counting === 'dfe-census'
      ? `Counting: the start day is day 1 whatever day it is, as the DfE census validator's CustomBusinessDay(${d.amount} - 1).`
      : `Counting: the start day is working day 1, as a spreadsheet's NETWORKDAYS(start, due) <= ${d.amount}.`,
      '', walk(ctx, start, d.due, { [start]: ' (the start)', [d.due]: ': due' })];
  }
  const convention = d.counting === 'start-included'
    ? 'the start day would count as day 1, as a spreadsheet\'s NETWORKDAYS does, but it is not a working day, so the count begins the day after'
    : `the start day is day 0 and is not counted, as Excel's WORKDAY(start, ${d.amount})`;
  return [`Counting: ${convention}.`, '',
    walk(ctx, addDays(start, 1), d.due, { [d.due]: ': due' }, [[formatDate(start), 'the start: day 0']])];
}

/** Days, weeks and months are calendar arithmetic: what was counted, and any clamping or roll. */
function calendarTime(d: Deadline, ctx: ArithmeticContext): string[] {
  const counted = fromDayNumber(dueDate({ day: toDayNumber(d.start) }, { amount: d.amount, unit: d.unit }, ctx.calendar.dayNumbers).day);
  const lines: string[] = [];
  if (d.unit === 'months') {
    const from = partsFromDayNumber(toDayNumber(d.start));
    const to = partsFromDayNumber(toDayNumber(counted));
    lines.push(to.day === from.day
      ? `Counting: ${amount(d.amount, 'months')} after ${formatDate(d.start)} is the same day of the month, ${formatDate(counted)}.`
      : `Counting: ${amount(d.amount, 'months')} after ${formatDate(d.start)} would be day ${from.day} of ${MONTHS[to.month - 1]} ${to.year}, `
        + `which has ${daysInMonth(to.year, to.month)} days, so it is the last day of that month, ${formatDate(counted)} (as date-fns addMonths).`);
  } else {
    const days = d.unit === 'weeks' ? 7 * d.amount : d.amount;
    lines.push(`Counting: ${d.unit === 'weeks' ? `${amount(d.amount, 'weeks')} are ${days} calendar days; ` : ''}`
      + `the start day is day 0, ${formatDate(addDays(d.start, 1))} is day 1 and ${formatDate(counted)} is day ${days}. `
      + 'Weekends and bank holidays count like any other day.');
  }
  if (counted !== d.due) {
    lines.push(`${formatDate(counted)} is not a working day, and the rule rolls the due date forward to the next one:`, '',
      walk(ctx, counted, d.due, { [counted]: ' (where the count ends)', [d.due]: ': due, the next working day' }));
  }
  return lines;
}

function hours(d: Deadline): string[] {
  if (d.start.length === 10) {
    const days = Math.ceil(d.amount / 24);
    return [`Counting: no time was recorded for the start, so the ${amount(d.amount, 'hours')} are counted in whole days: `
      + `${days} day${days === 1 ? '' : 's'} after ${formatDate(d.start)} is ${formatDate(d.due)}.`];
  }
  const start = toLondonInstant(instantToEpochMs(d.start));
  const offset = (instant: string): string => instant.slice(19);
  const lines = [`Counting: ${amount(d.amount, 'hours')} of elapsed time from ${when(start)} (London time${start === d.start ? '' : `; recorded as ${d.start}`}) end at ${when(d.due)}.`];
  if (offset(start) !== offset(d.due)) {
    const forward = offset(d.due) > offset(start);
    lines.push(`The clocks went ${forward ? 'forward' : 'back'} an hour in between (UTC${offset(start)} to UTC${offset(d.due)}), `
      + `so the due time is an hour ${forward ? 'later' : 'earlier'} on the clock than the start time.`);
  }
  return lines;
}

/**
 * The arithmetic behind one deadline, for a person checking it by hand: the rule, the start,
 * the count (day by day for working days; the calendar sum for days, weeks, months and hours),
 * the due date, where it stands, and the rule's citation with its quote.
 */
export function formatDeadlineArithmetic(d: Deadline, ctx: ArithmeticContext): string {
  const { ruleSet } = ctx;
  const startTerm = ruleSet.vocabulary.events[d.startEvent]?.term;
  const repeats = ruleSet.timescales.some((t) => t.id === d.timescale && t.repeat !== undefined);
  const out = [
    `${d.id}: ${d.title}`,
    `  Rule: within ${amount(d.amount, d.unit)}${d.occurrence === 1 ? '' : repeats ? ` (occurrence ${d.occurrence}: the repeat interval)`
      : ` (occurrence ${d.occurrence}: the timescale started again)`}`,
    `  Start: ${d.startEvent}${startTerm ? ` (${startTerm})` : ''} on ${when(d.start)}`,
    `  In short: ${d.explanation}`,
    '',
    ...(d.unit === 'working-days' ? workingDays(d, ctx) : d.unit === 'hours' ? hours(d) : calendarTime(d, ctx))
      .map((line) => line.replace(/^(?=.)/gm, '  ')),
    '',
    `  Due: ${when(d.due)}${d.projected ? ' (relies on bank holidays projected from the standing rules)' : ''}`,
    `  Status: ${standing(d)}`,
    `  Source: ${formatCitation(d.citation, ruleSet.sources.find((s) => s.id === d.citation.source))}`,
    `    “${d.citation.quote}”`,
  ];
  if (d.notes !== undefined) out.push(`  Notes: ${d.notes}`);
  return out.join('\n');
}
