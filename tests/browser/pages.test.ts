import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateOrInstant } from '../../src/calendar/formatDate.js';
import type { CaseloadReport } from '../../src/pages/caseloadReport.js';
import { generatedCaseLine } from '../support/generateCaseload.js';
import { runBin } from '../support/runBin.js';
import { repoRoot } from '../support/sharedDir.js';

/*
 * The two pages in Debian's headless Chromium: the caseload report of a generated caseload of
 * 300 records (the ten example cases in turn, dates moved, each given a team and a worker) with
 * two records that give warnings, and St Helens's rule book. Screenshots and PDFs go to
 * test-artifacts/ (not committed).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = resolve(repoRoot, 'test-artifacts');
const AS_OF = '2025-02-24';
const dir = mkdtempSync(join(tmpdir(), 'ehr-browser-'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let report: CaseloadReport;
let generated: CaseloadReport;
const reportFile = join(dir, 'report.html');
const ruleBookFile = join(dir, 'rulebook.html');

beforeAll(async () => {
  const teams = ['North', 'South', 'Central'];
  const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ ...JSON.parse(generatedCaseLine(i)) as object,
    ...(i % 7 === 6 ? {} : { team: teams[i % 3], worker: `Worker ${String.fromCharCode(65 + (i % 5))}` }) }));
  // The generated caseload's own warnings, to add the two records below to.
  writeFileSync(join(dir, 'generated.jsonl'), `${lines.join('\n')}\n`);
  const alone = runBin(['report', join(dir, 'generated.jsonl'), '--as-of', AS_OF, '--json']);
  expect(alone.status).toBe(0);
  generated = JSON.parse(alone.stdout) as CaseloadReport;
  // SH-2025-0142 (line 1 of the example caseload) closed on Fri 21 Feb 2025 with two deadlines past due and unmet
  // (closed unmet, never overdue: one closed-with-deadlines-open warning), and its decision to convene a meeting
  // entered twice (one duplicate-event warning). Then SH-2025-0188 with its decision entered three times: two more.
  const example = readFileSync(resolve(repoRoot, 'examples/caseload.jsonl'), 'utf8').trim().split('\n')
    .map((line) => JSON.parse(line) as { id: string; events: { type: string }[] });
  const [first, , , , fifth] = example as [typeof example[0], unknown, unknown, unknown, typeof example[0]];
  const decided = (record: typeof first): unknown => record.events.find((ev) => ev.type === 'meeting-decided');
  lines.push(JSON.stringify({ ...first, id: 'CLOSED-1', team: 'North', events: [...first.events, decided(first), { type: 'closed', on: '2025-02-21' }] }));
  lines.push(JSON.stringify({ ...fifth, id: 'TWICE-1', events: [...fifth.events, decided(fifth), decided(fifth)] }));
  writeFileSync(join(dir, 'cases.jsonl'), `${lines.join('\n')}\n`);
  const json = runBin(['report', join(dir, 'cases.jsonl'), '--as-of', AS_OF, '--json']);
  expect(json.status).toBe(0);
  report = JSON.parse(json.stdout) as CaseloadReport;
  expect(runBin(['report', join(dir, 'cases.jsonl'), '--as-of', AS_OF, '--html', reportFile]).status).toBe(0);
  expect(runBin(['rulebook', 'st-helens', '--html', ruleBookFile]).status).toBe(0);
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a page from its file, noting every request other than the file itself and every console error. */
async function open(file: string, options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', async (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}

async function seriousViolations(file: string): Promise<string[]> {
  // axe is injected from outside; the page's own policy forbids scripts, so this one context bypasses it.
  const { page } = await open(file, { bypassCSP: true });
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe.run());
  await page.context().close();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the caseload report page in Chromium', () => {
  it('loads nothing from anywhere and logs no error; its screenshot and A4 PDF are kept', async () => {
    const { page, requests, errors } = await open(reportFile);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', path: join(ARTIFACTS, 'report.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  }, 60_000);

  it('shows the figures and the overdue rows of report --json on the same caseload', async () => {
    const { page } = await open(reportFile);
    const figure = async (id: string): Promise<string | null> => page.locator(`[data-figure="${id}"]`).textContent();
    const sum = (field: 'overdue' | 'dueThisWeek'): number => report.timescales.reduce((n, t) => n + t[field], 0);
    expect(await figure('cases')).toBe(String(report.records.evaluated));
    expect(await figure('overdue')).toBe(String(sum('overdue')));
    expect(await figure('due-this-week')).toBe(String(sum('dueThisWeek')));
    expect(report.overdue.length).toBeGreaterThan(20);

    const rows = await page.locator('#overdue ~ table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows).toHaveLength(report.overdue.length);
    rows.forEach((cells, i) => {
      const o = report.overdue[i];
      if (!o) throw new Error(`no overdue row ${i} in the JSON`);
      // case, authority, team, worker, timescale, due, working days overdue, severity, rule
      expect(cells.slice(0, 4)).toEqual([o.caseId, o.authority, o.team ?? '', o.worker ?? '']);
      expect(cells[4]).toContain(o.title);
      expect(cells[5]).toBe(formatDateOrInstant(o.due));
      expect(cells[6]).toBe(String(o.workingDaysOverdue));
      expect(cells[7]).toBe(o.severity ?? '–');
      expect(cells[8]).toContain(o.citation.quote);
    });

    // The closed case's two past-due deadlines are closed unmet, not in the overdue list; TWICE-1 has none past due
    // (line 5 of the example caseload: due this week and open), so the list is the generated caseload's.
    expect(rows.filter((cells) => cells[0] === 'CLOSED-1')).toEqual([]);
    const closedUnmet = (r: CaseloadReport): number => r.timescales.reduce((n, t) => n + t.closedUnmet, 0);
    expect(closedUnmet(report)).toBe(closedUnmet(generated) + 2);
    expect(report.overdue).toHaveLength(generated.overdue.length);

    const byTimescale = await page.locator('#figures ~ table tbody tr').evaluateAll((trs) => trs.map((tr) =>
      [tr.getAttribute('data-timescale'), ...[...tr.children].slice(1).map((c) => c.textContent)]));
    expect(byTimescale).toEqual(report.timescales.map((t) => [t.timescale, t.onTimePercent === null ? '–' : `${t.onTimePercent.toFixed(1)}%`,
      ...[t.metOnTime, t.metLate, t.overdue, t.closedUnmet, t.notRequired, t.dueThisWeek, t.open].map(String)]));
    // The chart is an SVG drawn into the page, with its table of the same figures beside it.
    expect(await page.locator('#by-month ~ figure svg').count()).toBe(1);
    expect(await page.locator('#by-month ~ table tbody tr').count()).toBe(report.byMonth.length);
    await page.context().close();
  }, 60_000);

  it('shows the warnings by code of report --json, each with its meaning', async () => {
    const { page } = await open(reportFile);
    const rows = await page.locator('#warnings ~ table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    // code, what it means, warnings, cases: every code, in the JSON's order.
    expect(rows.map(([code, , warnings, cases]) => [code, warnings, cases]))
      .toEqual(report.warnings.map((w) => [w.code, String(w.warnings), String(w.cases)]));
    expect(rows.every(([, meaning]) => (meaning ?? '').length > 20)).toBe(true);
    // The generated caseload's warnings, with CLOSED-1's and TWICE-1's added: duplicate-event 1 + 2 warnings in 2 cases,
    // closed-with-deadlines-open 1 in 1 case.
    const added: Record<string, [number, number]> = { 'duplicate-event': [3, 2], 'closed-with-deadlines-open': [1, 1] };
    expect(report.warnings).toEqual(generated.warnings.map((w) => ({ code: w.code,
      warnings: w.warnings + (added[w.code]?.[0] ?? 0), cases: w.cases + (added[w.code]?.[1] ?? 0) })));
    await page.context().close();
  }, 60_000);

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    expect(await seriousViolations(reportFile)).toEqual([]);
  }, 60_000);
});

/** Every quote in a rule file, wherever it is. */
function quotes(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(quotes);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'quote' && typeof v === 'string' ? [v] : quotes(v)));
}

describe('the rule book page in Chromium', () => {
  it('loads nothing from anywhere and logs no error; its screenshot and A4 PDF are kept', async () => {
    const { page, requests, errors } = await open(ruleBookFile);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'rulebook.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', path: join(ARTIFACTS, 'rulebook.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  }, 60_000);

  it('shows every quote in the St Helens rule file and the national base it extends', async () => {
    const { page } = await open(ruleBookFile);
    const text = (await page.locator('main').textContent() ?? '').replace(/\s+/g, ' ');
    const all = [...quotes(JSON.parse(readFileSync(resolve(repoRoot, 'rules/st-helens.json'), 'utf8'))),
      ...quotes(JSON.parse(readFileSync(resolve(repoRoot, 'rules/england/working-together.json'), 'utf8')))];
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((q) => !text.includes(q.replace(/\s+/g, ' ')))).toEqual([]);
    // One sign-off box per section.
    expect(await page.locator('.sign-off').count()).toBe(await page.locator('main h2').count());
    await page.context().close();
  }, 60_000);

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    expect(await seriousViolations(ruleBookFile)).toEqual([]);
  }, 60_000);
});
