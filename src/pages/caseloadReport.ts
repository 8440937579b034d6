import { endOfWeek } from '../calendar/endOfWeek.js';
import type { IsoDate } from '../calendar/dayNumber.js';
import type { Citation } from '../rules/ruleFileSchema.js';
import { WARNING_CODES, type WarningCode } from '../evaluate/caseWarning.js';
import type { Evaluation } from '../evaluate/evaluateCase.js';
import type { Deadline } from '../evaluate/deadlines.js';
import type { Severity } from '../evaluate/flags.js';
import type { RecommendedAction } from '../evaluate/recommendation.js';

/**
 * How a set of deadlines stands. Every deadline falls in exactly one of the seven counts: met on
 * time, met late, overdue, not yet met and due this week (from the as-of date to the Sunday
 * ending its Monday-to-Sunday week) or later (`open`), not required (its need ended before it
 * fell due), or closed unmet (the case closed, or its need ended, after it fell due).
 */
export interface Timeliness {
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

/** How one timescale stands across the caseload. */
export interface TimescaleTimeliness extends Timeliness {
  timescale: string;
  /** The timescale's title in the rule file (the first one met, where authorities share a timescale id). */
  title: string;
}

/** How the deadlines of one timescale that fell due in one calendar month stand. */
export interface MonthTimeliness extends Timeliness {
  timescale: string;
  title: string;
  /** The month the deadlines fell due, `YYYY-MM`. */
  month: string;
}

/** Levels are counted within one authority only: a level 2 in one council is not a level 2 in another. */
export interface LevelCount {
  level: number | null;
  /** Cases at this level. */
  current: number;
  /** Cases whose needs meet this level. */
  assessed: number;
}

/** One authority's part of the caseload. */
export interface AuthorityBreakdown {
  authority: string;
  cases: number;
  timescales: TimescaleTimeliness[];
  levels: LevelCount[];
}

/**
 * The cases carrying one value of a grouping column (`team` or `worker`); `value` null for the
 * cases that give none. The counts are across all timescales; `authorities` splits them by
 * authority and timescale, since a team may work for more than one council.
 */
export interface GroupBreakdown extends Timeliness {
  by: 'team' | 'worker';
  value: string | null;
  cases: number;
  /** By authority id, in alphabetical order: the group's deadlines in each of its authorities' timescales. */
  authorities: { authority: string; timescales: TimescaleTimeliness[] }[];
}

/** An overdue deadline, for the list a manager works through. */
export interface OverdueDeadline {
  line: number;
  caseId: string;
  authority: string;
  team?: string;
  worker?: string;
  /** The deadline's id: the timescale, with `#n` for a repetition. */
  deadline: string;
  title: string;
  due: string;
  workingDaysOverdue: number;
  /** The severity of the flag it raised; null if it raised none. */
  severity: Severity | null;
  citation: Citation;
}

/** The caseload view a manager asks for. */
export interface CaseloadReport {
  asOf: IsoDate;
  /** The last day counted as "this week". */
  weekEnds: IsoDate;
  records: { read: number; evaluated: number; rejected: number };
  /** By timescale id, in alphabetical order. */
  timescales: TimescaleTimeliness[];
  /** By timescale id, then month; only months in which some deadline fell due. */
  byMonth: MonthTimeliness[];
  /** Levels 1–4, then null for needs no threshold covers: how many cases are at each, and how many have needs that meet it. */
  levels: LevelCount[];
  /** By authority id, in alphabetical order. */
  authorities: AuthorityBreakdown[];
  /** By `team`, then `worker`, each by value (null last): only the columns some record carries. */
  groups: GroupBreakdown[];
  recommendations: { action: RecommendedAction; cases: number }[];
  /** Most working days overdue first; ties in input order. Closed cases have no overdue work. */
  overdue: OverdueDeadline[];
  /** Every warning code, in the documented order, with how many warnings and how many cases gave it. */
  warnings: { code: WarningCode; warnings: number; cases: number }[];
}

const ACTIONS: readonly RecommendedAction[] = ['stay', 'step-up', 'step-down', 'close', 'none'];
const GROUP_COLUMNS = ['team', 'worker'] as const;

type Counts = Omit<Timeliness, 'onTimePercent'>;
const noCounts = (): Counts => ({ metOnTime: 0, metLate: 0, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0 });

function withPercent<T extends Counts>(counts: T): T & { onTimePercent: number | null } {
  const decided = counts.metOnTime + counts.metLate + counts.overdue + counts.closedUnmet;
  return { ...counts, onTimePercent: decided === 0 ? null : Math.round((counts.metOnTime / decided) * 1000) / 10 };
}

const byKey = <T>(key: (item: T) => string) => (a: T, b: T): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Counts of each timescale, created on first sight. */
class TimescaleCounts {
  readonly #counts = new Map<string, Counts & { timescale: string; title: string }>();

  get(deadline: Deadline): Counts {
    let counts = this.#counts.get(deadline.timescale);
    if (!counts) {
      counts = { timescale: deadline.timescale, title: deadline.title, ...noCounts() };
      this.#counts.set(deadline.timescale, counts);
    }
    return counts;
  }

  list(): TimescaleTimeliness[] {
    return [...this.#counts.values()].sort(byKey((t) => t.timescale)).map(withPercent);
  }
}

/** A group's counts across all timescales, and by authority and timescale. */
type GroupCounts = Counts & { cases: number; authorities: Map<string, TimescaleCounts> };

/** Cases at each level 1–4 (`current`), and whose needs meet each level 1–4 or none (`assessed`). */
class LevelCounts {
  readonly #current = [0, 0, 0, 0];
  readonly #assessed = [0, 0, 0, 0, 0];

  add(evaluation: Evaluation): void {
    // A case under the national rules alone has no level to count.
    const { current } = evaluation.level;
    if (current === null) return;
    this.#current[current - 1] = (this.#current[current - 1] ?? 0) + 1;
    const assessed = evaluation.level.assessed === null ? 4 : evaluation.level.assessed - 1;
    this.#assessed[assessed] = (this.#assessed[assessed] ?? 0) + 1;
  }

  list(): LevelCount[] {
    return [1, 2, 3, 4, null].map((level, i) => ({ level, current: this.#current[i] ?? 0, assessed: this.#assessed[i] ?? 0 }));
  }
}

/** Builds a {@link CaseloadReport} one evaluation at a time: only the counts and the overdue list are held. */
export class CaseloadReportBuilder {
  readonly #asOf: IsoDate;
  readonly #weekEnds: IsoDate;
  readonly #timescales = new TimescaleCounts();
  readonly #months = new Map<string, Counts & { timescale: string; title: string; month: string }>();
  readonly #levels = new LevelCounts();
  readonly #authorities = new Map<string, { cases: number; timescales: TimescaleCounts; levels: LevelCounts }>();
  readonly #groups = { team: new Map<string | null, GroupCounts>(), worker: new Map<string | null, GroupCounts>() };
  readonly #grouped = { team: false, worker: false };
  readonly #actions = new Map<RecommendedAction, number>(ACTIONS.map((a) => [a, 0]));
  readonly #overdue: OverdueDeadline[] = [];
  readonly #warnings = new Map<WarningCode, { warnings: number; cases: number }>(WARNING_CODES.map((c) => [c, { warnings: 0, cases: 0 }]));

  constructor(asOf: IsoDate) {
    this.#asOf = asOf;
    this.#weekEnds = endOfWeek(asOf);
  }

  #authority(id: string): { cases: number; timescales: TimescaleCounts; levels: LevelCounts } {
    let authority = this.#authorities.get(id);
    if (!authority) {
      authority = { cases: 0, timescales: new TimescaleCounts(), levels: new LevelCounts() };
      this.#authorities.set(id, authority);
    }
    return authority;
  }

  #group(column: 'team' | 'worker', value: string | undefined, authority: string): { counts: GroupCounts; timescales: TimescaleCounts } {
    if (value !== undefined) this.#grouped[column] = true;
    const key = value ?? null;
    let counts = this.#groups[column].get(key);
    if (!counts) {
      counts = { cases: 0, ...noCounts(), authorities: new Map() };
      this.#groups[column].set(key, counts);
    }
    let timescales = counts.authorities.get(authority);
    if (!timescales) {
      timescales = new TimescaleCounts();
      counts.authorities.set(authority, timescales);
    }
    return { counts, timescales };
  }

  #month(deadline: Deadline): Counts {
    // Instants are written in London time, so their first seven characters are the month in England.
    const month = deadline.due.slice(0, 7);
    const key = `${deadline.timescale} ${month}`;
    let counts = this.#months.get(key);
    if (!counts) {
      counts = { timescale: deadline.timescale, title: deadline.title, month, ...noCounts() };
      this.#months.set(key, counts);
    }
    return counts;
  }

  /** Adds one evaluated case, read from input line `line`. */
  add(line: number, evaluation: Evaluation): void {
    const authority = this.#authority(evaluation.authority);
    authority.cases += 1;
    const team = this.#group('team', evaluation.team, evaluation.authority);
    const worker = this.#group('worker', evaluation.worker, evaluation.authority);
    team.counts.cases += 1;
    worker.counts.cases += 1;
    for (const d of evaluation.deadlines) {
      const counted = [this.#timescales.get(d), authority.timescales.get(d), team.counts, team.timescales.get(d), worker.counts, worker.timescales.get(d)];
      let field: keyof Counts;
      switch (d.status) {
        case 'met': field = 'metOnTime'; break;
        case 'met-late': field = 'metLate'; break;
        case 'not-required': field = 'notRequired'; break;
        case 'closed-unmet': field = 'closedUnmet'; break;
        case 'overdue':
          field = 'overdue';
          this.#overdue.push(overdueDeadline(line, evaluation, d));
          break;
        // Not yet met nor due. Instants are written in London time, so their first ten characters are the date in England.
        default: field = d.due.slice(0, 10) <= this.#weekEnds ? 'dueThisWeek' : 'open';
      }
      if (field !== 'open' && field !== 'dueThisWeek') counted.push(this.#month(d));
      for (const counts of counted) counts[field] += 1;
    }
    this.#levels.add(evaluation);
    authority.levels.add(evaluation);
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
    const groups = GROUP_COLUMNS.filter((column) => this.#grouped[column]).flatMap((by) => [...this.#groups[by]]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
      .map(([value, { authorities, ...counts }]) => ({ ...withPercent({ by, value, ...counts }),
        authorities: [...authorities].sort(byKey(([id]) => id)).map(([authority, timescales]) => ({ authority, timescales: timescales.list() })) })));
    return {
      asOf: this.#asOf,
      weekEnds: this.#weekEnds,
      records,
      timescales: this.#timescales.list(),
      byMonth: [...this.#months.values()].sort(byKey((m) => `${m.timescale} ${m.month}`)).map(withPercent),
      levels: this.#levels.list(),
      authorities: [...this.#authorities].sort(byKey(([id]) => id))
        .map(([authority, a]) => ({ authority, cases: a.cases, timescales: a.timescales.list(), levels: a.levels.list() })),
      groups,
      recommendations: ACTIONS.map((action) => ({ action, cases: this.#actions.get(action) ?? 0 })),
      overdue: [...this.#overdue].sort((a, b) => b.workingDaysOverdue - a.workingDaysOverdue),
      warnings: WARNING_CODES.map((code) => ({ code, ...(this.#warnings.get(code) as { warnings: number; cases: number }) })),
    };
  }
}

function overdueDeadline(line: number, evaluation: Evaluation, d: Deadline): OverdueDeadline {
  const flag = evaluation.flags.find((f) => f.deadlineId === d.id);
  const row: OverdueDeadline = { line, caseId: evaluation.caseId, authority: evaluation.authority, deadline: d.id, title: d.title,
    due: d.due, workingDaysOverdue: d.workingDaysOverdue, severity: flag?.severity ?? null, citation: d.citation };
  if (evaluation.team !== undefined) row.team = evaluation.team;
  if (evaluation.worker !== undefined) row.worker = evaluation.worker;
  return row;
}
