import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/runBin.js';

const event = (date: string, title: string) => ({ title, date, notes: '', bunting: true });

/** A newer GOV.UK bank-holidays.json: 2029 as the standing rules give it, plus one invented extra day. */
function newerList(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ehr-calendar-')), 'bank-holidays.json');
  writeFileSync(file, JSON.stringify({
    'england-and-wales': { division: 'england-and-wales', events: [
      event('2029-01-01', 'New Year’s Day'), event('2029-03-30', 'Good Friday'), event('2029-04-02', 'Easter Monday'),
      event('2029-05-07', 'Early May bank holiday'), event('2029-05-28', 'Spring bank holiday'),
      event('2029-06-15', 'Invented extra bank holiday'), event('2029-08-27', 'Summer bank holiday'),
      event('2029-12-25', 'Christmas Day'), event('2029-12-26', 'Boxing Day'),
    ] },
    scotland: { division: 'scotland', events: [event('2029-11-30', 'St Andrew’s Day')] },
  }));
  return file;
}

const lines = (text: string): string[] => text.trimEnd().split('\n');

describe('early-help-rules calendar add (the built bin)', () => {
  it('prints the 15th working day after Thu 19 Dec 2024, then the bank holidays it skipped', () => {
    // Fri 20, Mon 23, Tue 24, Fri 27, Mon 30, Tue 31 Dec (6), Thu 2, Fri 3, Mon 6 to Fri 10 Jan (13), Mon 13, Tue 14 (15).
    const run = runBin(['calendar', 'add', '2024-12-19', '15']);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual([
      '2025-01-14',
      '  skipped          day off',
      '  Wed 25 Dec 2024  Christmas Day',
      '  Thu 26 Dec 2024  Boxing Day',
      '  Wed 1 Jan 2025   New Year’s Day',
    ]);
  });

  it('prints only the date when nothing is skipped, and counts back with a negative n (after --)', () => {
    // Thu 2 Jan 2025 + 1 = Fri 3 Jan; 15 working days back from Tue 14 Jan 2025 is Thu 19 Dec 2024.
    expect(runBin(['calendar', 'add', '2025-01-02', '1']).stdout).toBe('2025-01-03\n');
    expect(lines(runBin(['calendar', 'add', '--', '2025-01-14', '-15']).stdout)[0]).toBe('2024-12-19');
  });

  it('skips closure days given with --closures, as a council rule file would', () => {
    // Wed 24 Dec 2025 + 1: Christmas Day, Boxing Day, three closure days and New Year's Day, so Fri 2 Jan 2026.
    const run = runBin(['calendar', 'add', '2025-12-24', '1', '--closures', '2025-12-29,2025-12-30,2025-12-31']);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)[0]).toBe('2026-01-02');
    expect(run.stdout.match(/Closure day/g)).toHaveLength(3);
    expect(lines(runBin(['calendar', 'add', '2025-12-24', '1']).stdout)[0]).toBe('2025-12-29');
  });

  it('exits 2 naming the input for an impossible date, a count past 2200 or a count that is not a whole number', () => {
    const bad = runBin(['calendar', 'add', '2025-02-29', '1']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('early-help-rules calendar: <date>: Invalid date "2025-02-29": February 2025 has 28 days (see early-help-rules calendar --help)\n');
    const late = runBin(['calendar', 'add', '2200-12-30', '5']);
    expect(late.status).toBe(2);
    expect(late.stderr).toContain('2200-12-30 + 5 working days falls outside the calendar, which runs from 1978-01-01 to 2200-12-31');
    const fraction = runBin(['calendar', 'add', '2025-01-02', '1.5']);
    expect(fraction.status).toBe(2);
    expect(fraction.stderr).toContain('<n> is a whole number of working days, not "1.5"');
    expect(runBin(['calendar', 'add', '2025-01-02', '1', '--closures', '2025-13-01']).stderr)
      .toContain('--closures: Invalid date "2025-13-01": there is no month 13');
  });
});

describe('early-help-rules calendar between (the built bin)', () => {
  it('prints the working days after the start up to the end, and the NETWORKDAYS figure that counts the start too', () => {
    const run = runBin(['calendar', 'between', '2024-12-19', '2025-01-14']);
    expect(run.status).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toBe('15');
    expect(out[1]).toBe('NETWORKDAYS(2024-12-19, 2025-01-14) = 16: the spreadsheet figure, counting both ends');
    expect(out.slice(3)).toEqual(['  Wed 25 Dec 2024  Christmas Day', '  Thu 26 Dec 2024  Boxing Day', '  Wed 1 Jan 2025   New Year’s Day']);
  });

  it('gives the same figure both ways when the start is not a working day, and negative figures backwards', () => {
    // Sat 4 Jan to Fri 10 Jan 2025: Mon 6 to Fri 10, 5 working days either way.
    expect(lines(runBin(['calendar', 'between', '2025-01-04', '2025-01-10']).stdout).slice(0, 2))
      .toEqual(['5', 'NETWORKDAYS(2025-01-04, 2025-01-10) = 5: the spreadsheet figure, counting both ends']);
    expect(lines(runBin(['calendar', 'between', '2025-01-14', '2024-12-19']).stdout).slice(0, 2))
      .toEqual(['-15', 'NETWORKDAYS(2025-01-14, 2024-12-19) = -16: the spreadsheet figure, counting both ends']);
  });

  it('exits 2 for a date outside the calendar', () => {
    const run = runBin(['calendar', 'between', '1977-12-30', '1978-01-05']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('1977-12-30 is outside the calendar');
  });
});

describe('early-help-rules calendar holidays (the built bin)', () => {
  it('lists the weekday bank holidays of 2022, the Platinum Jubilee and the State Funeral included', () => {
    const run = runBin(['calendar', 'holidays', '2022']);
    expect(run.status).toBe(0);
    const out = lines(run.stdout);
    expect(out).toHaveLength(11); // the header and ten holidays: 2022 had two one-off days
    expect(out).toContain('2022-06-02  Thu 2 Jun 2022   Spring bank holiday');
    expect(out).toContain('2022-06-03  Fri 3 Jun 2022   Platinum Jubilee bank holiday');
    expect(out).toContain('2022-09-19  Mon 19 Sep 2022  Bank Holiday for the State Funeral of Queen Elizabeth II');
    // Christmas Day 2022 was a Sunday: its substitute is Tuesday 27 December, after Boxing Day on the Monday.
    expect(out.at(-1)).toBe('2022-12-27  Tue 27 Dec 2022  Christmas Day (Substitute day)');
    expect(run.stdout).not.toContain('projected');
  });

  it('marks the holidays of a year after the published list as projected', () => {
    const run = runBin(['calendar', 'holidays', '2030']);
    expect(run.status).toBe(0);
    // Easter Sunday 2030 is 21 April: Good Friday 19 April.
    expect(run.stdout).toContain('2030-04-19  Fri 19 Apr 2030  Good Friday (projected)');
    expect(run.stdout).toContain('Projected: the published list ends in 2028; these dates follow the standing rules.');
  });

  it('uses a newer GOV.UK list given with --holidays: 2029 is published, with its extra day', () => {
    const list = newerList();
    const run = runBin(['calendar', 'holidays', '2029', '--holidays', list]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2029-06-15  Fri 15 Jun 2029  Invented extra bank holiday\n');
    expect(run.stdout).not.toContain('projected');
    expect(lines(runBin(['calendar', 'add', '2029-06-14', '1', '--holidays', list]).stdout)[0]).toBe('2029-06-18');
    expect(lines(runBin(['calendar', 'add', '2029-06-14', '1']).stdout)[0]).toBe('2029-06-15');
  });

  it('exits 2 for a year outside the calendar, a file that is not a GOV.UK list, or a wrong sub-command', () => {
    const early = runBin(['calendar', 'holidays', '1977']);
    expect(early.status).toBe(2);
    expect(early.stderr).toContain('No bank holidays for 1977: the calendar runs from 1978 to 2200');
    const dir = mkdtempSync(join(tmpdir(), 'ehr-calendar-'));
    writeFileSync(join(dir, 'scotland.json'), JSON.stringify({ scotland: { division: 'scotland', events: [] } }));
    const notGovUk = runBin(['calendar', 'holidays', '2029', '--holidays', join(dir, 'scotland.json')]);
    expect(notGovUk.status).toBe(2);
    expect(notGovUk.stderr).toContain(`--holidays ${join(dir, 'scotland.json')}: Not a GOV.UK bank-holidays.json`);
    expect(runBin(['calendar', 'holidays', '2029', '--holidays', join(dir, 'missing.json')]).stderr).toContain('cannot read the bank holiday list');
    expect(runBin(['calendar', 'weekdays', '2025']).status).toBe(2);
    expect(runBin(['calendar', 'add', '2025-01-02']).stderr).toContain('calendar add takes 2 arguments');
  });

  it('shows help with --help, exit 0', () => {
    const run = runBin(['calendar', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('early-help-rules calendar between <a> <b>');
  });
});
