import type { DayNumberCalendar } from '../calendar/createCalendar.js';
import { addMonthsToDayNumber } from '../calendar/addCalendarTime.js';
import { fromDayNumber, type IsoDate } from '../calendar/dayNumber.js';
import type { Evaluation } from '../evaluate/evaluateCase.js';
import type { EpisodeDates } from './episodeDates.js';
import { queries8569Q, queries8670Q, queries8675Q } from './validatorQueries.js';

/** The DfE's bands of table C2, in working days from an assessment's start to its authorisation. */
export const DURATION_BANDS = ['sameDay', '1-10', '11-20', '21-30', '31-40', '41-45', '46-50', '51-60', '61+'] as const;
export type DurationBand = (typeof DURATION_BANDS)[number];

/** Table C2: completed assessments by duration, with its percentiles and the share within 45 working days. */
export type AssessmentDuration = Record<DurationBand, number> & {
  /** Percentiles of the durations, in working days (linear interpolation, one decimal); null when none completed. */
  p25: number | null;
  median: number | null;
  p75: number | null;
  /** The percentage completed within 45 working days, one decimal; null when none completed. */
  within45: number | null;
};

export type ValidatorQueries = Record<'8670Q' | '8675Q' | '8569Q', string[]>;

/** The figures of a census return, in the shape `early-help-rules census --json` prints. */
export interface CensusFigures {
  referenceDate: IsoDate;
  authority: string | null;
  /** Episodes read and evaluated. */
  episodes: number;
  assessmentDuration: AssessmentDuration;
  /** Initial conferences held in the year within 15 working days of the section 47 start (statutory counting). */
  initialConferences: { met: number; total: number; late: string[] };
  /** Child protection review conferences held on time (Working Together: 3 months, then 6), as the evaluator judges them. */
  reviewConferences: { onTime: number; total: number; late: string[] };
  /** What the DfE's validator will query, under its own (`dfe-census`) counting. */
  validatorQueries: ValidatorQueries;
  /** The same rules under the statutory reading (start excluded, the reference date as it is). */
  statutoryReading: ValidatorQueries;
}

/** The band of a duration in working days. @example durationBand(0) // 'sameDay' */
export function durationBand(days: number): DurationBand {
  if (days <= 0) return 'sameDay';
  if (days <= 40) return DURATION_BANDS[Math.ceil(days / 10)] as DurationBand;
  if (days <= 45) return '41-45';
  if (days <= 50) return '46-50';
  return days <= 60 ? '51-60' : '61+';
}

/**
 * The p-th percentile of the values a histogram counts (value → how many), by linear
 * interpolation between the two nearest ranks: Excel's PERCENTILE.INC, numpy's default. The
 * DfE's statistics do not say which method they use, so this is a reading, and a figure may
 * differ from the published one by a fraction of a day.
 *
 * @example percentileOfCounts(new Map([[0, 1], [10, 1]]), 0.5) // 5
 */
export function percentileOfCounts(counts: ReadonlyMap<number, number>, p: number): number | null {
  const values = [...counts.keys()].sort((a, b) => a - b);
  const n = values.reduce((sum, v) => sum + (counts.get(v) ?? 0), 0);
  if (n === 0) return null;
  const rank = p * (n - 1);
  const at = (k: number): number => {
    let seen = 0;
    for (const v of values) {
      seen += counts.get(v) ?? 0;
      if (k < seen) return v;
    }
    return values[values.length - 1] as number;
  };
  const low = Math.floor(rank);
  const lower = at(low);
  return lower + (rank - low) * (at(Math.min(low + 1, n - 1)) - lower);
}

const oneDecimal = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

/**
 * The figures of a census return, gathered one episode at a time in flat memory: durations are
 * kept as a histogram, not a list. The collection year runs from the day after the reference date
 * a year before (1 April) to the reference date.
 */
export class CensusFiguresBuilder {
  readonly #calendar: DayNumberCalendar;
  readonly #reference: number;
  readonly #collectionStart: number;
  readonly #authority: string | null;
  #episodes = 0;
  readonly #durations = new Map<number, number>();
  readonly #conferences = { met: 0, total: 0, late: [] as string[] };
  readonly #reviews = { onTime: 0, total: 0, late: [] as string[] };
  readonly #dfe: ValidatorQueries = { '8670Q': [], '8675Q': [], '8569Q': [] };
  readonly #statutory: ValidatorQueries = { '8670Q': [], '8675Q': [], '8569Q': [] };

  constructor(reference: number, authority: string | null, calendar: DayNumberCalendar) {
    this.#calendar = calendar;
    this.#reference = reference;
    this.#collectionStart = addMonthsToDayNumber(reference, -12) + 1;
    this.#authority = authority;
  }

  /** Counts one episode, with its evaluation as of the reference date. */
  add(dates: EpisodeDates, evaluation: Evaluation): void {
    const calendar = this.#calendar;
    const inYear = (day: number | null): day is number => day !== null && day >= this.#collectionStart && day <= this.#reference;
    this.#episodes += 1;
    for (const a of dates.assessments) {
      if (!inYear(a.authorised)) continue;
      const days = calendar.workingDaysBetween(a.start, a.authorised); // a same-day assessment is 0
      this.#durations.set(days, (this.#durations.get(days) ?? 0) + 1);
    }
    for (const s of dates.enquiries) {
      if (!inYear(s.conference)) continue;
      this.#conferences.total += 1;
      if (s.conference <= calendar.addWorkingDays(s.start, 15)) this.#conferences.met += 1;
      else this.#conferences.late.push(dates.id);
    }
    for (const d of evaluation.deadlines) {
      if (d.timescale !== 'child-protection-review-conference' || (d.status !== 'met' && d.status !== 'met-late' && d.status !== 'overdue')) continue;
      this.#reviews.total += 1;
      if (d.status === 'met') this.#reviews.onTime += 1;
      else this.#reviews.late.push(`${dates.id} ${d.id}`);
    }
    const ask = (queries: ValidatorQueries, rule: keyof ValidatorQueries, raised: boolean): void => {
      if (raised && queries[rule].at(-1) !== dates.id) queries[rule].push(dates.id);
    };
    const reference = this.#reference;
    for (const a of dates.assessments) {
      if (a.start > reference) continue;
      const open = { start: a.start, authorised: a.authorised !== null && a.authorised <= reference ? a.authorised : null };
      ask(this.#dfe, '8670Q', queries8670Q(open, reference, 'dfe-census', calendar));
      ask(this.#statutory, '8670Q', queries8670Q(open, reference, 'start-excluded', calendar));
    }
    for (const s of dates.enquiries) {
      if (s.start > reference) continue;
      const open = { ...s, conference: s.conference !== null && s.conference <= reference ? s.conference : null };
      ask(this.#dfe, '8675Q', queries8675Q(open, reference, 'dfe-census', calendar));
      ask(this.#statutory, '8675Q', queries8675Q(open, reference, 'start-excluded', calendar));
    }
    const nfa = queries8569Q({ on: dates.referral, noFurtherAction: dates.noFurtherAction }, this.#collectionStart, calendar);
    ask(this.#dfe, '8569Q', nfa);
    ask(this.#statutory, '8569Q', nfa); // the same referrals: see queries8569Q
  }

  figures(): CensusFigures {
    const counts = Object.fromEntries(DURATION_BANDS.map((b) => [b, 0])) as Record<DurationBand, number>;
    let total = 0;
    let within45 = 0;
    for (const [days, n] of this.#durations) {
      counts[durationBand(days)] += n;
      total += n;
      if (days <= 45) within45 += n;
    }
    return {
      referenceDate: fromDayNumber(this.#reference),
      authority: this.#authority,
      episodes: this.#episodes,
      assessmentDuration: { ...counts, p25: oneDecimal(percentileOfCounts(this.#durations, 0.25)),
        median: oneDecimal(percentileOfCounts(this.#durations, 0.5)), p75: oneDecimal(percentileOfCounts(this.#durations, 0.75)),
        within45: total === 0 ? null : oneDecimal((100 * within45) / total) },
      initialConferences: this.#conferences,
      reviewConferences: this.#reviews,
      validatorQueries: this.#dfe,
      statutoryReading: this.#statutory,
    };
  }
}
