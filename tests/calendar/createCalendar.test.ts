import { beforeAll, describe, expect, it } from 'vitest';
import { invalidDate } from '../support/invalidDates.js';
import { createCalendar, type CalendarOptions, type DayNumberCalendar, type WorkingDayCalendar } from '../../src/calendar/createCalendar.js';
import { FIRST_YEAR, LAST_YEAR } from '../../src/calendar/calendarRange.js';
import { englandAndWales } from '../../src/calendar/englandAndWales.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import fc from 'fast-check';
import { eachDate, isoFromUtcDays, isWeekday, naiveWorkingDays, utcDays } from './naiveWorkingDays.js';
import { sharedHolidaysOf } from './sharedBankHolidays.js';

const event = (date: string, title: string) => ({ title, date, notes: '', bunting: true });

/** The 2029 holidays by the standing rules, as GOV.UK would publish them, plus one invented extra day. */
const events2029 = [
  event('2029-01-01', 'New Year’s Day'), // a Monday
  event('2029-03-30', 'Good Friday'), // Easter Sunday 1 April 2029
  event('2029-04-02', 'Easter Monday'),
  event('2029-05-07', 'Early May bank holiday'), // 1 May 2029 a Tuesday: first Monday is 7 May
  event('2029-05-28', 'Spring bank holiday'), // 31 May a Thursday: last Monday 28 May
  event('2029-06-15', 'Invented extra bank holiday'), // a Friday, not in any standing rule
  event('2029-08-27', 'Summer bank holiday'), // 31 August a Friday: last Monday 27 August
  event('2029-12-25', 'Christmas Day'), // a Tuesday
  event('2029-12-26', 'Boxing Day'),
];

function govUk(events: unknown[]): Record<string, unknown> {
  return {
    'england-and-wales': { division: 'england-and-wales', events },
    scotland: { division: 'scotland', events: [event('2029-11-30', 'St Andrew’s Day')] },
  };
}

describe('createCalendar with no options', () => {
  // Built in beforeAll, not in the describe body: a mutant that makes createCalendar throw then
  // fails these tests, where at collection time it would stop the file loading and Stryker would
  // count it as survived (stryker-js#6150).
  let calendar: WorkingDayCalendar;
  beforeAll(() => { calendar = createCalendar(); });

  it('publishes 2012–2028 and projects later years', () => {
    expect(calendar.lastPublishedYear).toBe(2028);
    expect(calendar.closures).toEqual([]);
    expect(FIRST_YEAR).toBe(1978);
    expect(LAST_YEAR).toBe(2200);
  });

  it('isProjected: years after 2028 are projected; 2028 and earlier years are not', () => {
    expect(calendar.isProjected('2028-12-31')).toBe(false);
    expect(calendar.isProjected('2029-01-01')).toBe(true);
    expect(calendar.isProjected('2030-05-06')).toBe(true);
    expect(calendar.isProjected('2200-12-31')).toBe(true);
    expect(calendar.isProjected('2012-01-01')).toBe(false);
    expect(calendar.isProjected('1995-05-08')).toBe(false);
    expect(calendar.isProjected('1978-01-01')).toBe(false);
    expect(() => calendar.isProjected('2201-01-01')).toThrow(RangeError);
  });

  it('bankHolidays(year) marks projected years and gives the published titles', () => {
    expect(calendar.bankHolidays(2028).every((h) => !h.projected)).toBe(true);
    expect(calendar.bankHolidays(2029).every((h) => h.projected)).toBe(true);
    expect(calendar.bankHolidays(2029).map((h) => h.date)).toEqual([
      '2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26',
    ]);
  });

  it('bankHolidays(year) lists weekdays only: 2021’s Christmas Day and Boxing Day (Sat, Sun) are not listed', () => {
    const dates = calendar.bankHolidays(2021).map((h) => h.date);
    expect(dates).not.toContain('2021-12-25');
    expect(dates).not.toContain('2021-12-26');
    expect(dates.slice(-2)).toEqual(['2021-12-27', '2021-12-28']);
  });

  it('bankHolidays(year) returns copies: changing them does not change the calendar', () => {
    const first = calendar.bankHolidays(2025);
    const day = first[0];
    expect(day).toBeDefined();
    if (day) day.date = '2025-01-02';
    first.pop();
    expect(calendar.bankHolidays(2025)[0]?.date).toBe('2025-01-01');
    expect(calendar.bankHolidays(2025)).toHaveLength(8);
    expect(calendar.isWorkingDay('2025-01-02')).toBe(true);
  });

  it.each([1977, 2201, 2025.5, Number.NaN])('bankHolidays(%s) throws a RangeError', (year) => {
    expect(() => calendar.bankHolidays(year)).toThrow(RangeError);
  });

  it('daysOffBetween lists the weekday days off d with from < d <= to, with reasons and titles', () => {
    // 19 Dec 2024 (Thu) to 14 Jan 2025 (Tue): Christmas Wed 25, Boxing Day Thu 26, New Year Wed 1 Jan
    expect(calendar.daysOffBetween('2024-12-19', '2025-01-14')).toEqual([
      { date: '2024-12-25', reason: 'bank-holiday', title: 'Christmas Day', projected: false },
      { date: '2024-12-26', reason: 'bank-holiday', title: 'Boxing Day', projected: false },
      { date: '2025-01-01', reason: 'bank-holiday', title: 'New Year’s Day', projected: false },
    ]);
    // from is excluded and to is included
    expect(calendar.daysOffBetween('2024-12-25', '2024-12-26').map((d) => d.date)).toEqual(['2024-12-26']);
    expect(calendar.daysOffBetween('2024-12-24', '2024-12-25').map((d) => d.date)).toEqual(['2024-12-25']);
    expect(calendar.daysOffBetween('2024-12-25', '2024-12-25')).toEqual([]);
    // weekends are not listed: 2021's Christmas (Sat) and Boxing Day (Sun) are not days off in the list
    expect(calendar.daysOffBetween('2021-12-24', '2022-01-04').map((d) => `${d.date} ${d.title}`)).toEqual([
      '2021-12-27 Christmas Day (Substitute day)',
      '2021-12-28 Boxing Day (Substitute day)',
      '2022-01-03 New Year’s Day (Substitute day)',
    ]);
    // projected years say so
    expect(calendar.daysOffBetween('2029-12-24', '2029-12-26').map((d) => d.projected)).toEqual([true, true]);
  });

  it('daysOffBetween with to before from lists what workingDaysBetween(from, to) skipped: the days off d with to <= d < from', () => {
    // workingDaysBetween('2024-12-27', '2024-12-25') counts the working days d with 25 <= d < 27:
    // Wed 25 (Christmas) and Thu 26 (Boxing Day) are both off, so it is 0, and both were skipped.
    expect(calendar.workingDaysBetween('2024-12-27', '2024-12-25')).toBe(0);
    expect(calendar.daysOffBetween('2024-12-27', '2024-12-25').map((d) => d.date)).toEqual(['2024-12-25', '2024-12-26']);
    // workingDaysBetween('2025-01-01', '2024-12-20') counts 20 <= d < 1 Jan: Fri 20, Mon 23, Tue 24,
    // (Wed 25, Thu 26 off), Fri 27, Mon 30, Tue 31 = 6, so -6; the days off skipped are 25 and 26 Dec,
    // not New Year's Day, which is outside the count.
    expect(calendar.workingDaysBetween('2025-01-01', '2024-12-20')).toBe(-6);
    expect(calendar.daysOffBetween('2025-01-01', '2024-12-20').map((d) => d.date)).toEqual(['2024-12-25', '2024-12-26']);
  });

  it('rollForward keeps a working day and moves a day off to the next working day', () => {
    expect(calendar.rollForward('2025-01-06')).toBe('2025-01-06'); // a Monday
    expect(calendar.rollForward('2025-01-04')).toBe('2025-01-06'); // Sat -> Mon
    expect(calendar.rollForward('2025-01-05')).toBe('2025-01-06'); // Sun -> Mon
    expect(calendar.rollForward('2024-12-25')).toBe('2024-12-27'); // Wed 25, Thu 26 off -> Fri 27
    expect(calendar.rollForward('2022-06-02')).toBe('2022-06-06'); // Thu 2, Fri 3 Jubilee, weekend -> Mon 6
    expect(calendar.rollForward('2022-09-17')).toBe('2022-09-20'); // Sat 17, Sun 18, Mon 19 State Funeral -> Tue 20
    expect(calendar.rollForward(new Date('2025-01-05T23:30:00Z'))).toBe('2025-01-06'); // 23:30 GMT Sunday
    expect(() => calendar.rollForward('2200-12-31')).not.toThrow(); // a Wednesday, a working day
    expect(calendar.rollForward('2200-12-31')).toBe('2200-12-31');
  });

  it('builds the same calendar as englandAndWales()', () => {
    const shared = englandAndWales();
    expect(shared).toBe(englandAndWales());
    expect(shared.lastPublishedYear).toBe(calendar.lastPublishedYear);
    for (const year of [1978, 1995, 2022, 2029, 2200]) expect(shared.bankHolidays(year)).toEqual(calendar.bankHolidays(year));
  });
});

describe('createCalendar({ closures })', () => {
  // York closes 29, 30 and 31 December 2025 (Mon, Tue, Wed); Christmas Thu 25, Boxing Day Fri 26,
  // New Year Thu 1 Jan 2026.
  let york: WorkingDayCalendar;
  let plain: WorkingDayCalendar;
  beforeAll(() => {
    york = createCalendar({ closures: ['2025-12-31', '2025-12-29', '2025-12-30', '2025-12-30'] });
    plain = createCalendar();
  });

  it('keeps the closures sorted and without duplicates', () => {
    expect(york.closures).toEqual(['2025-12-29', '2025-12-30', '2025-12-31']);
  });

  it('shifts results: one working day after Wed 24 Dec 2025 is Mon 29 Dec, or Fri 2 Jan 2026 with the closures', () => {
    expect(plain.addWorkingDays('2025-12-24', 1)).toBe('2025-12-29');
    expect(york.addWorkingDays('2025-12-24', 1)).toBe('2026-01-02');
    expect(york.nextWorkingDay('2025-12-24')).toBe('2026-01-02');
    expect(york.rollForward('2025-12-29')).toBe('2026-01-02');
    // back from Fri 2 Jan 2026: skip 1 Jan, 31, 30, 29 (closed), weekend, 26, 25 -> Wed 24 Dec
    expect(york.addWorkingDays('2026-01-02', -1)).toBe('2025-12-24');
    expect(plain.addWorkingDays('2026-01-02', -1)).toBe('2025-12-31');
  });

  it('counts fewer working days across the closure', () => {
    // plain: Mon 29, Tue 30, Wed 31, Fri 2 = 4; York: Fri 2 only = 1
    expect(plain.workingDaysBetween('2025-12-24', '2026-01-02')).toBe(4);
    expect(york.workingDaysBetween('2025-12-24', '2026-01-02')).toBe(1);
    expect(york.workingDaysBetween('2026-01-02', '2025-12-24')).toBe(-1); // 24 <= d < 2 Jan: only Wed 24
    expect(york.isWorkingDay('2025-12-30')).toBe(false);
    expect(plain.isWorkingDay('2025-12-30')).toBe(true);
  });

  it('daysOffBetween lists closure days with their reason, between the bank holidays', () => {
    expect(york.daysOffBetween('2025-12-24', '2026-01-02').map((d) => [d.date, d.reason])).toEqual([
      ['2025-12-25', 'bank-holiday'],
      ['2025-12-26', 'bank-holiday'],
      ['2025-12-29', 'closure'],
      ['2025-12-30', 'closure'],
      ['2025-12-31', 'closure'],
      ['2026-01-01', 'bank-holiday'],
    ]);
    expect(york.daysOffBetween('2025-12-28', '2025-12-29')).toEqual([
      { date: '2025-12-29', reason: 'closure', title: 'Closure day', projected: false },
    ]);
  });

  it('a closure on a weekend or a bank holiday changes nothing, and a bank holiday keeps its reason', () => {
    const odd = createCalendar({ closures: ['2025-12-27', '2025-12-25'] }); // Saturday, Christmas Day
    expect(odd.daysOffBetween('2025-12-24', '2025-12-28')).toEqual(plain.daysOffBetween('2025-12-24', '2025-12-28'));
    expect(odd.daysOffBetween('2025-12-24', '2025-12-25')[0]?.reason).toBe('bank-holiday');
    expect(odd.addWorkingDays('2025-12-24', 1)).toBe('2025-12-29');
  });

  it('bankHolidays(year) does not list closures', () => {
    expect(york.bankHolidays(2025)).toEqual(plain.bankHolidays(2025));
  });

  it('accepts Date closures, read as the London date', () => {
    // 23:30 UTC on 30 June 2025 is 00:30 BST on Tuesday 1 July
    const closed = createCalendar({ closures: [new Date('2025-06-30T23:30:00Z')] });
    expect(closed.closures).toEqual(['2025-07-01']);
    expect(closed.addWorkingDays('2025-06-30', 1)).toBe('2025-07-02');
  });

  it('takes a closure with its reason, the shape a rule file\'s calendar.closures uses, and keeps the reason as the title', () => {
    const closed = createCalendar({ closures: [{ date: '2025-04-09', reason: 'Staff training day' }, '2025-04-10'] });
    // Tue 8 Apr 2025 + 1: Wed 9 and Thu 10 closed, so Fri 11
    expect(closed.addWorkingDays('2025-04-08', 1)).toBe('2025-04-11');
    expect(closed.daysOffBetween('2025-04-08', '2025-04-11').map((d) => d.title)).toEqual(['Staff training day', 'Closure day']);
  });

  const SHAPES = 'a date written YYYY-MM-DD, or { "date": "YYYY-MM-DD", "reason": "why the office is closed" }';
  it.each([
    ['a misspelt option', { closure: ['2025-12-29'] }, 'unknown option "closure": createCalendar takes closures, bankHolidays'],
    ['closures as one string', { closures: '2025-12-29' }, `closures: "2025-12-29" is not a list of closure days: give an array, each ${SHAPES}`],
    ['a closure with no reason', { closures: [{ date: '2025-12-29' }] }, `closures[0]: {"date":"2025-12-29"} is not a closure day: give ${SHAPES}, or a Date`],
    ['a closure as a number', { closures: ['2025-12-29', 20251230] }, `closures[1]: 20251230 is not a closure day: give ${SHAPES}, or a Date`],
    ['a closure whose date has a letter O', { closures: [{ date: '2O25-12-29', reason: 'Christmas' }] }, 'closures[0].date: "2O25-12-29" is not a real date written YYYY-MM-DD'],
    ['options that are not an object', 'york', 'the options must be an object with closures, bankHolidays, not "york"'],
  ])('refuses %s, naming the option and the shapes it takes (issue 11)', (_what, options, message) => {
    expect(() => createCalendar(options as never)).toThrow(RangeError);
    expect(() => createCalendar(options as never)).toThrow(message);
  });

  it('property: refuses every closure that is not a real date in 1978–2200, at its index (issue 11)', () => {
    fc.assert(fc.property(invalidDate, fc.boolean(), (date, withReason) => {
      const closure = withReason ? { date, reason: 'Closed' } : date;
      expect(() => createCalendar({ closures: ['2025-12-29', closure] })).toThrow(withReason ? 'closures[1].date: ' : 'closures[1]: ');
    }), { numRuns: 200 });
  });

  it('refuses invalid or out-of-range closure days with a RangeError naming them', () => {
    expect(() => createCalendar({ closures: ['2025-02-30'] })).toThrow(RangeError);
    expect(() => createCalendar({ closures: ['2025-02-30'] })).toThrow('2025-02-30');
    expect(() => createCalendar({ closures: ['2201-01-01'] })).toThrow(RangeError);
    expect(() => createCalendar({ closures: ['2201-01-01'] })).toThrow('2201-01-01');
    expect(() => createCalendar({ closures: ['1977-12-30'] })).toThrow('1977-12-30');
  });
});

describe('createCalendar({ bankHolidays }) with a newer GOV.UK bank-holidays.json', () => {
  it('a list that reaches 2029 publishes 2029: its dates replace the projection and lastPublishedYear moves', () => {
    const newer = createCalendar({ bankHolidays: govUk(events2029) });
    expect(newer.lastPublishedYear).toBe(2029);
    expect(newer.isProjected('2029-12-31')).toBe(false);
    expect(newer.isProjected('2030-01-01')).toBe(true);
    expect(newer.bankHolidays(2029)).toEqual(events2029.map(({ date, title }) => ({ date, title, projected: false })));
    // the invented Friday 15 June 2029 is now a day off: Thu 14 + 1 = Mon 18
    expect(newer.isWorkingDay('2029-06-15')).toBe(false);
    expect(newer.addWorkingDays('2029-06-14', 1)).toBe('2029-06-18');
    expect(createCalendar().addWorkingDays('2029-06-14', 1)).toBe('2029-06-15');
    // the shipped years are untouched
    expect(newer.bankHolidays(2028)).toEqual(createCalendar().bankHolidays(2028));
    expect(newer.bankHolidays(2030)).toEqual(createCalendar().bankHolidays(2030));
  });

  it('replaces a shipped year whole: a 2026 list without the spring holiday makes Monday 25 May 2026 a working day', () => {
    const list2026 = sharedHolidaysOf(2026).filter((h) => h.date !== '2026-05-25').map((h) => event(h.date, h.title));
    expect(list2026).toHaveLength(7);
    const newer = createCalendar({ bankHolidays: govUk(list2026) });
    expect(newer.isWorkingDay('2026-05-25')).toBe(true);
    expect(newer.bankHolidays(2026).map((h) => h.date)).not.toContain('2026-05-25');
    expect(newer.addWorkingDays('2026-05-22', 1)).toBe('2026-05-25'); // Fri 22 -> Mon 25
    expect(createCalendar().addWorkingDays('2026-05-22', 1)).toBe('2026-05-26'); // Mon 25 is off -> Tue 26
    // an older list does not move lastPublishedYear back
    expect(newer.lastPublishedYear).toBe(2028);
    expect(newer.bankHolidays(2025)).toEqual(createCalendar().bankHolidays(2025));
    expect(newer.bankHolidays(2027)).toEqual(createCalendar().bankHolidays(2027));
  });

  it('combines with closures', () => {
    const both = createCalendar({ bankHolidays: govUk(events2029), closures: ['2029-06-18'] });
    // Thu 14 June 2029 + 1: Fri 15 (invented holiday), weekend, Mon 18 (closed) -> Tue 19
    expect(both.addWorkingDays('2029-06-14', 1)).toBe('2029-06-19');
    expect(both.daysOffBetween('2029-06-14', '2029-06-19').map((d) => `${d.date} ${d.reason}`)).toEqual([
      '2029-06-15 bank-holiday',
      '2029-06-18 closure',
    ]);
  });

  it.each([
    ['an event without a title', govUk([{ date: '2029-01-01', notes: '', bunting: true }]), 'title'],
    ['an impossible date', govUk([event('2029-02-29', 'Not a day')]), 'date'],
    ['a wrong division', { 'england-and-wales': { division: 'wales', events: events2029 } }, 'division'],
    ['no england-and-wales division', { scotland: { division: 'scotland', events: events2029 } }, 'england-and-wales'],
    ['events that are not a list', { 'england-and-wales': { division: 'england-and-wales', events: {} } }, 'events'],
  ])('a malformed file (%s) throws a TypeError naming the field', (_what, json, field) => {
    expect(() => createCalendar({ bankHolidays: json })).toThrow(TypeError);
    expect(() => createCalendar({ bankHolidays: json })).toThrow(field);
  });
});

describe('createCalendar with a loaded list that skips a year', () => {
  it('marks the skipped year projected, and years before the first published list not', () => {
    const event = (date: string) => ({ title: 'Bank holiday', date, notes: '', bunting: true });
    const calendar = createCalendar({ bankHolidays: { 'england-and-wales': { division: 'england-and-wales',
      events: [event('2030-01-01'), event('2030-12-25')] } } });
    // The shipped list ends in 2028 and the loaded one covers only 2030: 2029 follows the pattern.
    expect(calendar.isProjected('2029-06-01')).toBe(true);
    expect(calendar.isProjected('2030-06-03')).toBe(false);
    expect(calendar.isProjected('2031-06-02')).toBe(true);
    expect(calendar.isProjected('1995-05-08')).toBe(false);
  });
});

describe('calendar.dayNumbers: the same arithmetic on day numbers', () => {
  let york: WorkingDayCalendar;
  let days: DayNumberCalendar;
  beforeAll(() => {
    york = createCalendar({ closures: ['2025-12-29', '2025-12-30', '2025-12-31'] });
    days = york.dayNumbers;
  });
  const day = toDayNumber;

  it('gives the worked examples: 19 Dec 2024 (day 20076) + 15 working days is 14 Jan 2025 (day 20102)', () => {
    const calendar = englandAndWales().dayNumbers;
    expect(calendar.addWorkingDays(20076, 15)).toBe(20102);
    expect(calendar.workingDaysBetween(20076, 20102)).toBe(15);
    expect(calendar.daysOffBetween(20076, 20102).map((d) => d.date)).toEqual(['2024-12-25', '2024-12-26', '2025-01-01']);
    expect(calendar.isWorkingDay(day('2024-12-25'))).toBe(false);
    expect(fromDayNumber(calendar.rollForward(day('2025-01-04')))).toBe('2025-01-06');
    expect(calendar.isProjected(day('2030-05-06'))).toBe(true);
  });

  it('counts the closures too: one working day after Wed 24 Dec 2025 is Fri 2 Jan 2026 in York', () => {
    expect(fromDayNumber(days.addWorkingDays(day('2025-12-24'), 1))).toBe('2026-01-02');
  });

  it('property: agrees with the naive day-by-day reference for dates 1980–2198, spans and offsets up to ±400', () => {
    // The reference converts dates with Date.UTC and walks day by day: nothing it does comes from src/calendar.
    const naive = naiveWorkingDays(york, york.closures);
    const start = fc.oneof(fc.integer({ min: utcDays('1980-01-01'), max: utcDays('2198-12-31') }),
      fc.integer({ min: utcDays('2025-11-01'), max: utcDays('2026-02-28') })); // around York's closures
    const span = fc.integer({ min: -400, max: 400 });
    fc.assert(fc.property(start, span, span, (a, spanDays, n) => {
      const b = a + spanDays;
      const [isoA, isoB] = [isoFromUtcDays(a), isoFromUtcDays(b)];
      expect(days.isWorkingDay(a)).toBe(naive.isWorkingDay(isoA));
      expect(isoFromUtcDays(days.addWorkingDays(a, n))).toBe(naive.addWorkingDays(isoA, n));
      expect(days.workingDaysBetween(a, b)).toBe(naive.workingDaysBetween(isoA, isoB));
      expect(isoFromUtcDays(days.rollForward(a))).toBe(naive.isWorkingDay(isoA) ? isoA : naive.addWorkingDays(isoA, 1));
      expect(days.isProjected(a)).toBe(Number(isoA.slice(0, 4)) > york.lastPublishedYear);
      const [first, last] = b >= a ? [a + 1, b] : [b, a - 1];
      const weekdaysOff = eachDate(isoFromUtcDays(first), isoFromUtcDays(last)).filter((d) => isWeekday(d) && !naive.isWorkingDay(d));
      expect(days.daysOffBetween(a, b).map((d) => d.date)).toEqual(weekdaysOff);
    }), { numRuns: 300 });
  });

  it('returns shared, frozen days off, where the date API returns copies', () => {
    const [christmas] = days.daysOffBetween(day('2025-12-24'), day('2025-12-25'));
    expect(Object.isFrozen(christmas)).toBe(true);
    expect(days.daysOffBetween(day('2025-12-24'), day('2025-12-25'))[0]).toBe(christmas);
    const [copy] = york.daysOffBetween('2025-12-24', '2025-12-25');
    expect(Object.isFrozen(copy)).toBe(false);
    expect(copy).toEqual(christmas);
  });

  it('refuses day numbers outside the calendar or not whole, with a RangeError', () => {
    expect(() => days.addWorkingDays(day('2201-01-01'), 1)).toThrow('2201-01-01 is outside the calendar');
    expect(() => days.isWorkingDay(day('1977-12-31'))).toThrow(RangeError);
    expect(() => days.isWorkingDay(20076.5)).toThrow('A day number must be a whole number, not 20076.5');
    expect(() => days.daysOffBetween(20076, Number.NaN)).toThrow(RangeError);
  });
});

describe('createCalendar: messages and records, checked by hand', () => {
  const SHAPES_TEXT = 'a date written YYYY-MM-DD, or { "date": "YYYY-MM-DD", "reason": "why the office is closed" }';

  it('quotes each unknown option, and joins the problems with "; "', () => {
    expect(() => createCalendar({ closures: 5, extra: 1, other: 2 } as unknown as CalendarOptions)).toThrow(
      `closures: 5 is not a list of closure days: give an array, each ${SHAPES_TEXT}; unknown option "extra", "other": createCalendar takes closures, bankHolidays`);
    expect(() => createCalendar({ closures: [7, 8] } as unknown as CalendarOptions)).toThrow(
      `closures[0]: 7 is not a closure day: give ${SHAPES_TEXT}, or a Date; closures[1]: 8 is not a closure day: give ${SHAPES_TEXT}, or a Date`);
  });

  it('says which way an offset runs off the calendar, from which day', () => {
    const calendar = createCalendar();
    // Tue 30 Dec 2200: the calendar ends on Wed 31 Dec 2200, one working day later, not five.
    expect(() => calendar.addWorkingDays('2200-12-30', 5))
      .toThrow('2200-12-30 + 5 working days falls outside the calendar, which runs from 1978-01-01 to 2200-12-31');
    // Thu 5 Jan 1978: Wed 4 and Tue 3 are working days, Mon 2 the New Year holiday, Sun 1 the first day.
    expect(() => calendar.addWorkingDays('1978-01-05', -5))
      .toThrow('1978-01-05 - 5 working days falls outside the calendar, which runs from 1978-01-01 to 2200-12-31');
    expect(() => calendar.addWorkingDays('2025-01-01', 1.5)).toThrow('The number of working days must be a whole number, not 1.5');
    expect(() => calendar.bankHolidays(2201)).toThrow('No bank holidays for 2201: the calendar runs from 1978 to 2200');
  });

  it('gives a closure day its reason and never calls it projected, in a projected year', () => {
    // 2031 is past the published list (to 2028): Christmas Thursday 25, Boxing Day Friday 26, both projected.
    const calendar = createCalendar({ closures: [{ date: '2031-12-29', reason: 'Christmas closure' }] });
    expect(calendar.daysOffBetween('2031-12-24', '2031-12-31')).toEqual([
      { date: '2031-12-25', title: 'Christmas Day', projected: true, reason: 'bank-holiday' },
      { date: '2031-12-26', title: 'Boxing Day', projected: true, reason: 'bank-holiday' },
      { date: '2031-12-29', title: 'Christmas closure', projected: false, reason: 'closure' },
    ]);
  });
});

describe('createCalendar: the edges of its 512-day index blocks, checked by hand', () => {
  // Blocks are 512 days from Sun 1 Jan 1978 (day number 2922): block 33 starts at day
  // 2922 + 33 × 512 = 19818, Fri 5 Apr 2024, so Thu 4 Apr 2024 is the last day of block 32.
  // Easter 2024 is 31 March (Good Friday 29 Mar, Easter Monday 1 Apr): 2–5 and 8 April are working days.
  it('puts Fri 5 Apr 2024 at the start of a block', () => {
    expect(toDayNumber('2024-04-05')).toBe(2922 + 33 * 512);
  });

  it('counts forward and back from the last and the first day of a block', () => {
    const calendar = createCalendar();
    expect(calendar.addWorkingDays('2024-04-04', 1)).toBe('2024-04-05'); // last day of block 32, forward
    expect(calendar.addWorkingDays('2024-04-04', -1)).toBe('2024-04-03'); // last day of block 32, back
    expect(calendar.addWorkingDays('2024-04-05', 1)).toBe('2024-04-08'); // first day of block 33: Fri -> Mon
    expect(calendar.addWorkingDays('2024-04-05', -1)).toBe('2024-04-04');
    expect(calendar.nextWorkingDay('2024-04-04')).toBe('2024-04-05');
    // Into the next block from further back: Wed 3 + 2 is Thu 4 (1), Fri 5 (2), the first working day of block 33.
    expect(calendar.addWorkingDays('2024-04-03', 2)).toBe('2024-04-05');
    // Back to it from Mon 8: one working day before Mon 8 is Fri 5, still in block 33.
    expect(calendar.addWorkingDays('2024-04-08', -1)).toBe('2024-04-05');
    expect(calendar.addWorkingDays('2024-04-08', -2)).toBe('2024-04-04');
  });

  it('throws a RangeError, not only its message, for an offset off either end', () => {
    // vitest's toThrow('text') also passes when undefined is thrown, so the class is asserted too.
    const calendar = createCalendar();
    expect(() => calendar.addWorkingDays('2200-12-30', 5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('1978-01-05', -5)).toThrow(RangeError);
    expect(() => calendar.dayNumbers.addWorkingDays(toDayNumber('2200-12-31'), 1)).toThrow(RangeError);
  });

  it('keeps a closure on the first day of a block in that block only', () => {
    const calendar = createCalendar({ closures: ['2024-04-05'] });
    expect(calendar.isWorkingDay('2024-04-05')).toBe(false);
    expect(calendar.addWorkingDays('2024-04-04', 1)).toBe('2024-04-08'); // Fri 5 closed, so Mon 8
    // Wed 3 < d <= Mon 8: Thu 4, (Fri 5 closed), Mon 8 = 2 working days, one day off, listed once.
    expect(calendar.workingDaysBetween('2024-04-03', '2024-04-08')).toBe(2);
    expect(calendar.daysOffBetween('2024-04-03', '2024-04-08')).toEqual([
      { date: '2024-04-05', reason: 'closure', title: 'Closure day', projected: false },
    ]);
  });

  it('keeps a closure on the last day of a block', () => {
    const calendar = createCalendar({ closures: ['2024-04-04'] });
    expect(calendar.isWorkingDay('2024-04-04')).toBe(false);
    expect(calendar.addWorkingDays('2024-04-03', 1)).toBe('2024-04-05');
    expect(calendar.daysOffBetween('2024-04-03', '2024-04-08').map((d) => d.date)).toEqual(['2024-04-04']);
  });

  it('refuses, on day numbers, the day after the calendar ends (Thu 1 Jan 2201, in the last block)', () => {
    const days = createCalendar().dayNumbers;
    // Wed 31 Dec 2200 is the last day: one working day after it is outside, though 1 Jan 2201 is a Thursday.
    expect(() => days.addWorkingDays(toDayNumber('2200-12-31'), 1))
      .toThrow('2200-12-31 + 1 working days falls outside the calendar, which runs from 1978-01-01 to 2200-12-31');
    expect(() => days.addWorkingDays(toDayNumber('2200-12-30'), 2)).toThrow(RangeError);
    // December 2200: Christmas Day Thu 25, Boxing Day Fri 26 (31 December is a Wednesday).
    expect(days.daysOffBetween(toDayNumber('2200-12-01'), toDayNumber('2200-12-31')).map((d) => d.date))
      .toEqual(['2200-12-25', '2200-12-26']);
  });

  it('leaves a weekend day in a loaded list out of the bank holidays and the days off', () => {
    // Sat 22 Dec 2029 (25 December 2029 is a Tuesday): a weekend day is never a day off.
    const calendar = createCalendar({ bankHolidays: govUk([...events2029, event('2029-12-22', 'Invented Saturday')]) });
    expect(calendar.bankHolidays(2029).map((h) => h.date)).not.toContain('2029-12-22');
    expect(calendar.daysOffBetween('2029-12-21', '2029-12-27').map((d) => d.date)).toEqual(['2029-12-25', '2029-12-26']);
  });

  it('takes 2012, the first published year, from the published list, not the pattern', () => {
    // 2012: the spring bank holiday moved from Mon 28 May to Mon 4 June, and Tue 5 June was the
    // Diamond Jubilee; the standing pattern alone would give 28 May.
    const calendar = createCalendar();
    expect(calendar.isWorkingDay('2012-05-28')).toBe(true);
    expect(calendar.isWorkingDay('2012-06-04')).toBe(false);
    expect(calendar.bankHolidays(2012).map((h) => h.date)).toEqual([
      '2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26',
    ]);
  });
});
