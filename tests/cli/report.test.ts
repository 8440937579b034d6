import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin } from '../support/runBin.js';

const dir = mkdtempSync(join(tmpdir(), 'ehr-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/*
 * examples/caseload.jsonl as of Monday 24 February 2025, by hand. "This week" runs to Sunday
 * 2 March. Working days skip weekends and 25, 26 Dec and 1 Jan.
 *
 * line 1  SH-2025-0142 st-helens, at level 2; section 17 met → level 3 in St Helens → step up.
 *         mash-screening-level-2 due Fri 6 Dec, met Thu 5 Dec: on time. ehat-completion due Wed 8 Jan,
 *         met Mon 6 Jan: on time. child-seen-alone due Mon 6 Jan, seen Mon 16 Dec: on time; #2 due
 *         Mon 13 Jan, seen Fri 10 Jan: on time; #3 due Fri 7 Feb, not seen: overdue by 11 working
 *         days (10–14, 17–21 Feb and the 24th). family-action-meeting due Tue 14 Jan, held Mon 13 Jan:
 *         on time. family-action-plan-circulated due Mon 27 Jan, circulated Wed 29 Jan: late.
 *         family-action-plan-review due Thu 13 Feb, none held: overdue by 7 (14, 17–21 and 24 Feb).
 * line 2  W-3317 warrington, level 2; multi-agency multiple needs → level 3 in Warrington → step up.
 *         Its events are in March, after the as-of date: no deadlines yet.
 * line 3  Y-0907 york, level 3; section 17 met → level 4 in York → step up. Events from April: none yet.
 * line 4  S-5521 sefton, level 4; section 17 met → level 4 → stay. Events from October: none yet.
 * line 5  SH-2025-0188 st-helens, level 2; two agencies, additional needs → level 2 → stay.
 *         pre-birth-assessment due Thu 6 Mar: open (next week). family-action-meeting decided Mon 3 Feb,
 *         due 15 working days later, Mon 24 Feb: due this week.
 * line 6  SH-2025-0203 st-helens, level 2; section 47 likely → level 4 → step up.
 *         child-seen-alone, 20 working days from Mon 27 Jan, due Mon 24 Feb: due this week.
 *         ehat-completion, 30 days from Mon 27 Jan, due Wed 26 Feb: due this week.
 * line 7  SH-2024-0977 st-helens, level 2; no agencies, no needs → level 1 → close.
 *         ehat-completion due Wed 2 Oct 2024, met Fri 27 Sep: on time. child-seen-alone due Mon 30 Sep
 *         2024, never seen: overdue by 102 working days (Oct 23 + Nov 21 + Dec 20 + Jan 22 + Feb 16).
 *         ehat-action-plan-review due Sun 27 Oct, reviewed Fri 25 Oct: on time; #2 due Sat 25 Jan,
 *         reviewed Fri 17 Jan: on time; #3 due Thu 17 Apr: open.
 * line 8  W-3402 warrington, level 3; four agencies, complex needs → level 3 → stay. No events.
 * line 9  Y-1120 york, level 2; one agency, additional needs → level 2; closed Fri 14 Feb → close.
 *         Its assessment was not yet due at closure: no deadlines.
 * line 10 S-5590 sefton, level 3; one agency, additional needs → level 2 → step down. Sefton sets no
 *         early help timescale: no deadlines.
 */
// The timescales' titles in rules/st-helens.json.
const T = {
  seen: { timescale: 'child-seen-alone', title: 'Lead Professional sees the child, spoken to alone' },
  review: { timescale: 'ehat-action-plan-review', title: 'Early Help Assessment Action Plan reviewed (single agency, no Family Action Meeting)' },
  ehat: { timescale: 'ehat-completion', title: 'Early Help Assessment (EHAT) completed' },
  meeting: { timescale: 'family-action-meeting', title: 'Family Action Meeting held after the decision to convene it' },
  circulated: { timescale: 'family-action-plan-circulated', title: 'Family Action Plan circulated to those without EHAT access' },
  planReview: { timescale: 'family-action-plan-review', title: 'Family Action Plan reviewed at a Family Action Review Meeting' },
  mash: { timescale: 'mash-screening-level-2', title: 'MASH screening of a contact received as Level 2' },
};
const levels = (current: number[], assessed: number[]): unknown[] =>
  [1, 2, 3, 4].map((level, i) => ({ level, current: current[i], assessed: assessed[i] })).concat({ level: null, current: 0, assessed: 0 } as never);
const EXPECTED = {
  asOf: '2025-02-24',
  weekEnds: '2025-03-02',
  records: { read: 10, evaluated: 10, rejected: 0 },
  timescales: [
    // lines 1 (on time ×2, #3 overdue), 7 (overdue), 6 (due this week): 2 / (2 + 0 + 2) = 50%
    { timescale: 'child-seen-alone', title: "Lead Professional sees the child, spoken to alone", metOnTime: 2, metLate: 0, open: 0, dueThisWeek: 1, overdue: 2, notRequired: 0, closedUnmet: 0, onTimePercent: 50 },
    // line 7: two reviews on time, #3 open
    { timescale: 'ehat-action-plan-review', title: "Early Help Assessment Action Plan reviewed (single agency, no Family Action Meeting)", metOnTime: 2, metLate: 0, open: 1, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 },
    // lines 1 and 7 on time; line 6 due this week
    { timescale: 'ehat-completion', title: "Early Help Assessment (EHAT) completed", metOnTime: 2, metLate: 0, open: 0, dueThisWeek: 1, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 },
    // line 1 on time; line 5 due this week
    { timescale: 'family-action-meeting', title: "Family Action Meeting held after the decision to convene it", metOnTime: 1, metLate: 0, open: 0, dueThisWeek: 1, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 },
    // line 1, late: 0 / 1
    { timescale: 'family-action-plan-circulated', title: "Family Action Plan circulated to those without EHAT access", metOnTime: 0, metLate: 1, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 0 },
    // line 1, overdue: 0 / 1
    { timescale: 'family-action-plan-review', title: "Family Action Plan reviewed at a Family Action Review Meeting", metOnTime: 0, metLate: 0, open: 0, dueThisWeek: 0, overdue: 1, notRequired: 0, closedUnmet: 0, onTimePercent: 0 },
    // line 1, on time
    { timescale: 'mash-screening-level-2', title: "MASH screening of a contact received as Level 2", metOnTime: 1, metLate: 0, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 },
    // line 5, open: nothing decided yet, so no percentage
    { timescale: 'pre-birth-assessment', title: "Early Help Pre-Birth Assessment completed", metOnTime: 0, metLate: 0, open: 1, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: null },
  ],
  // Each decided deadline (met, met late, overdue) by the month it fell due, from the working above.
  byMonth: [
    { ...T.seen, month: '2024-09', metOnTime: 0, metLate: 0, open: 0, dueThisWeek: 0, overdue: 1, notRequired: 0, closedUnmet: 0, onTimePercent: 0 }, // line 7, due Mon 30 Sep
    { ...T.seen, month: '2025-01', metOnTime: 2, metLate: 0, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 }, // line 1, 6 and 13 Jan
    { ...T.seen, month: '2025-02', metOnTime: 0, metLate: 0, open: 0, dueThisWeek: 0, overdue: 1, notRequired: 0, closedUnmet: 0, onTimePercent: 0 }, // line 1 #3, 7 Feb
    { ...T.review, month: '2024-10', metOnTime: 1, metLate: 0, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 }, // line 7, 27 Oct
    { ...T.review, month: '2025-01', metOnTime: 1, metLate: 0, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 }, // line 7 #2, 25 Jan
    { ...T.ehat, month: '2024-10', metOnTime: 1, metLate: 0, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 }, // line 7, 2 Oct
    { ...T.ehat, month: '2025-01', metOnTime: 1, metLate: 0, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 }, // line 1, 8 Jan
    { ...T.meeting, month: '2025-01', metOnTime: 1, metLate: 0, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 }, // line 1, 14 Jan
    { ...T.circulated, month: '2025-01', metOnTime: 0, metLate: 1, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 0 }, // line 1, 27 Jan
    { ...T.planReview, month: '2025-02', metOnTime: 0, metLate: 0, open: 0, dueThisWeek: 0, overdue: 1, notRequired: 0, closedUnmet: 0, onTimePercent: 0 }, // line 1, 13 Feb
    { ...T.mash, month: '2024-12', metOnTime: 1, metLate: 0, open: 0, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: 100 }, // line 1, 6 Dec
  ],
  levels: [
    { level: 1, current: 0, assessed: 1 }, // assessed: line 7
    { level: 2, current: 6, assessed: 3 }, // current: lines 1, 2, 5, 6, 7, 9; assessed: lines 5, 9, 10
    { level: 3, current: 3, assessed: 3 }, // current: lines 3, 8, 10; assessed: lines 1, 2, 8
    { level: 4, current: 1, assessed: 3 }, // current: line 4; assessed: lines 3, 4, 6
    { level: null, current: 0, assessed: 0 },
  ],
  // Levels within each authority only. Sefton: lines 4 (at 4, needs 4) and 10 (at 3, needs 2). St Helens: lines 1 (at 2,
  // needs 3), 5 (2, 2), 6 (2, 4), 7 (2, 1). Warrington: lines 2 (at 2, needs 3), 8 (3, 3). York: lines 3 (at 3, needs 4), 9 (2, 2).
  authorities: [
    { authority: 'sefton', cases: 2, timescales: [], levels: levels([0, 0, 1, 1], [0, 1, 0, 1]) },
    { authority: 'st-helens', cases: 4, timescales: [] as unknown[] /* below */, levels: levels([0, 4, 0, 0], [1, 1, 1, 1]) },
    { authority: 'warrington', cases: 2, timescales: [], levels: levels([0, 1, 1, 0], [0, 0, 2, 0]) },
    { authority: 'york', cases: 2, timescales: [], levels: levels([0, 1, 1, 0], [0, 1, 0, 1]) },
  ],
  // No record carries a team or a worker.
  groups: [],
  recommendations: [
    { action: 'stay', cases: 3 }, // lines 4, 5, 8
    { action: 'step-up', cases: 4 }, // lines 1, 2, 3, 6
    { action: 'step-down', cases: 1 }, // line 10
    { action: 'close', cases: 2 }, // lines 7, 9
    { action: 'none', cases: 0 }, // no case is under the national rules alone
  ],
  overdue: [
    { line: 7, caseId: 'SH-2024-0977', authority: 'st-helens', deadline: 'child-seen-alone', due: '2024-09-30', workingDaysOverdue: 102, title: T.seen.title, severity: 'high', citation: expect.objectContaining({ source: 'st-helens-standards-2022', lines: '293' }) },
    { line: 1, caseId: 'SH-2025-0142', authority: 'st-helens', deadline: 'child-seen-alone#3', due: '2025-02-07', workingDaysOverdue: 11, title: T.seen.title, severity: 'high', citation: expect.objectContaining({ source: 'st-helens-standards-2022', lines: '293' }) },
    { line: 1, caseId: 'SH-2025-0142', authority: 'st-helens', deadline: 'family-action-plan-review', due: '2025-02-13', workingDaysOverdue: 7, title: T.planReview.title, severity: 'medium', citation: expect.objectContaining({ source: 'st-helens-standards-2022', lines: '338' }) },
  ],
  // No record of the example caseload gives a warning; every code is listed all the same.
  warnings: ['duplicate-event', 'missing-attribute', 'end-before-start', 'out-of-order', 'no-rule-in-force', 'date-far-from-others',
    'closed-with-deadlines-open'].map((code) => ({ code, warnings: 0, cases: 0 })),
};
// Every deadline in the caseload is St Helens's: its timescales are the caseload's.
(EXPECTED.authorities[1] as { timescales: unknown[] }).timescales = EXPECTED.timescales;

describe('early-help-rules report (the built bin)', () => {
  it('gives the figures worked out by hand for examples/caseload.jsonl as of Mon 24 Feb 2025, as JSON', () => {
    const run = runBin(['report', 'examples/caseload.jsonl', '--as-of', '2025-02-24', '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('10 records read: 10 evaluated, 0 rejected\n');
    expect(JSON.parse(run.stdout)).toEqual(EXPECTED);
  });

  it('prints the tables for a manager', () => {
    const run = runBin(['report', 'examples/caseload.jsonl', '--as-of', '2025-02-24']);
    expect(run.status).toBe(0);
    const text = run.stdout;
    expect(text).toContain('Caseload as of Mon 24 Feb 2025 · 10 records read: 10 evaluated, 0 rejected');
    expect(text).toContain('due this week: Mon 24 Feb 2025 to Sun 2 Mar 2025; on time = met on time / (met on time + met late + overdue + closed unmet)');
    expect(text).toMatch(/\n {2}timescale +met on time +met late +open +due this week +overdue +not required +closed unmet +on time\n/);
    expect(text).toMatch(/\n {2}child-seen-alone +2 +0 +0 +1 +2 +0 +0 +50\.0%\n/);
    expect(text).toMatch(/\n {2}pre-birth-assessment +0 +0 +1 +0 +0 +0 +0 +–\n/);
    expect(text).toMatch(/\n {2}2 +6 +3\n/);
    expect(text).toMatch(/\n {2}step-up +4\n/);
    expect(text).toMatch(/Overdue, most working days first\n {2}case .*\n {2}SH-2024-0977 +st-helens +child-seen-alone +Mon 30 Sep 2024 +102\n {2}SH-2025-0142 +st-helens +child-seen-alone#3 +Fri 7 Feb 2025 +11\n {2}SH-2025-0142 +st-helens +family-action-plan-review +Thu 13 Feb 2025 +7\n\nWarnings on the data, by code\n {2}none\n$/);
  });

  it('writes one tidy CSV table with --csv: a row per authority and timescale, the same counts as the JSON; no groups when no record has one', () => {
    const run = runBin(['report', 'examples/caseload.jsonl', '--as-of', '2025-02-24', '--csv']);
    expect(run.status).toBe(0);
    // Only St Helens has deadlines by 24 Feb (see above): its eight timescales, in the order of the JSON.
    expect(run.stdout).toBe(`${[
      'asOf,authority,groupBy,group,timescale,title,metOnTime,metLate,open,dueThisWeek,overdue,notRequired,closedUnmet,onTimePercent',
      '2025-02-24,st-helens,,,child-seen-alone,"Lead Professional sees the child, spoken to alone",2,0,0,1,2,0,0,50.0',
      '2025-02-24,st-helens,,,ehat-action-plan-review,"Early Help Assessment Action Plan reviewed (single agency, no Family Action Meeting)",2,0,1,0,0,0,0,100.0',
      '2025-02-24,st-helens,,,ehat-completion,Early Help Assessment (EHAT) completed,2,0,0,1,0,0,0,100.0',
      '2025-02-24,st-helens,,,family-action-meeting,Family Action Meeting held after the decision to convene it,1,0,0,1,0,0,0,100.0',
      '2025-02-24,st-helens,,,family-action-plan-circulated,Family Action Plan circulated to those without EHAT access,0,1,0,0,0,0,0,0.0',
      '2025-02-24,st-helens,,,family-action-plan-review,Family Action Plan reviewed at a Family Action Review Meeting,0,0,0,0,1,0,0,0.0',
      '2025-02-24,st-helens,,,mash-screening-level-2,MASH screening of a contact received as Level 2,1,0,0,0,0,0,0,100.0',
      '2025-02-24,st-helens,,,pre-birth-assessment,Early Help Pre-Birth Assessment completed,0,0,1,0,0,0,0,',
    ].join('\n')}\n`);
    // --out writes the same bytes to a file.
    const out = join(dir, 'report.csv');
    expect(runBin(['report', 'examples/caseload.jsonl', '--as-of', '2025-02-24', '--csv', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(run.stdout);
  });

  it('adds to the CSV a row per authority, team or worker, and timescale, with the records\' own groups', () => {
    // Lines 1, 5 and 7 of the caseload (see above), all St Helens. Line 1 (SH-2025-0142): team North, worker Ann.
    // Line 5 (SH-2025-0188): no team, worker Bea. Line 7 (SH-2024-0977): team North, no worker.
    const caseload = readFileSync('examples/caseload.jsonl', 'utf8').trim().split('\n');
    const withGroups = (line: number, groups: object): string => JSON.stringify({ ...JSON.parse(caseload[line - 1] as string) as object, ...groups });
    const input = [withGroups(1, { team: 'North', worker: 'Ann' }), withGroups(5, { worker: 'Bea' }), withGroups(7, { team: 'North' })].join('\n');
    const run = runBin(['report', '-', '--format', 'jsonl', '--as-of', '2025-02-24', '--csv'], { input: `${input}\n` });
    expect(run.status).toBe(0);
    const rows = (authority: string, groupBy: string, group: string, counts: string[]): string[] => counts.map((c) => {
      const [id, ...rest] = c.split(',');
      const t = Object.values(T).find((x) => x.timescale === id) ?? { timescale: id, title: 'Early Help Pre-Birth Assessment completed' };
      return ['2025-02-24', authority, groupBy, group, id, t.title.includes(',') ? `"${t.title}"` : t.title, ...rest].join(',');
    });
    // Counts: metOnTime, metLate, open, dueThisWeek, overdue, notRequired, closedUnmet, onTimePercent.
    expect(run.stdout).toBe(`${[
      'asOf,authority,groupBy,group,timescale,title,metOnTime,metLate,open,dueThisWeek,overdue,notRequired,closedUnmet,onTimePercent',
      // St Helens's totals: lines 1, 5 and 7 together.
      ...rows('st-helens', '', '', [
        'child-seen-alone,2,0,0,0,2,0,0,50.0', // line 1 on time ×2 and #3 overdue, line 7 overdue: 2 / 4
        'ehat-action-plan-review,2,0,1,0,0,0,0,100.0', // line 7: two on time, #3 open
        'ehat-completion,2,0,0,0,0,0,0,100.0', // lines 1 and 7
        'family-action-meeting,1,0,0,1,0,0,0,100.0', // line 1 on time, line 5 due this week
        'family-action-plan-circulated,0,1,0,0,0,0,0,0.0', // line 1, late
        'family-action-plan-review,0,0,0,0,1,0,0,0.0', // line 1, overdue
        'mash-screening-level-2,1,0,0,0,0,0,0,100.0', // line 1
        'pre-birth-assessment,0,0,1,0,0,0,0,', // line 5, open
      ]),
      // Team North (lines 1 and 7): the same as the totals without line 5.
      ...rows('st-helens', 'team', 'North', ['child-seen-alone,2,0,0,0,2,0,0,50.0', 'ehat-action-plan-review,2,0,1,0,0,0,0,100.0',
        'ehat-completion,2,0,0,0,0,0,0,100.0', 'family-action-meeting,1,0,0,0,0,0,0,100.0', 'family-action-plan-circulated,0,1,0,0,0,0,0,0.0',
        'family-action-plan-review,0,0,0,0,1,0,0,0.0', 'mash-screening-level-2,1,0,0,0,0,0,0,100.0']),
      // No team (line 5): nothing decided yet.
      ...rows('st-helens', 'team', '', ['family-action-meeting,0,0,0,1,0,0,0,', 'pre-birth-assessment,0,0,1,0,0,0,0,']),
      // Worker Ann (line 1): child-seen-alone on time ×2, #3 overdue: 2 / 3 = 66.7%.
      ...rows('st-helens', 'worker', 'Ann', ['child-seen-alone,2,0,0,0,1,0,0,66.7', 'ehat-completion,1,0,0,0,0,0,0,100.0',
        'family-action-meeting,1,0,0,0,0,0,0,100.0', 'family-action-plan-circulated,0,1,0,0,0,0,0,0.0',
        'family-action-plan-review,0,0,0,0,1,0,0,0.0', 'mash-screening-level-2,1,0,0,0,0,0,0,100.0']),
      // Worker Bea (line 5).
      ...rows('st-helens', 'worker', 'Bea', ['family-action-meeting,0,0,0,1,0,0,0,', 'pre-birth-assessment,0,0,1,0,0,0,0,']),
      // No worker (line 7).
      ...rows('st-helens', 'worker', '', ['child-seen-alone,0,0,0,0,1,0,0,0.0', 'ehat-action-plan-review,2,0,1,0,0,0,0,100.0',
        'ehat-completion,1,0,0,0,0,0,0,100.0']),
    ].join('\n')}\n`);
    // The JSON carries the same split under each group's authorities.
    const json = JSON.parse(runBin(['report', '-', '--format', 'jsonl', '--as-of', '2025-02-24', '--json'], { input: `${input}\n` }).stdout);
    expect(json.groups.map((g: { by: string; value: string | null; cases: number; authorities: { authority: string; timescales: unknown[] }[] }) =>
      [g.by, g.value, g.cases, g.authorities.map((a) => `${a.authority} ${a.timescales.length}`)]))
      .toEqual([['team', 'North', 2, ['st-helens 7']], ['team', null, 1, ['st-helens 2']], ['worker', 'Ann', 1, ['st-helens 6']],
        ['worker', 'Bea', 1, ['st-helens 2']], ['worker', null, 1, ['st-helens 3']]]);
    expect(json.groups[2].authorities[0].timescales[0]).toEqual({ ...T.seen, metOnTime: 2, metLate: 0, open: 0, dueThisWeek: 0, overdue: 1,
      notRequired: 0, closedUnmet: 0, onTimePercent: 66.7 });
  });

  it('leaves a closed case out of the overdue list, counts its deadline closed unmet, and counts warnings by code', () => {
    // Line 1 of the caseload (SH-2025-0142), closed on Fri 21 Feb 2025 with child-seen-alone#3 (due Fri 7 Feb) and
    // family-action-plan-review (due Thu 13 Feb) unmet: closed unmet, not overdue. Its decision to convene a meeting
    // is entered twice: one duplicate-event warning. Line 2: SH-2024-0977 as in the caseload, still overdue.
    const caseload = readFileSync('examples/caseload.jsonl', 'utf8').trim().split('\n');
    const first = JSON.parse(caseload[0] as string) as { events: { type: string }[] };
    const decided = first.events.find((e) => e.type === 'meeting-decided');
    const closed = { ...first, events: [...first.events, decided, { type: 'closed', on: '2025-02-21' }] };
    const run = runBin(['report', '-', '--format', 'jsonl', '--as-of', '2025-02-24', '--json'], { input: `${JSON.stringify(closed)}\n${caseload[6]}\n` });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.overdue.map((o: { caseId: string; deadline: string }) => `${o.caseId} ${o.deadline}`)).toEqual(['SH-2024-0977 child-seen-alone']);
    const row = (id: string): unknown => (report.timescales as { timescale: string }[]).find((t) => t.timescale === id);
    // child-seen-alone: line 1 on time ×2 and #3 closed unmet, line 2 overdue: 2 / (2 + 0 + 1 + 1) = 50%.
    expect(row('child-seen-alone')).toMatchObject({ metOnTime: 2, overdue: 1, closedUnmet: 1, onTimePercent: 50 });
    expect(row('family-action-plan-review')).toMatchObject({ overdue: 0, closedUnmet: 1, onTimePercent: 0 });
    expect((report.warnings as { code: string }[]).filter((w) => w.code === 'duplicate-event' || w.code === 'closed-with-deadlines-open'))
      .toEqual([{ code: 'duplicate-event', warnings: 1, cases: 1 }, { code: 'closed-with-deadlines-open', warnings: 1, cases: 1 }]);
  });

  it('counts as due this week only what falls due by the Sunday ending the as-of date\'s week', () => {
    const meeting = (asOf: string): unknown => (JSON.parse(runBin(['report', 'examples/caseload.jsonl', '--as-of', asOf, '--json']).stdout)
      .timescales as { timescale: string }[]).find((t) => t.timescale === 'family-action-meeting');
    // SH-2025-0188's meeting is due Mon 24 Feb. On Fri 21 Feb it is one working day away (due soon),
    // but in next week: open. On Sun 23 Feb the week ends that day: still open. On Mon 24 Feb: due this week.
    expect(meeting('2025-02-21')).toMatchObject({ open: 1, dueThisWeek: 0 });
    expect(meeting('2025-02-23')).toMatchObject({ open: 1, dueThisWeek: 0 });
    expect(meeting('2025-02-24')).toMatchObject({ open: 0, dueThisWeek: 1 });
  });

  it('reads standard input, and lists rejected records by line on stderr; exit 1', () => {
    const caseload = readFileSync('examples/caseload.jsonl', 'utf8').trim().split('\n');
    const input = [caseload[0], '{"id": "Z-1", "authority": "narnia", "currentLevel": 2, "needs": {"section47": "none", "section17": "met", "agencies": 1, "complexity": "none"}, "events": []}',
      '', 'not json', caseload[6]].join('\n');
    const run = runBin(['report', '-', '--format', 'jsonl', '--as-of', '2025-02-24', '--json'], { input });
    expect(run.status).toBe(1);
    const errors = run.stderr.split('\n');
    expect(errors[0]).toMatch(/^line 2 \(Z-1\) rejected: authority: no built-in rule set "narnia"/);
    expect(errors[1]).toBe('line 4 rejected: not valid JSON: Unexpected token \'o\', "not json" is not valid JSON');
    expect(errors.slice(2)).toEqual(['4 records read: 2 evaluated, 2 rejected', '']);
    const report = JSON.parse(run.stdout);
    expect(report.records).toEqual({ read: 4, evaluated: 2, rejected: 2 });
    // SH-2025-0142's and SH-2024-0977's overdue deadlines, as above; SH-2024-0977 is now on line 5.
    expect(report.overdue.map((o: { line: number; deadline: string }) => `${o.line} ${o.deadline}`))
      .toEqual(['5 child-seen-alone', '1 child-seen-alone#3', '1 family-action-plan-review']);
  });

  it('reads a caseload CSV', () => {
    const csv = join(dir, 'cases.csv');
    writeFileSync(csv, 'id,authority,current_level,lead,consent_given,consent_on,unborn,section47,section17,agencies,complexity,assessment_started_on,assessment_started_kind,meeting_decided_on\n'
      + 'SH-2025-0188,st-helens,2,early-help-team,true,2025-01-20,true,none,not-met,2,additional,2025-01-20,pre-birth,2025-02-03\n');
    const run = runBin(['report', csv, '--as-of', '2025-02-24', '--json']);
    expect(run.status).toBe(0);
    // As line 5 of the caseload above (the same case): the pre-birth assessment open, the meeting due this week.
    expect(JSON.parse(run.stdout).timescales).toEqual([
      { ...T.meeting, metOnTime: 0, metLate: 0, open: 0, dueThisWeek: 1, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: null },
      { timescale: 'pre-birth-assessment', title: 'Early Help Pre-Birth Assessment completed', metOnTime: 0, metLate: 0, open: 1, dueThisWeek: 0, overdue: 0, notRequired: 0, closedUnmet: 0, onTimePercent: null },
    ]);
  });

  it('exits 2 when it cannot run, and refuses --json with --csv', () => {
    expect(runBin(['report', 'no-such.jsonl', '--as-of', '2025-02-24']).status).toBe(2);
    const both = runBin(['report', 'examples/caseload.jsonl', '--json', '--csv']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('choose one of --json, --csv and --html');
  });
});
