import { endOfWeek } from '../calendar/endOfWeek.js';
import type { IsoDate } from '../calendar/dayNumber.js';
import { WARNING_CODES, type WarningCode } from '../evaluate/caseWarning.js';
import type { Evaluation } from '../evaluate/evaluateCase.js';
import type { RecommendedAction } from '../evaluate/recommendation.js';

/**
 * How one timescale stands across the caseload. Every deadline falls in exactly one of the
 * seven counts: met on time, met late, overdue, not yet met and due this week (from the as-of
 * date to the Sunday ending its Monday-to-Sunday week) or later (`open`), not required (its
 * need ended before it fell due), or closed unmet (the case closed, or its need ended, after it fell due).
 */
export interface TimescaleTimeliness {
  timescale: string;
  metOnTime: number;
  metLate: number;
  open: number;
  dueThisWeek: number;
  overdue: number;
  notRequired: number;
  closedUnmet: number;
  /** metOnTime / (metOnTime + metLate + overdue + closedUnmet) as a percentage to one decimal place; null when none of those. */
  onTimePercent: number | null;
}

/** An overdue deadline, for the list a manager works through. */
export interface OverdueDeadline {
  line: number;
  caseId: string;
  authority: string;
  /** The deadline's id: the timescale, with `#n` for a repetition. */
  deadline: string;
  due: string;
  workingDaysOverdue: number;
}

/** The caseload view a manager asks for. */
export interface CaseloadReport {
  asOf: IsoDate;
  /** The last day counted as "this week". */
  weekEnds: IsoDate;
  records: { read: number; evaluated: number; rejected: number };
  /** By timescale id, in alphabetical order. */
  timescales: TimescaleTimeliness[];
  /** The same counts for each authority apart (levels and timescales are the authority's own), by authority then timescale. */
  timescalesByAuthority: (TimescaleTimeliness & { authority: string })[];
  /** Levels 1–4, then null for needs no threshold covers: how many cases are at each, and how many have needs that meet it. */
  levels: { level: number | null; current: number; assessed: number }[];
  recommendations: { action: RecommendedAction; cases: number }[];
  /** Most working days overdue first; ties in input order. Closed cases have no overdue work. */
  overdue: OverdueDeadline[];
  /** Every warning code, in the documented order, with how many warnings and how many cases gave it. */
  warnings: { code: WarningCode; warnings: number; cases: number }[];
}

const ACTIONS: readonly RecommendedAction[] = ['stay', 'step-up', 'step-down', 'close'];

const byTimescale = (a: { timescale: string }, b: { timescale: string }): number => (a.timescale < b.timescale ? -1 : a.timescale > b.timescale ? 1 : 0);

/** The counts with the percentage on time, to one decimal place. */
function withPercent(t: Omit<TimescaleTimeliness, 'onTimePercent'>): TimescaleTimeliness {
  const decided = t.metOnTime + t.metLate + t.overdue + t.closedUnmet;
  return { ...t, onTimePercent: decided === 0 ? null : Math.round((t.metOnTime / decided) * 1000) / 10 };
}

/** Builds a {@link CaseloadReport} one evaluation at a time: only the counts and the overdue list are held. */
export class CaseloadReportBuilder {
  readonly #asOf: IsoDate;
  readonly #weekEnds: IsoDate;
  /** By authority, then by timescale. */
  readonly #counts = new Map<string, Map<string, Omit<TimescaleTimeliness, 'onTimePercent'>>>();
  readonly #current = [0, 0, 0, 0];
  readonly #assessed = [0, 0, 0, 0, 0];
  readonly #actions = new Map<RecommendedAction, number>(ACTIONS.map((a) => [a, 0]));
  readonly #overdue: OverdueDeadline[] = [];
  readonly #warnings = new Map<WarningCode, { warnings: number; cases: number }>(WARNING_CODES.map((c) => [c, { warnings: 0, cases: 0 }]));

  constructor(asOf: IsoDate) {
    this.#asOf = asOf;
    this.#weekEnds = endOfWeek(asOf);
  }

  /** Adds one evaluated case, read from input line `line`. */
  add(line: number, evaluation: Evaluation): void {
    let timescales = this.#counts.get(evaluation.authority);
    if (!timescales) {
      timescales = new Map();
      this.#counts.set(evaluation.authority, timescales);
    }
    for (const d of evaluation.deadlines) {
      let counts = timescales.get(d.timescale);
      if (!counts) {
        counts = { timescale: d.timescale, metOnTime: 0, metLate: 0, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0 };
        timescales.set(d.timescale, counts);
      }
      switch (d.status) {
        case 'met': counts.metOnTime += 1; break;
        case 'met-late': counts.metLate += 1; break;
        case 'not-required': counts.notRequired += 1; break;
        case 'closed-unmet': counts.closedUnmet += 1; break;
        case 'overdue':
          counts.overdue += 1;
          this.#overdue.push({ line, caseId: evaluation.caseId, authority: evaluation.authority, deadline: d.id, due: d.due,
            workingDaysOverdue: d.workingDaysOverdue });
          break;
        default:
          // Not yet met nor due. Instants are written in London time, so their first ten characters are the date in England.
          if (d.due.slice(0, 10) <= this.#weekEnds) counts.dueThisWeek += 1;
          else counts.open += 1;
      }
    }
    // A case under the national rules alone has no level to count.
    const current = evaluation.level.current;
    if (current !== null) {
      this.#current[current - 1] = (this.#current[current - 1] ?? 0) + 1;
      const assessed = evaluation.level.assessed === null ? 4 : evaluation.level.assessed - 1;
      this.#assessed[assessed] = (this.#assessed[assessed] ?? 0) + 1;
    }
    const codes = new Set<WarningCode>();
    for (const { code } of evaluation.warnings) {
      const counts = this.#warnings.get(code) as { warnings: number; cases: number };
      counts.warnings += 1;
      if (!codes.has(code)) counts.cases += 1;
      codes.add(code);
    }
    const action = evaluation.recommendation.action;
    this.#actions.set(action, (this.#actions.get(action) ?? 0) + 1);
  }

  /** The report, with the counts of records read, evaluated and rejected. */
  report(records: CaseloadReport['records']): CaseloadReport {
    const totals = new Map<string, Omit<TimescaleTimeliness, 'onTimePercent'>>();
    for (const timescales of this.#counts.values()) {
      for (const t of timescales.values()) {
        const total = totals.get(t.timescale) ?? { timescale: t.timescale, metOnTime: 0, metLate: 0, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0 };
        totals.set(t.timescale, { timescale: t.timescale, metOnTime: total.metOnTime + t.metOnTime, metLate: total.metLate + t.metLate,
          open: total.open + t.open, dueThisWeek: total.dueThisWeek + t.dueThisWeek, overdue: total.overdue + t.overdue,
          notRequired: total.notRequired + t.notRequired, closedUnmet: total.closedUnmet + t.closedUnmet });
      }
    }
    const timescales = [...totals.values()].sort(byTimescale).map(withPercent);
    const timescalesByAuthority = [...this.#counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([authority, counts]) => [...counts.values()].sort(byTimescale).map((t) => ({ authority, ...withPercent(t) })));
    return {
      asOf: this.#asOf,
      weekEnds: this.#weekEnds,
      records,
      timescales,
      timescalesByAuthority,
      levels: [1, 2, 3, 4, null].map((level, i) => ({ level, current: this.#current[i] ?? 0, assessed: this.#assessed[i] ?? 0 })),
      recommendations: ACTIONS.map((action) => ({ action, cases: this.#actions.get(action) ?? 0 })),
      overdue: [...this.#overdue].sort((a, b) => b.workingDaysOverdue - a.workingDaysOverdue),
      warnings: WARNING_CODES.map((code) => ({ code, ...(this.#warnings.get(code) as { warnings: number; cases: number }) })),
    };
  }
}
