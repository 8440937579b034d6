/**
 * Small helpers for the evaluator tests: case records with sensible defaults, a deadline
 * finder that fails loudly, and an independent day-by-day working-day oracle (NETWORKDAYS)
 * that only asks the calendar whether a single day is a working day.
 */
import {
  evaluateCase, isWorkingDay,
  type CaseRecordInput, type Deadline, type EvaluateOptions, type Evaluation, type Flag, type NeedProfile,
} from '../../src/index.js';

export type EventInput = CaseRecordInput['events'][number];
export type Authority = 'st-helens' | 'warrington' | 'york' | 'sefton';

/** Needs that give level 2 in St Helens (level-2-multi-agency): two agencies, additional needs. */
export const ST_HELENS_LEVEL_2: NeedProfile = { section47: 'none', section17: 'not-met', agencies: 2, complexity: 'additional' };

export const need = (section47: NeedProfile['section47'], section17: NeedProfile['section17'], agencies: number,
  complexity: NeedProfile['complexity']): NeedProfile => ({ section47, section17, agencies, complexity });

/**
 * A St Helens case at level 2 led by a partner agency, with consent, a born child and needs
 * that meet level 2, so that no case flag is raised unless a test asks for one.
 */
export function stHelensCase(events: EventInput[], overrides: Partial<CaseRecordInput> = {}): CaseRecordInput {
  return {
    id: 'SH-TEST',
    authority: 'st-helens',
    currentLevel: 2,
    lead: 'partner-agency',
    consent: { given: true, on: '2022-04-01' },
    child: { unborn: false, dateOfBirth: '2015-06-01' },
    needs: ST_HELENS_LEVEL_2,
    events,
    ...overrides,
  };
}

/** Any authority's case; the defaults are the St Helens ones, so pass needs that fit the level. */
export function caseIn(authority: Authority, overrides: Partial<CaseRecordInput> = {}): CaseRecordInput {
  return stHelensCase([], { id: `${authority.toUpperCase()}-TEST`, authority, ...overrides });
}

export function evaluate(record: CaseRecordInput, asOf: string, options: Omit<EvaluateOptions, 'asOf'> = {}): Evaluation {
  return evaluateCase(record, { asOf, ...options });
}

/** The deadline with this id; throws (failing the test) when it is missing. */
export function deadline(result: Evaluation, id: string): Deadline {
  const found = result.deadlines.filter((d) => d.id === id);
  if (found.length !== 1) {
    throw new Error(`expected one deadline ${id}, found ${found.length}; deadlines are ${result.deadlines.map((d) => d.id).join(', ')}`);
  }
  return found[0] as Deadline;
}

export const deadlineIds = (result: Evaluation): string[] => result.deadlines.map((d) => d.id);
export const flagCodes = (result: Evaluation): string[] => result.flags.map((f) => f.code);
export const flagsOf = (result: Evaluation, code: Flag['code']): Flag[] => result.flags.filter((f) => f.code === code);

// ---------------------------------------------------------------------------------------------
// An independent oracle: plain UTC date stepping, one day at a time.

const DAY_MS = 86_400_000;
const toMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The date n calendar days after `date`. */
export const plusDays = (date: string, n: number): string => fromMs(toMs(date) + n * DAY_MS);

/**
 * Excel's NETWORKDAYS(start, end): the working days d with start ≤ d ≤ end, both ends included,
 * counted one day at a time with nothing but `isWorkingDay`.
 */
export function networkDays(start: string, end: string, workingDay: (date: string) => boolean = isWorkingDay): number {
  let count = 0;
  for (let ms = toMs(start); ms <= toMs(end); ms += DAY_MS) if (workingDay(fromMs(ms))) count += 1;
  return count;
}

/** The working days d with from < d ≤ to, counted one day at a time (0 when to ≤ from). */
export function workingDaysAfter(from: string, to: string): number {
  return toMs(to) <= toMs(from) ? 0 : networkDays(plusDays(from, 1), to);
}

/** Excel's WORKDAY(start, n) for n ≥ 1, by walking: the n-th working day after start. */
export function naiveWorkday(start: string, n: number): string {
  let date = start;
  for (let left = n; left > 0;) {
    date = plusDays(date, 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** date-fns `addMonths` semantics, written out: the same day n months on, clamped to the month's last day. */
export function plusMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
