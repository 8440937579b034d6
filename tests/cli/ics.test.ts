import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/runBin.js';

const dir = mkdtempSync(join(tmpdir(), 'ehr-ics-'));
function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}

/** The content lines of an iCalendar text, folded lines joined again (RFC 5545 §3.1). */
const unfold = (text: string): string[] => text.replace(/\r\n /g, '').split('\r\n').filter((l) => l !== '');

/** The properties of each VEVENT, by name (parameters dropped). */
function events(text: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') found.push({});
    const colon = line.indexOf(':');
    const current = found.at(-1);
    if (current && line !== 'BEGIN:VEVENT' && line !== 'END:VEVENT') current[line.slice(0, colon).split(';')[0] as string] = line.slice(colon + 1);
  }
  return found;
}

const uid = (...parts: string[]): string => `${createHash('sha1').update(parts.join('\n')).digest('hex')}@early-help-rules`;

describe('early-help-rules ics (the built bin)', () => {
  const args = ['ics', 'examples/st-helens-case.json', '--as-of', '2025-02-20'];

  it('leaves out the deadlines of a closed case: closed unmet is not work to do', () => {
    // The St Helens example with its two overdue deadlines (child-seen-alone#3 due Fri 7 Feb, family-action-plan-review
    // due Thu 13 Feb 2025), closed on Tue 18 Feb 2025: both closed unmet, so the calendar has no events.
    const record = JSON.parse(readFileSync('examples/st-helens-case.json', 'utf8')) as { events: unknown[] };
    const file = write('closed.json', { ...record, events: [...record.events, { type: 'closed', on: '2025-02-18' }] });
    const run = runBin(['ics', file, '--as-of', '2025-02-20']);
    expect(run.status).toBe(0);
    expect(events(run.stdout)).toEqual([]);
    expect(run.stderr).toContain('No open due dates for case');
  });

  it('has one all-day event for each due date not yet met: the two overdue ones of the St Helens example', () => {
    const run = runBin(args);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = unfold(run.stdout);
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//early-help-rules//Due dates//EN']);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    // As of Thu 20 Feb 2025 every other deadline is met: child-seen-alone#3 (due Fri 7 Feb, 28 days after Fri 10 Jan)
    // and family-action-plan-review (due Thu 13 Feb, a month after the meeting of Mon 13 Jan) are overdue.
    const [seen, review, ...rest] = events(run.stdout);
    expect(rest).toEqual([]);
    expect(seen).toMatchObject({
      UID: uid('st-helens', 'SH-2025-0142', 'child-seen-alone#3'),
      DTSTAMP: '20250220T000000Z', DTSTART: '20250207', DTEND: '20250208', TRANSP: 'TRANSPARENT',
      SUMMARY: 'SH-2025-0142: Lead Professional sees the child\\, spoken to alone',
    });
    expect(seen?.DESCRIPTION).toBe('28 days after the last Child/young person spoken to alone on Fri 10 Jan 2025: Fri 7 Feb 2025.'
      + '\\nAs of Thu 20 Feb 2025: OVERDUE by 9 working days.'
      + '\\n“The frequency of contact with a child/young person by the Lead Professional should be a minimum of 28 days (4 weeks).” '
      + '(st-helens-standards-2022\\, Standard 4: Obtaining the child or young person’s views\\, line 293)');
    expect(review).toMatchObject({
      UID: uid('st-helens', 'SH-2025-0142', 'family-action-plan-review'),
      DTSTART: '20250213', DTEND: '20250214',
      SUMMARY: 'SH-2025-0142: Family Action Plan reviewed at a Family Action Review Meeting',
    });
    expect(lines.filter((l) => l.startsWith('DTSTART')).every((l) => l.startsWith('DTSTART;VALUE=DATE:'))).toBe(true);
  });

  it('is byte-identical across runs, with CRLF line endings and no line longer than 75 octets', () => {
    const first = runBin(args).stdout;
    expect(runBin(args).stdout).toBe(first);
    expect(first.endsWith('\r\n')).toBe(true);
    expect(first.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const physical = first.split('\r\n');
    expect(Math.max(...physical.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true); // the descriptions are long enough to fold
  });

  it('writes the same calendar to --out and keeps each UID when the case is exported again later', () => {
    const out = join(dir, 'case.ics');
    const run = runBin([...args, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(runBin(args).stdout);
    // A week later the same two deadlines are still open: same UIDs, a new DTSTAMP, the status moved on.
    const later = events(runBin(['ics', 'examples/st-helens-case.json', '--as-of', '2025-02-27']).stdout);
    expect(later.map((e) => e.UID)).toEqual(events(readFileSync(out, 'utf8')).map((e) => e.UID));
    expect(later[0]?.DTSTAMP).toBe('20250227T000000Z');
    expect(later[0]?.DESCRIPTION).toContain('OVERDUE by 14 working days'); // Mon 10 Feb to Thu 27 Feb 2025
  });

  const stHelensCase = (events: unknown[]) => ({
    id: 'SH-T-2', authority: 'st-helens', currentLevel: 2, lead: 'partner-agency', consent: { given: true, on: '2025-03-01' },
    child: { unborn: false, dateOfBirth: '2016-03-02' },
    needs: { section47: 'none', section17: 'not-met', agencies: 3, complexity: 'additional' }, events,
  });

  it('puts an hour rule on its due date, with the due time in the description', () => {
    // Noon GMT Sat 29 March 2025 + 24 hours = 13:00 BST on Sunday 30 March.
    const file = write('hours.json', stHelensCase([{ type: 'contact-received', at: '2025-03-29T12:00:00Z', receivedAsLevel: 3 }]));
    const [event, ...rest] = events(runBin(['ics', file, '--as-of', '2025-03-29']).stdout);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ DTSTART: '20250330', DTEND: '20250331', SUMMARY: 'SH-T-2: MASH screening of a contact received as Level 3' });
    expect(event?.DESCRIPTION).toMatch(/^Due by 13:00 \(2025-03-30T13:00:00\+01:00\)\.\\n24 hours after Contact to the MASH/);
  });

  it('gives a timescale started twice two different UIDs, and says so when nothing is open', () => {
    const file = write('two-contacts.json', stHelensCase([
      { type: 'contact-received', on: '2025-03-03', receivedAsLevel: 3 },
      { type: 'contact-received', on: '2025-03-10', receivedAsLevel: 3 },
    ]));
    // Each contact gives a screening due the next day (no time recorded: 24 hours counted as one day).
    const found = events(runBin(['ics', file, '--as-of', '2025-03-10']).stdout);
    expect(found.map((e) => e.DTSTART)).toEqual(['20250304', '20250311']);
    expect(found.map((e) => e.UID)).toEqual([uid('st-helens', 'SH-T-2', 'mash-screening-level-3'), uid('st-helens', 'SH-T-2', 'mash-screening-level-3#2')]);
    // Once the first screening is recorded (on Tue 4 Mar, the day it was due), only the second is open, with the same UID as before.
    const later = events(runBin(['ics', write('two-contacts-later.json', stHelensCase([
      { type: 'contact-received', on: '2025-03-03', receivedAsLevel: 3 },
      { type: 'screening-completed', on: '2025-03-04', outcomeLevel: 2 },
      { type: 'contact-received', on: '2025-03-10', receivedAsLevel: 3 },
    ])), '--as-of', '2025-03-11']).stdout);
    expect(later.map((e) => [e.DTSTART, e.UID])).toEqual([['20250311', found[1]?.UID]]);

    const none = runBin(['ics', write('quiet.json', stHelensCase([])), '--as-of', '2025-03-10']);
    expect(none.status).toBe(0);
    expect(none.stdout).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//early-help-rules//Due dates//EN\r\nEND:VCALENDAR\r\n');
    expect(none.stderr).toBe('No open due dates for case SH-T-2 as of Mon 10 Mar 2025: the calendar has no events.\n');
  });

  it('exits 1 for a bad case record and 2 for an unwritable --out or a missing file', () => {
    const bad = runBin(['ics', write('bad.json', { id: 'X' }), '--as-of', '2025-03-10']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Case X cannot be evaluated');
    const unwritable = runBin([...args, '--out', join(dir, 'no-such-dir', 'case.ics')]);
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toContain('cannot write');
    expect(runBin(['ics', 'no-such-case.json']).status).toBe(2);
  });

  it('shows help with --help, exit 0', () => {
    const run = runBin(['ics', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: early-help-rules ics <case.json>');
  });
});
