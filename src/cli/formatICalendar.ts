import { addDays } from '../calendar/addCalendarTime.js';
import type { IsoDate } from '../calendar/dayNumber.js';

/** An all-day event: a due date in a practitioner's calendar. */
export interface AllDayEvent {
  /** Globally unique and the same on every run, so that importing again updates the event. */
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
}

export interface ICalendar {
  /** Who made the file, e.g. `-//early-help-rules//Due dates//EN`. */
  prodId: string;
  /** The DTSTAMP of every event: 00:00:00 UTC on this day, not the clock, so the file is reproducible. */
  stamp: IsoDate;
  events: readonly AllDayEvent[];
}

const MAX_OCTETS = 75;

/**
 * A TEXT value escaped as RFC 5545 §3.3.11 asks: backslash, semicolon and comma get a
 * backslash, and each line break becomes `\n`.
 * @example escapeText('Met; late, see\nnotes') // 'Met\\; late\\, see\\nnotes'
 */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * One content line folded as RFC 5545 §3.1 asks: no line longer than 75 octets of UTF-8, each
 * continuation starting with a space (which counts), and never inside a character, so that a
 * "’" or "é" is not cut between its bytes. Lines are joined with CRLF, with no final CRLF.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const basicDate = (date: IsoDate): string => date.replaceAll('-', '');

/**
 * An RFC 5545 iCalendar file of all-day events, as Outlook, Google Calendar and Apple Calendar
 * import it: CRLF line endings, lines folded at 75 octets, text escaped. Each event runs from
 * its date to the next day (DTEND is exclusive) and is marked free time (TRANSP:TRANSPARENT),
 * since a due date is a reminder, not an appointment that blocks the day.
 */
export function formatICalendar(calendar: ICalendar): string {
  const stamp = `${basicDate(calendar.stamp)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    ...calendar.events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
