import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { invalidDate } from '../support/invalidDates.js';
import { GovUkBankHolidaysSchema, parseGovUkBankHolidays } from '../../src/calendar/govUkBankHolidays.js';

/** A small file in the shape GOV.UK publishes (https://www.gov.uk/bank-holidays.json). */
function govUk(events: unknown[]): Record<string, unknown> {
  return {
    'england-and-wales': { division: 'england-and-wales', events },
    scotland: {
      division: 'scotland',
      events: [
        { title: '2nd January', date: '2029-01-02', notes: '', bunting: true },
        { title: 'St Andrew’s Day', date: '2029-11-30', notes: '', bunting: true },
      ],
    },
    'northern-ireland': {
      division: 'northern-ireland',
      events: [{ title: 'St Patrick’s Day', date: '2029-03-19', notes: 'Substitute day', bunting: true }],
    },
  };
}

const event = (date: string, title: string, notes = '') => ({ title, date, notes, bunting: true });

describe('parseGovUkBankHolidays', () => {
  it('reads the England and Wales events only, as { date, title }, sorted by date', () => {
    const json = govUk([
      event('2029-12-26', 'Boxing Day'),
      event('2029-01-01', 'New Year’s Day'),
      event('2029-05-07', 'Early May bank holiday'),
    ]);
    expect(parseGovUkBankHolidays(json)).toEqual([
      { date: '2029-01-01', title: 'New Year’s Day' },
      { date: '2029-05-07', title: 'Early May bank holiday' },
      { date: '2029-12-26', title: 'Boxing Day' },
    ]);
  });

  it('accepts events without notes or bunting, and a file with only the england-and-wales division', () => {
    const json = { 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Good Friday', date: '2029-03-30' }] } };
    expect(parseGovUkBankHolidays(json)).toEqual([{ date: '2029-03-30', title: 'Good Friday' }]);
    expect(GovUkBankHolidaysSchema.safeParse(json).success).toBe(true);
  });

  it('survives a JSON round trip of a published-shape file', () => {
    const json = JSON.parse(JSON.stringify(govUk([event('2029-08-27', 'Summer bank holiday')]))) as unknown;
    expect(parseGovUkBankHolidays(json)).toEqual([{ date: '2029-08-27', title: 'Summer bank holiday' }]);
  });

  it.each([
    ['no england-and-wales division', { scotland: { division: 'scotland', events: [] } }, 'england-and-wales'],
    ['the wrong division name', { 'england-and-wales': { division: 'scotland', events: [event('2029-01-01', 'x')] } }, 'division'],
    ['no events', { 'england-and-wales': { division: 'england-and-wales' } }, 'events'],
    ['an empty events list', { 'england-and-wales': { division: 'england-and-wales', events: [] } }, 'events'],
    ['an event without a title', govUk([{ date: '2029-01-01', notes: '', bunting: true }]), 'title'],
    ['an event with an empty title', govUk([event('2029-01-01', '')]), 'title'],
    ['an event without a date', govUk([{ title: 'New Year’s Day', notes: '', bunting: true }]), 'date'],
    ['an impossible date', govUk([event('2029-02-30', 'Not a day')]), 'date'],
    ['a date not written YYYY-MM-DD', govUk([event('01/01/2029', 'New Year’s Day')]), 'date'],
    ['bunting that is not a boolean', govUk([{ title: 'Boxing Day', date: '2029-12-26', notes: '', bunting: 'yes' }]), 'bunting'],
    ['notes that are not a string', govUk([{ title: 'Boxing Day', date: '2029-12-26', notes: 7, bunting: true }]), 'notes'],
  ])('throws a TypeError naming the field for %s', (_what, json, field) => {
    expect(() => parseGovUkBankHolidays(json)).toThrow(TypeError);
    expect(() => parseGovUkBankHolidays(json)).toThrow(field);
  });

  it('names the position of the bad event', () => {
    const json = govUk([event('2029-01-01', 'New Year’s Day'), event('2029-13-01', 'Bad')]);
    expect(() => parseGovUkBankHolidays(json)).toThrow('events[1].date');
  });

  it('property: refuses every event date that is not a real date in 1978–2200, naming its position (issue 11)', () => {
    fc.assert(fc.property(invalidDate, fc.integer({ min: 0, max: 2 }), (date, at) => {
      const events = [event('2029-01-01', 'New Year’s Day'), event('2029-03-30', 'Good Friday'), event('2029-12-25', 'Christmas Day')];
      events[at] = event(date, 'Bad');
      expect(() => parseGovUkBankHolidays(govUk(events))).toThrow(`events[${at}].date`);
    }), { numRuns: 300 });
  });

  it.each([null, undefined, 'bank-holidays.json', 42, []])('throws a TypeError for %j', (json) => {
    expect(() => parseGovUkBankHolidays(json)).toThrow(TypeError);
    expect(() => parseGovUkBankHolidays(json)).toThrow('Not a GOV.UK bank-holidays.json');
  });
});
