import { formatDate, formatDateOrInstant as due } from '../calendar/formatDate.js';
import type { CaseloadReport } from '../pages/caseloadReport.js';
import { formatCsvLine } from './csvLine.js';
import { formatTable } from './formatTable.js';

/** A caseload report as a manager reads it in a terminal. */
export function formatCaseloadReport(report: CaseloadReport): string {
  const { records } = report;
  const out: string[] = [];
  out.push(`Caseload as of ${formatDate(report.asOf)} · ${records.read} records read: ${records.evaluated} evaluated, ${records.rejected} rejected`);
  out.push('');
  out.push(`Timeliness by timescale (due this week: ${formatDate(report.asOf)} to ${formatDate(report.weekEnds)}; on time = met on time / (met on time + met late + overdue))`);
  out.push(report.timescales.length === 0 ? '  no deadlines'
    : formatTable(['timescale', 'met on time', 'met late', 'open', 'due this week', 'overdue', 'on time'],
      report.timescales.map((t) => [t.timescale, String(t.metOnTime), String(t.metLate), String(t.open), String(t.dueThisWeek),
        String(t.overdue), t.onTimePercent === null ? '–' : `${t.onTimePercent.toFixed(1)}%`])));
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
  return out.join('\n');
}

/**
 * A caseload report as CSV: five tables, each with its own header row, separated by one blank
 * line: the run (as of, week end, records), timescales, levels, recommended steps, overdue deadlines.
 */
export function caseloadReportCsv(report: CaseloadReport): string {
  const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
    [header, ...rows].map((row) => formatCsvLine(row.map(String))).join('\n');
  const { records } = report;
  return [
    table(['asOf', 'weekEnds', 'read', 'evaluated', 'rejected'], [[report.asOf, report.weekEnds, records.read, records.evaluated, records.rejected]]),
    table(['timescale', 'metOnTime', 'metLate', 'open', 'dueThisWeek', 'overdue', 'onTimePercent'],
      report.timescales.map((t) => [t.timescale, t.metOnTime, t.metLate, t.open, t.dueThisWeek, t.overdue, t.onTimePercent === null ? '' : t.onTimePercent.toFixed(1)])),
    table(['level', 'current', 'assessed'], report.levels.map((l) => [l.level ?? 'none', l.current, l.assessed])),
    table(['recommendation', 'cases'], report.recommendations.map((r) => [r.action, r.cases])),
    table(['caseId', 'authority', 'deadline', 'due', 'workingDaysOverdue', 'line'],
      report.overdue.map((o) => [o.caseId, o.authority, o.deadline, o.due, o.workingDaysOverdue, o.line])),
  ].join('\n\n');
}
