import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addHours, hoursBetween, instantToEpochMs, londonDate, toLondonInstant } from '../../src/calendar/londonInstant.js';

const HOUR = 3_600_000;

/** 01:00 UTC on the last Sunday of a month (UK clock changes since 1996). */
function lastSundayOneAmUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0)); // month is 1-based here: day 0 of the next month
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** The London offset in hours by the rule in force since 1996: BST from the last Sunday of March to the last Sunday of October, 01:00 UTC. */
function londonOffsetHours(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayOneAmUtc(year, 3) && ms < lastSundayOneAmUtc(year, 10) ? 1 : 0;
}

// First in the file: the Intl formatter these years need is made on first use, and a mutation run
// credits its line only to the test that first makes it in each file.
describe('London offsets outside the table kept for 1972–2200, read from the time-zone data', () => {
  it('reads British Standard Time (1968–71, an hour ahead all winter) and double summer time (1947)', () => {
    // From 27 October 1968 to 31 October 1971 the clocks stayed an hour ahead of GMT.
    expect(toLondonInstant(Date.UTC(1970, 0, 1, 12))).toBe('1970-01-01T13:00:00+01:00');
    // 1947: BST from 16 March, double summer time (+2) from 13 April to 10 August, BST to 2 November.
    expect(toLondonInstant(Date.UTC(1947, 2, 20, 12))).toBe('1947-03-20T13:00:00+01:00');
    expect(toLondonInstant(Date.UTC(1947, 5, 1, 12))).toBe('1947-06-01T14:00:00+02:00');
    expect(toLondonInstant(Date.UTC(1947, 11, 1, 12))).toBe('1947-12-01T12:00:00+00:00');
  });

  it('reads a year after 2200 by the rule in force, BST from the last Sunday of March', () => {
    expect(toLondonInstant(Date.UTC(2300, 6, 1, 12))).toBe('2300-07-01T13:00:00+01:00');
    expect(toLondonInstant(Date.UTC(2300, 0, 1, 12))).toBe('2300-01-01T12:00:00+00:00');
  });

  it('reads London mean time before railway time (1 December 1847), 1 min 15 s behind, as GMT: it is not whole minutes', () => {
    expect(toLondonInstant(Date.UTC(1800, 0, 1, 12))).toBe('1800-01-01T12:00:00+00:00');
  });
});

describe('londonDate: the date in England on which an instant falls', () => {
  it.each([
    ['2025-06-30T23:30:00Z', '2025-07-01'], // 00:30 BST
    ['2025-12-31T23:30:00Z', '2025-12-31'], // 23:30 GMT
    ['2025-01-01T00:30:00+01:00', '2024-12-31'], // 23:30 UTC = 23:30 GMT
    ['2025-07-01T00:30:00+05:30', '2025-06-30'], // 19:00 UTC = 20:00 BST
    ['2025-03-30T00:59:59Z', '2025-03-30'], // a second before clocks go forward
    ['2025-10-25T23:30:00Z', '2025-10-26'], // 00:30 BST, before clocks go back at 01:00 UTC
    ['2025-06-30T23:30Z', '2025-07-01'], // seconds may be left out
    ['2025-06-30T23:30:00.250Z', '2025-07-01'], // milliseconds allowed
  ])('londonDate(%s) === %s', (instant, date) => {
    expect(londonDate(instant)).toBe(date);
  });

  it.each([
    '2025-06-30T23:30:00', // no offset: it would be read in the host's time zone
    '2025-06-30',
    'tomorrow',
    '',
    '2025-02-29T10:00:00Z',
    '2025-06-31T10:00:00Z',
    '2025-13-01T10:00:00Z',
    '2025-06-30T24:00:00Z',
    '2025-06-30T23:60:00Z',
    '2025-06-30 23:30:00Z',
  ])('refuses %j with a RangeError naming it', (instant) => {
    expect(() => londonDate(instant)).toThrow(RangeError);
    expect(() => londonDate(instant)).toThrow(JSON.stringify(instant));
    expect(() => instantToEpochMs(instant)).toThrow(RangeError);
  });

  it('property: agrees with the UK rule (BST from the last Sunday of March to the last Sunday of October, 01:00 UTC) for instants 1996–2200', () => {
    const lo = Date.UTC(1996, 0, 1);
    const hi = Date.UTC(2200, 11, 31, 23, 59, 59);
    fc.assert(fc.property(fc.integer({ min: lo, max: hi }), (ms) => {
      const local = new Date(ms + londonOffsetHours(ms) * HOUR).toISOString();
      const offset = londonOffsetHours(ms) === 1 ? '+01:00' : '+00:00';
      expect(londonDate(new Date(ms).toISOString())).toBe(local.slice(0, 10));
      expect(toLondonInstant(ms)).toBe(`${local.slice(0, 19)}${offset}`);
    }), { numRuns: 500 });
  });

  it('property: instants near each clock change 1996–2200 fall on the right side of it', () => {
    fc.assert(fc.property(fc.integer({ min: 1996, max: 2200 }), fc.constantFrom(3, 10), fc.integer({ min: -7200, max: 7199 }), (year, month, seconds) => {
      const ms = lastSundayOneAmUtc(year, month) + seconds * 1000;
      const expected = new Date(ms + londonOffsetHours(ms) * HOUR).toISOString().slice(0, 19);
      expect(toLondonInstant(ms).slice(0, 19)).toBe(expected);
    }), { numRuns: 300 });
  });
});

describe('toLondonInstant', () => {
  it('writes London local time with its offset', () => {
    expect(toLondonInstant(Date.parse('2025-07-01T08:00:00Z'))).toBe('2025-07-01T09:00:00+01:00');
    expect(toLondonInstant(Date.parse('2025-01-01T08:00:00Z'))).toBe('2025-01-01T08:00:00+00:00');
    expect(toLondonInstant(Date.parse('2025-03-30T00:59:59Z'))).toBe('2025-03-30T00:59:59+00:00');
    expect(toLondonInstant(Date.parse('2025-03-30T01:00:00Z'))).toBe('2025-03-30T02:00:00+01:00');
    expect(toLondonInstant(Date.parse('2025-10-26T00:59:59Z'))).toBe('2025-10-26T01:59:59+01:00');
    expect(toLondonInstant(Date.parse('2025-10-26T01:00:00Z'))).toBe('2025-10-26T01:00:00+00:00');
    expect(toLondonInstant(Date.parse('2025-06-30T23:00:00Z'))).toBe('2025-07-01T00:00:00+01:00');
  });
});

describe('addHours and hoursBetween: elapsed hours across clock changes', () => {
  it('24 hours across the spring change end at 13:00 BST; across the autumn change at 11:00 GMT', () => {
    // 30 March 2025 has 23 hours in London
    expect(addHours('2025-03-29T12:00:00+00:00', 24)).toBe('2025-03-30T13:00:00+01:00');
    // 26 October 2025 has 25 hours
    expect(addHours('2025-10-25T12:00:00+01:00', 24)).toBe('2025-10-26T11:00:00+00:00');
  });

  it('the repeated hour on 26 October 2025: 00:30 BST + 1 h = 01:30 BST, + 2 h = 01:30 GMT', () => {
    expect(addHours('2025-10-26T00:30:00+01:00', 1)).toBe('2025-10-26T01:30:00+01:00');
    expect(addHours('2025-10-26T00:30:00+01:00', 2)).toBe('2025-10-26T01:30:00+00:00');
  });

  it('the skipped hour on 30 March 2025: 00:30 GMT + 1 h = 02:30 BST, and back', () => {
    expect(addHours('2025-03-30T00:30:00+00:00', 1)).toBe('2025-03-30T02:30:00+01:00');
    expect(addHours('2025-03-30T02:30:00+01:00', -1)).toBe('2025-03-30T00:30:00+00:00');
  });

  it('property: instantToEpochMs reads a well-formed instant as Date.parse does; it refuses what Date.parse refuses, days that do not exist and 24:00', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const instant = fc.tuple(fc.integer({ min: 1978, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }),
      two(24), two(60), fc.option(fc.tuple(two(60), fc.option(fc.integer({ min: 0, max: 999 }).map(String)))),
      fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), two(24), two(60)).map(([sign, h, m]) => `${sign}${h}:${m}`)))
      .map(([y, mo, d, h, mi, seconds, zone]) => `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${h}:${mi}`
        + `${seconds ? `:${seconds[0]}${seconds[1] === null ? '' : `.${seconds[1]}`}` : ''}${zone}`);
    fc.assert(fc.property(instant, (text) => {
      const expected = Date.parse(text);
      // Date.parse rolls 31 April over to 1 May and reads 24:00 as the next midnight; here a day
      // that does not exist, and the hour 24, are refused.
      const [y, mo, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
      const realDay = new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d;
      if (Number.isNaN(expected) || !realDay || text.slice(11, 13) === '24') expect(() => instantToEpochMs(text)).toThrow(RangeError);
      else expect(instantToEpochMs(text)).toBe(expected);
    }), { numRuns: 2000 });
  });

  it('accepts instants with any offset and fractions of an hour', () => {
    expect(addHours('2025-01-01T09:00:00Z', 1.5)).toBe('2025-01-01T10:30:00+00:00');
    expect(addHours('2025-07-01T09:00:00-04:00', 0)).toBe('2025-07-01T14:00:00+01:00');
    expect(addHours('2025-07-01T09:00:00+09:00', 72)).toBe('2025-07-04T01:00:00+01:00');
  });

  it('hoursBetween counts elapsed hours: 23 across the spring change, 25 across the autumn one, negative backwards', () => {
    expect(hoursBetween('2025-03-29T12:00:00+00:00', '2025-03-30T12:00:00+01:00')).toBe(23);
    expect(hoursBetween('2025-10-25T12:00:00+01:00', '2025-10-26T12:00:00+00:00')).toBe(25);
    expect(hoursBetween('2025-10-26T12:00:00+00:00', '2025-10-25T12:00:00+01:00')).toBe(-25);
    expect(hoursBetween('2025-07-01T09:00:00+01:00', '2025-07-01T08:00:00Z')).toBe(0);
    expect(hoursBetween('2025-07-01T09:00:00+01:00', '2025-07-01T09:30:00+01:00')).toBe(0.5);
  });

  it('refuses a number of hours that is not finite, and an instant without an offset', () => {
    expect(() => addHours('2025-01-01T09:00:00Z', Number.NaN)).toThrow(RangeError);
    expect(() => addHours('2025-01-01T09:00:00Z', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addHours('2025-01-01T09:00:00', 1)).toThrow(RangeError);
    expect(() => hoursBetween('2025-01-01T09:00:00Z', '2025-01-02')).toThrow('2025-01-02');
  });

  it('property: hoursBetween(i, addHours(i, n)) === n for whole n up to ±20000 and instants 1978–2200', () => {
    const lo = Date.UTC(1978, 0, 1);
    const hi = Date.UTC(2200, 11, 31);
    fc.assert(fc.property(fc.integer({ min: lo / 1000, max: hi / 1000 }), fc.integer({ min: -20_000, max: 20_000 }), (s, n) => {
      const instant = new Date(s * 1000).toISOString();
      expect(hoursBetween(instant, addHours(instant, n))).toBe(n);
      expect(instantToEpochMs(addHours(instant, n))).toBe(s * 1000 + n * HOUR);
    }), { numRuns: 300 });
  });
});

describe('toLondonInstant agrees with the time-zone data', () => {
  // An independent reading of the same instant through Intl, the host's tz database.
  const intl = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset',
  });
  const viaIntl = (ms: number): string => {
    const p = Object.fromEntries(intl.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
    const offset = p.timeZoneName === 'GMT' ? '+00:00' : String(p.timeZoneName).slice(3);
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
  };

  it('for any instant from 1972 to 2200, whole seconds, the local time and offset are those Intl gives', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1972, 0, 1) / 1000, max: Date.UTC(2200, 11, 31) / 1000 }), (seconds) => {
      expect(toLondonInstant(seconds * 1000)).toBe(viaIntl(seconds * 1000));
    }), { numRuns: 3000 });
  });

  it('in the hours either side of every clock change from 1972 to 2200', () => {
    for (let year = 1972; year <= 2200; year += 1) {
      for (const month of [2, 9]) {
        // every hour from 14 March and 14 October for 20 days: the changes fall on a Sunday between
        // the 16th and the 31st under every rule since 1972
        for (let hour = 0; hour < 24 * 20; hour += 1) {
          const ms = Date.UTC(year, month, 14) + hour * 3_600_000 - 1000;
          if (toLondonInstant(ms) !== viaIntl(ms)) expect(toLondonInstant(ms)).toBe(viaIntl(ms));
        }
      }
    }
  });
});

describe('instantToEpochMs by hand', () => {
  it('reads the fields and the offset', () => {
    expect(instantToEpochMs('2025-03-30T09:00:00Z')).toBe(Date.UTC(2025, 2, 30, 9));
    // 09:00 at +01:30 is 07:30 UTC; 09:00 at −04:45 is 13:45 UTC.
    expect(instantToEpochMs('2025-03-30T09:00:00+01:30')).toBe(Date.UTC(2025, 2, 30, 7, 30));
    expect(instantToEpochMs('2025-03-30T09:00:00-04:45')).toBe(Date.UTC(2025, 2, 30, 13, 45));
  });

  it.each([
    ['month 13', '2025-13-01T00:00:00Z'],
    ['month 0', '2025-00-10T00:00:00Z'],
    ['day 0', '2025-01-00T00:00:00Z'],
    ['day 32', '2025-01-32T00:00:00Z'],
    ['29 February in 2025', '2025-02-29T00:00:00Z'],
    ['hour 24', '2025-01-01T24:00:00Z'],
    ['minute 60', '2025-01-01T09:60:00Z'],
    ['second 60', '2025-01-01T09:00:60Z'],
    ['offset hour 24', '2025-01-01T09:00:00+24:00'],
    ['offset minute 60', '2025-01-01T09:00:00+01:60'],
    ['text before it', 'x2025-01-01T09:00:00Z'],
    ['text after it', '2025-01-01T09:00:00Zx'],
  ])('refuses %s (%s), naming it', (_what, instant) => {
    expect(() => instantToEpochMs(instant)).toThrow(`Invalid instant "${instant}": expected an ISO 8601 timestamp with an offset`);
  });

  it('refuses what is not a string, even a value that prints as an instant', () => {
    const printsAsInstant = { toString: () => '2025-01-01T09:00:00Z' };
    expect(() => instantToEpochMs(printsAsInstant as unknown as string)).toThrow('Invalid instant {}');
  });

  it('addHours names a number of hours that is not finite', () => {
    expect(() => addHours('2025-01-01T09:00:00Z', Number.NaN)).toThrow('The number of hours must be a finite number, not NaN');
  });
});
