import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatICalendar } from '../../src/cli/formatICalendar.js';

const octets = (line: string): number => Buffer.byteLength(line, 'utf8');

describe('escapeText (RFC 5545 §3.3.11)', () => {
  it('puts a backslash before backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
    // A backslash that is already there is escaped once, and the \n written for a break is not escaped again.
    expect(escapeText('C:\\n\n')).toBe('C:\\\\n\\n');
  });

  it('leaves other text, colons and quotes included, as it is', () => {
    expect(escapeText('Due: “Tue 14 Jan 2025”')).toBe('Due: “Tue 14 Jan 2025”');
  });
});

describe('foldLine (RFC 5545 §3.1)', () => {
  it('leaves a line of 75 octets whole and folds one of 76 into 75 + a space and 1', () => {
    const line75 = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(line75)).toBe(line75);
    expect(foldLine(`${line75}y`)).toBe(`${line75}\r\n y`);
  });

  it('counts the leading space of each continuation: 200 ASCII octets fold as 75, 1 + 74, 1 + 51', () => {
    const lines = foldLine('a'.repeat(200)).split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 52]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe('a'.repeat(200));
  });

  it('never cuts a multi-byte character: "’" (3 octets) that would straddle octet 75 moves to the next line', () => {
    // 73 ASCII octets, then ’ (octets 74 to 76): it does not fit, so the first line is 73 octets.
    const line = `${'a'.repeat(73)}’bc`;
    const lines = foldLine(line).split('\r\n');
    expect(lines).toEqual(['a'.repeat(73), ' ’bc']);
    expect(lines.map(octets)).toEqual([73, 6]);
  });

  it('folds a long line of 2-, 3- and 4-octet characters with every line at most 75 octets and the text intact', () => {
    const text = `DESCRIPTION:${'é’😀'.repeat(40)}`; // 12 + 40 × 9 = 372 octets
    const lines = foldLine(text).split('\r\n');
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(text);
    expect(Buffer.from(foldLine(text), 'utf8').toString('utf8')).not.toContain('\uFFFD');
  });
});

describe('formatICalendar', () => {
  const text = formatICalendar({
    prodId: '-//test//EN', stamp: '2025-02-20',
    events: [{ uid: 'abc@test', date: '2025-02-28', summary: 'C-1: Plan review, level 2', description: 'Line one\nLine two; more' }],
  });

  it('writes a VCALENDAR with VERSION and PRODID, and an all-day VEVENT ending the next day (1 March: 2025 is no leap year)', () => {
    expect(text).toBe([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:abc@test',
      'DTSTAMP:20250220T000000Z',
      'DTSTART;VALUE=DATE:20250228',
      'DTEND;VALUE=DATE:20250301',
      'SUMMARY:C-1: Plan review\\, level 2',
      'DESCRIPTION:Line one\\nLine two\\; more',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'));
  });

  it('ends every line with CRLF and has no bare LF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });
});
