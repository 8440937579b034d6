import { formatDate, formatDateOrInstant } from '../calendar/formatDate.js';
import type { CaseloadReport, GroupBreakdown, LevelCount, Timeliness, TimescaleTimeliness } from './caseloadReport.js';
import { escapeHtml as e, htmlDocument } from './htmlDocument.js';
import { onTimeChartSvg } from './onTimeChart.js';
import { sourceLines } from './sourceLines.js';
import { WARNING_IN_WORDS } from './warningInWords.js';

const percent = (value: number | null): string => (value === null ? '–' : `${value.toFixed(1)}%`);
const num = (value: number | string): string => `<td class="number">${e(String(value))}</td>`;

function table(caption: string, head: readonly string[], rows: readonly string[], numericFrom = 1): string {
  const th = head.map((h, i) => `<th scope="col"${i >= numericFrom ? ' class="number"' : ''}>${e(h)}</th>`).join('');
  return `<table><caption>${e(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

const TIMELINESS_HEAD = ['on time', 'met on time', 'met late', 'overdue', 'closed unmet', 'not required', 'due this week', 'open later'];
const timelinessCells = (t: Timeliness): string =>
  [percent(t.onTimePercent), t.metOnTime, t.metLate, t.overdue, t.closedUnmet, t.notRequired, t.dueThisWeek, t.open].map(num).join('');
const ON_TIME = 'on time = met on time ÷ (met on time + met late + overdue + closed unmet)';

function timescaleTable(caption: string, timescales: readonly TimescaleTimeliness[]): string {
  if (timescales.length === 0) return '<p>No deadlines.</p>';
  return table(caption, ['timescale', ...TIMELINESS_HEAD],
    timescales.map((t) => `<tr data-timescale="${e(t.timescale)}"><th scope="row">${e(t.title)}</th>${timelinessCells(t)}</tr>`));
}

function headline(report: CaseloadReport): string {
  const total = (field: 'overdue' | 'dueThisWeek'): number => report.timescales.reduce((n, t) => n + t[field], 0);
  const figure = (id: string, label: string, value: number): string =>
    `<div><dt>${e(label)}</dt><dd data-figure="${id}">${value}</dd></div>`;
  return `<section aria-labelledby="figures"><h2 id="figures">Headline figures</h2>
<dl class="figures">${figure('cases', 'Cases', report.records.evaluated)}${figure('overdue', 'Deadlines overdue now', total('overdue'))}${
  figure('due-this-week', `Due this week (to ${formatDate(report.weekEnds)})`, total('dueThisWeek'))}</dl>
${report.records.rejected > 0 ? `<p><strong>${report.records.rejected} of ${report.records.read} records could not be evaluated</strong> and are not counted: the command lists them by line.</p>` : ''}
${timescaleTable(`By timescale (${ON_TIME}; not required: the need ended before it fell due)`, report.timescales)}
</section>`;
}

async function monthly(report: CaseloadReport): Promise<string> {
  const svg = await onTimeChartSvg(report.byMonth, 'by-month-caption');
  const rows = report.byMonth.map((m) => `<tr><th scope="row">${e(m.title)}</th><td>${e(m.month)}</td>${
    [percent(m.onTimePercent), m.metOnTime, m.metLate, m.overdue, m.closedUnmet, m.notRequired].map(num).join('')}</tr>`);
  return `<section aria-labelledby="by-month"><h2 id="by-month">On time by the month deadlines fell due</h2>
${svg === null ? '<p>No deadline has been met or missed yet.</p>' : `<figure>${svg}<figcaption id="by-month-caption">Percentage of deadlines met on time, by the month they fell due, for each timescale. The table below gives the same figures.</figcaption></figure>`}
${rows.length === 0 ? '' : table('On time by month due (the chart’s figures)', ['timescale', 'month due', 'on time', 'met on time', 'met late', 'overdue', 'closed unmet', 'not required'], rows, 2)}
</section>`;
}

function overdueList(report: CaseloadReport): string {
  const grouped = report.overdue.some((o) => o.team !== undefined || o.worker !== undefined);
  const rows = report.overdue.map((o) => {
    const c = o.citation;
    const source = `${c.source}, ${c.section}${c.lines ? `, ${sourceLines(c.lines)}` : ''}`;
    return `<tr data-deadline="${e(o.deadline)}" data-case="${e(o.caseId)}"><th scope="row" class="nowrap">${e(o.caseId)}</th><td>${e(o.authority)}</td>${
      grouped ? `<td>${e(o.team ?? '')}</td><td>${e(o.worker ?? '')}</td>` : ''}<td>${e(o.title)}${o.deadline.includes('#') ? ` (${e(o.deadline.slice(o.deadline.indexOf('#')))})` : ''}</td><td class="nowrap">${
      e(formatDateOrInstant(o.due))}</td>${num(o.workingDaysOverdue)}<td>${o.severity === null ? '–' : `<span class="severity severity-${o.severity}">${o.severity}</span>`}</td><td><details><summary>${
      c.lines ? `quote, ${e(sourceLines(c.lines))}` : 'quote'}</summary><blockquote>${e(c.quote)}</blockquote><p class="note">${e(source)}</p></details><span class="print-only">${e(source)}</span></td></tr>`;
  });
  return `<section aria-labelledby="overdue"><h2 id="overdue">Overdue now, most working days first</h2>
${rows.length === 0 ? '<p>Nothing is overdue.</p>' : table(`${rows.length} overdue deadline${rows.length === 1 ? '' : 's'} (open a citation for the rule’s words)`,
    ['case', 'authority', ...(grouped ? ['team', 'worker'] : []), 'timescale', 'due', 'working days overdue', 'flag severity', 'rule'], rows, 99)}
</section>`;
}

function levelTable(authority: string, levels: readonly LevelCount[]): string {
  return table(`${authority}: cases by level (its own levels)`, ['level', 'cases at it', 'needs meet it'],
    levels.map((l) => `<tr><th scope="row">${l.level === null ? 'no threshold covers the needs' : `Level ${l.level}`}</th>${num(l.current)}${num(l.assessed)}</tr>`));
}

function byAuthority(report: CaseloadReport): string {
  return `<section aria-labelledby="by-authority"><h2 id="by-authority">By authority</h2>
<p>Each council’s levels mean different things, so levels are counted within each authority and never added across them.</p>
${report.authorities.map((a) => `<h3 id="authority-${e(a.authority)}">${e(a.authority)}: ${a.cases} case${a.cases === 1 ? '' : 's'}</h3>
${timescaleTable(`${a.authority}: on time by timescale`, a.timescales)}
${levelTable(a.authority, a.levels)}`).join('\n')}
</section>`;
}

function byGroup(report: CaseloadReport, by: GroupBreakdown['by']): string {
  const groups = report.groups.filter((g) => g.by === by);
  if (groups.length === 0) return '';
  return `<section aria-labelledby="by-${by}"><h2 id="by-${by}">By ${by}</h2>
${table(`Deadlines by ${by}, across all timescales`, [by, 'cases', ...TIMELINESS_HEAD],
    groups.map((g) => `<tr><th scope="row">${g.value === null ? `<em>no ${by} given</em>` : e(g.value)}</th>${num(g.cases)}${timelinessCells(g)}</tr>`))}
</section>`;
}

function warningsByCode(report: CaseloadReport): string {
  const warned = report.warnings.reduce((n, w) => n + w.warnings, 0);
  return `<section aria-labelledby="warnings"><h2 id="warnings">Warnings on the data, by code</h2>
<p>${warned === 0 ? 'No record gave a warning.' : `${warned} warning${warned === 1 ? '' : 's'} on the records, each where the data cannot tell, or gets wrong, something a deadline depends on. <code>batch</code> lists them case by case.`}</p>
${table('Warnings by code', ['code', 'what it means', 'warnings', 'cases'], report.warnings.map((w) =>
    `<tr data-warning="${w.code}"><th scope="row" class="nowrap"><code>${w.code}</code></th><td>${e(WARNING_IN_WORDS[w.code])}</td>${num(w.warnings)}${num(w.cases)}</tr>`), 2)}
</section>`;
}

/**
 * The caseload report as one self-contained HTML page for a team manager: headline figures, on
 * time by month (a chart with its table), the overdue list with each rule's words, and
 * breakdowns by authority, team and worker, and the warnings on the data by code. It prints to A4.
 */
export async function reportPage(report: CaseloadReport): Promise<string> {
  const title = `Caseload as of ${formatDate(report.asOf)}`;
  const sections = [headline(report), await monthly(report), overdueList(report), byAuthority(report), byGroup(report, 'team'), byGroup(report, 'worker'),
    warningsByCode(report)]
    .filter((s) => s !== '');
  const contents = [...sections.join('').matchAll(/<h2 id="([^"]+)">([^<]+)<\/h2>/g)]
    .map(([, id = '', heading = '']) => `<li><a href="#${id}">${heading}</a></li>`).join('');
  const { records } = report;
  return htmlDocument(title, `<header><h1>${e(title)}</h1>
<p>${records.read} records read: ${records.evaluated} evaluated, ${records.rejected} rejected. This week runs to ${formatDate(report.weekEnds)}.</p></header>
<nav aria-label="Contents"><ul>${contents}</ul></nav>
<main>
${sections.join('\n')}
</main>
<footer><p class="note">Written by early-help-rules from the councils’ published rule files. Each overdue row cites the passage its timescale comes from.</p></footer>`);
}
