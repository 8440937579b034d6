import { formatDate, formatDateOrInstant as due } from '../calendar/formatDate.js';
import type { CaseloadReport, TimescaleTimeliness } from '../pages/caseloadReport.js';
import { formatCsvLine } from './csvLine.js';
import { formatTable } from './formatTable.js';

/** A caseload report as a manager reads it in a terminal. */
export function formatCaseloadReport(report: CaseloadReport): string {
  const { records } = report;
  const out: string[] = [];
  out.push(`Caseload as of ${formatDate(report.asOf)} · ${records.read} records read: ${records.evaluated} evaluated, ${records.rejected} rejected`);
  out.push('');
  out.push(`Timeliness by timescale (due this week: ${formatDate(report.asOf)} to ${formatDate(report.weekEnds)}; on time = met on time / (met on time + met late + overdue + closed unmet))`);
  out.push(report.timescales.length === 0 ? '  no deadlines'
    : formatTable(['timescale', 'met on time', 'met late', 'open', 'due this week', 'overdue', 'not required', 'closed unmet', 'on time'],
      report.timescales.map((t) => [t.timescale, String(t.metOnTime), String(t.metLate), String(t.open), String(t.dueThisWeek),
        String(t.overdue), String(t.notRequired), String(t.closedUnmet), t.onTimePercent === null ? '–' : `${t.onTimePercent.toFixed(1)}%`])));
  out.push('');
  out.push('Levels');
  out.push(formatTable(['level', 'cases at it', 'needs meet it'],
    report.levels.map((l) => [l.level === null ? 'none' : String(l.level), String(l.current), String(l.assessed)])));
  out.push('');
  out.push('Recommended steps');
  out.push(formatTable(['step', 'cases'], report.recommendations.map((r) => [r.action, String(r.cases)])));
  out.push('');
  out.push('Overdue, most working days first');
  out.push(report.overdue.length === 0 ? '  none'
    : formatTable(['case', 'authority', 'deadline', 'due', 'working days overdue'],
      report.overdue.map((o) => [o.caseId, o.authority, o.deadline, due(o.due), String(o.workingDaysOverdue)])));
  out.push('');
  out.push('Warnings on the data, by code');
  const warned = report.warnings.filter((w) => w.warnings > 0);
  out.push(warned.length === 0 ? '  none'
    : formatTable(['warning', 'warnings', 'cases'], warned.map((w) => [w.code, String(w.warnings), String(w.cases)])));
  return out.join('\n');
}

/** The columns of the report as CSV. */
export const REPORT_CSV_COLUMNS = ['asOf', 'authority', 'groupBy', 'group', 'timescale', 'title', 'metOnTime', 'metLate', 'open', 'dueThisWeek',
  'overdue', 'notRequired', 'closedUnmet', 'onTimePercent'] as const;

/**
 * A caseload report as CSV: one tidy table, as a spreadsheet or a pivot table reads it. First a
 * row per authority and timescale (`groupBy` and `group` empty): the authority's totals. Then,
 * for each grouping column the records carry (`team`, then `worker`), a row per authority, value
 * of that column (empty for the records without one) and timescale. Each row has its counts and
 * the percentage on time (blank when no deadline was decided). Authorities are never added
 * together: their timescales are their own.
 */
export function caseloadReportCsv(report: CaseloadReport): string {
  const row = (authority: string, groupBy: string, group: string | null) => (t: TimescaleTimeliness): (string | number)[] => [report.asOf,
    authority, groupBy, group ?? '', t.timescale, t.title, t.metOnTime, t.metLate, t.open, t.dueThisWeek, t.overdue, t.notRequired,
    t.closedUnmet, t.onTimePercent === null ? '' : t.onTimePercent.toFixed(1)];
  const totals = report.authorities.flatMap(({ authority, timescales }) => timescales.map(row(authority, '', null)));
  const byGroup = report.groups.flatMap(({ by, value, authorities }) => authorities.map((a) => ({ by, value, ...a })))
    .sort((a, b) => (a.by === b.by ? (a.authority < b.authority ? -1 : a.authority > b.authority ? 1 : 0) : 0))
    .flatMap(({ by, value, authority, timescales }) => timescales.map(row(authority, by, value)));
  return [REPORT_CSV_COLUMNS, ...totals, ...byGroup].map((cells) => formatCsvLine(cells.map(String))).join('\n');
}
