import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/runBin.js';

const dir = mkdtempSync(join(tmpdir(), 'ehr-explain-'));
function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}

/** A St Helens level-2 case with the given events. */
const stHelensCase = (events: unknown[]) => ({
  id: 'SH-T-1', authority: 'st-helens', currentLevel: 2, lead: 'partner-agency', consent: { given: true, on: '2025-01-06' },
  child: { unborn: false, dateOfBirth: '2016-03-02' },
  needs: { section47: 'none', section17: 'not-met', agencies: 3, complexity: 'additional' }, events,
});

describe('early-help-rules explain (the built bin)', () => {
  it('walks the Family Action Meeting day by day: 15 working days from Thu 19 Dec 2024, skipping Christmas and New Year', () => {
    const run = runBin(['explain', 'examples/st-helens-case.json', 'family-action-meeting', '--as-of', '2025-02-20']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out).toContain('family-action-meeting: Family Action Meeting held after the decision to convene it');
    expect(out).toContain('Rule: within 15 working days');
    expect(out).toContain('Start: meeting-decided (Decision to convene a Family Action Meeting) on Thu 19 Dec 2024');
    expect(out).toContain("Counting: the start day is day 0 and is not counted, as Excel's WORKDAY(start, 15).");
    expect(out).toMatch(/Thu 19 Dec 2024 +the start: day 0\n/);
    expect(out).toMatch(/Fri 20 Dec 2024 +working day 1\n/);
    expect(out).toMatch(/Sat 21 Dec 2024 +weekend\n/);
    expect(out).toMatch(/Tue 24 Dec 2024 +working day 3\n/);
    expect(out).toMatch(/Wed 25 Dec 2024 +bank holiday: Christmas Day\n/);
    expect(out).toMatch(/Thu 26 Dec 2024 +bank holiday: Boxing Day\n/);
    expect(out).toMatch(/Fri 27 Dec 2024 +working day 4\n/);
    expect(out).toMatch(/Wed 1 Jan 2025 +bank holiday: New Year’s Day\n/);
    expect(out).toMatch(/Tue 14 Jan 2025 +working day 15: due\n/);
    // 27 days from 19 Dec to 14 Jan: the start, 15 working days, 3 bank holidays and 8 weekend days.
    expect(out.match(/ working day \d+/g)).toHaveLength(15);
    expect(out.match(/ bank holiday: /g)).toHaveLength(3);
    expect(out.match(/ weekend\n/g)).toHaveLength(8);
    expect(out).toContain('Due: Tue 14 Jan 2025');
    expect(out).toContain('Status: met Mon 13 Jan 2025');
    expect(out).toContain('Source: St Helens Multi Agency Early Help Standards & Criteria for Expected Practice (st-helens-standards-2022), '
      + 'Standard 5: Family Action Meeting and Review, line 322');
    expect(out).toContain('“The Family Action Meeting will take place within 15 working days of the date this decision was made.”');
  });

  it('explains every occurrence of a repeating timescale, or the one picked with #n', () => {
    const all = runBin(['explain', 'examples/st-helens-case.json', 'child-seen-alone', '--as-of', '2025-02-20']);
    expect(all.status).toBe(0);
    expect(all.stdout.match(/^child-seen-alone(#\d)?: /gm)).toEqual(['child-seen-alone: ', 'child-seen-alone#2: ', 'child-seen-alone#3: ']);

    const second = runBin(['explain', 'examples/st-helens-case.json', 'child-seen-alone#2', '--as-of', '2025-02-20']);
    expect(second.status).toBe(0);
    expect(second.stdout.match(/^child-seen-alone(#\d)?: /gm)).toEqual(['child-seen-alone#2: ']);
    // Calendar days: Mon 16 Dec 2024 + 28 days = Mon 13 Jan 2025 (15 days to the end of December, 13 in January).
    expect(second.stdout).toContain('Rule: within 28 calendar days (occurrence 2: the repeat interval)');
    expect(second.stdout).toContain('Counting: the start day is day 0, Tue 17 Dec 2024 is day 1 and Mon 13 Jan 2025 is day 28. '
      + 'Weekends and bank holidays count like any other day.');
    expect(second.stdout).toContain('Status: met Fri 10 Jan 2025');
    expect(second.stdout).not.toMatch(/working day \d/);
  });

  it('explains month arithmetic: the same day of the month, or the last day of a shorter month', () => {
    const same = runBin(['explain', 'examples/st-helens-case.json', 'family-action-plan-review', '--as-of', '2025-02-20']);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('Counting: 1 month after Mon 13 Jan 2025 is the same day of the month, Thu 13 Feb 2025.');
    // Fri 14 Feb to Thu 20 Feb 2025: 14, 17, 18, 19 and 20 Feb.
    expect(same.stdout).toContain('Status: OVERDUE by 5 working days');

    const file = write('end-of-january.json', stHelensCase([{ type: 'meeting-held', on: '2025-01-31', kind: 'initial' }]));
    const clamped = runBin(['explain', file, 'family-action-plan-review', '--as-of', '2025-02-10']);
    expect(clamped.status).toBe(0);
    expect(clamped.stdout).toContain('Counting: 1 month after Fri 31 Jan 2025 would be day 31 of February 2025, which has 28 days, '
      + 'so it is the last day of that month, Fri 28 Feb 2025 (as date-fns addMonths).');
    expect(clamped.stdout).toContain('Due: Fri 28 Feb 2025');
  });

  it('explains an hour rule across the clock change, and one whose start has no time', () => {
    const file = write('hours.json', stHelensCase([
      { type: 'contact-received', at: '2025-03-29T12:00:00Z', receivedAsLevel: 3 },
    ]));
    const run = runBin(['explain', file, 'mash-screening-level-3', '--as-of', '2025-03-29']);
    expect(run.status).toBe(0);
    // Noon GMT on Sat 29 March 2025 + 24 hours = noon GMT on Sunday = 13:00 BST (clocks went forward at 01:00 GMT).
    expect(run.stdout).toContain('Counting: 24 hours of elapsed time from 2025-03-29T12:00+00:00 (London time; recorded as 2025-03-29T12:00:00Z) '
      + 'end at 2025-03-30T13:00+01:00.');
    expect(run.stdout).toContain('The clocks went forward an hour in between (UTC+00:00 to UTC+01:00), so the due time is an hour later on the clock');
    expect(run.stdout).toContain('Due: 2025-03-30T13:00+01:00');

    // A second contact, with a date only: the timescale starts again, as mash-screening-level-3#2.
    const dateOnly = runBin(['explain', write('hours-date.json', stHelensCase([
      { type: 'contact-received', at: '2025-03-29T12:00:00Z', receivedAsLevel: 3 },
      { type: 'contact-received', on: '2025-10-24', receivedAsLevel: 3 },
    ])), 'mash-screening-level-3#2', '--as-of', '2025-10-24']);
    expect(dateOnly.status).toBe(0);
    expect(dateOnly.stdout.match(/^mash-screening-level-3(#\d)?: /gm)).toEqual(['mash-screening-level-3#2: ']);
    expect(dateOnly.stdout).toContain('Rule: within 24 hours (occurrence 2: the timescale started again)');
    expect(dateOnly.stdout).toContain('Counting: no time was recorded for the start, so the 24 hours are counted in whole days: '
      + '1 day after Fri 24 Oct 2025 is Sat 25 Oct 2025.');
  });

  it('follows a council rule file: start-included counting, a closure day with its reason, and a due date rolled forward', () => {
    const citation = { source: 'st-helens-standards-2022', section: 'Standard 5', lines: '337-338', quote: 'within 10 working days' };
    const rules = write('rules.json', {
      id: 'st-helens-census', name: 'St Helens, census counting', authority: 'St Helens', version: '0.1.0', effectiveFrom: '2024-01-01',
      extends: 'st-helens', sources: [],
      timescales: [
        { id: 'family-action-plan-circulated', title: 'Plan circulated (census counting)', start: { event: 'meeting-held', where: { kind: ['initial'] } },
          end: { event: 'plan-circulated', where: { kind: ['initial'] } }, amount: 10, unit: 'working-days', counting: 'start-included', levels: [2], citation },
        { id: 'family-action-plan-review', title: 'Plan reviewed (rolled forward)', start: { event: 'meeting-held', where: { kind: ['initial'] } },
          end: { event: 'meeting-held', where: { kind: ['review'] } }, amount: 1, unit: 'months', roll: 'forward', levels: [2], citation },
      ],
      calendar: { holidays: 'england-and-wales', closures: [{ date: '2025-04-09', reason: 'Staff training day' }] },
    });
    // Sat 5 Apr 2025 is not a working day, so the start-included count starts on Mon 7 Apr as day 1 (both
    // conventions agree); Wed 9 Apr is closed, Good Friday 18 Apr and Easter Monday 21 Apr are bank holidays:
    // 7, 8, 10, 11, 14, 15, 16, 17, 22, 23 April, so the 10th working day is Wed 23 Apr 2025.
    const file = write('census.json', stHelensCase([{ type: 'meeting-held', on: '2025-04-05', kind: 'initial' }]));
    const counted = runBin(['explain', file, 'family-action-plan-circulated', '--as-of', '2025-04-22', '--rules', rules]);
    expect(counted.status).toBe(0);
    expect(counted.stdout).toContain('Case SH-T-1 · st-helens-census 0.1.0');
    expect(counted.stdout).toContain('but it is not a working day, so the count begins the day after');
    expect(counted.stdout).toMatch(/Wed 9 Apr 2025 +closure day: Staff training day\n/);
    expect(counted.stdout).toMatch(/Fri 18 Apr 2025 +bank holiday: Good Friday\n/);
    expect(counted.stdout).toMatch(/Wed 23 Apr 2025 +working day 10: due\n/);
    expect(counted.stdout).toContain('Status: due soon, 1 working day left');

    // A working-day start counts as day 1: Mon 7 Apr is day 1, so the 10th is again Wed 23 Apr 2025 (the
    // statutory reading, Mon 7 Apr as day 0, would give Thu 24 Apr).
    const monday = write('census-monday.json', stHelensCase([{ type: 'meeting-held', on: '2025-04-07', kind: 'initial' }]));
    const included = runBin(['explain', monday, 'family-action-plan-circulated', '--as-of', '2025-04-22', '--rules', rules]);
    expect(included.stdout).toContain("Counting: the start day is working day 1, as a spreadsheet's NETWORKDAYS(start, due) <= 10.");
    // (The DfE census validator counts differently: see the dfe-census counting.)
    expect(included.stdout).toMatch(/Mon 7 Apr 2025 +working day 1 \(the start\)\n/);
    expect(included.stdout).toMatch(/Tue 22 Apr 2025 +working day 9\n/);
    expect(included.stdout).toMatch(/Wed 23 Apr 2025 +working day 10: due\n/);

    // Sat 5 Apr + 1 month = Mon 5 May 2025, the early May bank holiday: rolled to Tue 6 May.
    const rolled = runBin(['explain', file, 'family-action-plan-review', '--as-of', '2025-05-10', '--rules', rules]);
    expect(rolled.status).toBe(0);
    expect(rolled.stdout).toContain('Mon 5 May 2025 is not a working day, and the rule rolls the due date forward to the next one:');
    expect(rolled.stdout).toMatch(/Mon 5 May 2025 +bank holiday: Early May bank holiday \(where the count ends\)\n/);
    expect(rolled.stdout).toMatch(/Tue 6 May 2025 +working day 1: due, the next working day\n/);
    expect(rolled.stdout).toContain('Due: Tue 6 May 2025');
  });

  it('exits 1 for a timescale that does not apply, naming those that do', () => {
    const run = runBin(['explain', 'examples/st-helens-case.json', 'gcp2-completion', '--as-of', '2025-02-20']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Case SH-2025-0142 as of Thu 20 Feb 2025: gcp2-completion is a timescale of st-helens, but no deadline '
      + '"gcp2-completion" applies. Those that do: mash-screening-level-2, ehat-completion, child-seen-alone, child-seen-alone#2, '
      + 'child-seen-alone#3, family-action-meeting, family-action-plan-circulated, family-action-plan-review\n');
    const unknown = runBin(['explain', 'examples/st-helens-case.json', 'child-seen-alone#4', '--as-of', '2025-02-20']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no deadline "child-seen-alone#4" applies');
  });

  it('exits 1 for a bad case record and 2 when called wrongly', () => {
    const bad = runBin(['explain', write('bad.json', { ...stHelensCase([]), currentLevel: 9 }), 'family-action-meeting', '--as-of', '2025-02-20']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('currentLevel');
    expect(runBin(['explain', 'examples/st-helens-case.json']).status).toBe(2);
    expect(runBin(['explain', 'examples/st-helens-case.json', 'family-action-meeting', '--as-of', '2025-13-01']).status).toBe(2);
  });

  it('shows help with --help, exit 0', () => {
    const run = runBin(['explain', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: early-help-rules explain <case.json> <timescale-id>[#n]');
  });
});
