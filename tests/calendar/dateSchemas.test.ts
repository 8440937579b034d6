import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateInputSchema, IsoDateSchema, IsoInstantSchema, LondonDateSchema } from '../../src/calendar/dateSchemas.js';
import { INVALID_DATE_EXAMPLES, invalidDate, validCalendarDate } from '../support/invalidDates.js';

const message = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;
const code = (result: { error?: { issues: { code: string }[] } }) => result.error?.issues[0]?.code;

describe('IsoDateSchema', () => {
  it('accepts real dates and names what it refuses', () => {
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(message(IsoDateSchema.safeParse('2025-02-29'))).toBe('"2025-02-29" is not a real date written YYYY-MM-DD');
    expect(message(IsoDateSchema.safeParse('29/02/2024'))).toBe('"29/02/2024" is not a real date written YYYY-MM-DD');
    expect(IsoDateSchema.safeParse(20240229).success).toBe(false);
  });
});

describe('IsoDateSchema: what is not a real date in 1978–2200 (issue 11, findings 1 and 2)', () => {
  it.each(Object.entries(INVALID_DATE_EXAMPLES))('refuses %s (%j)', (_what, date) => {
    expect(IsoDateSchema.safeParse(date).success).toBe(false);
  });

  it('refuses a non-digit as not a date, where it used to be accepted as NaN', () => {
    expect(message(IsoDateSchema.safeParse('2O24-12-09'))).toBe('"2O24-12-09" is not a real date written YYYY-MM-DD');
    expect(message(IsoDateSchema.safeParse('２０２４-１２-０９'))).toBe('"２０２４-１２-０９" is not a real date written YYYY-MM-DD');
  });

  it('refuses a real date outside the calendar, naming the range', () => {
    expect(message(IsoDateSchema.safeParse('1900-05-01'))).toBe('"1900-05-01" is outside the calendar, which runs from 1978-01-01 to 2200-12-31');
    expect(message(IsoDateSchema.safeParse('2201-01-01'))).toBe('"2201-01-01" is outside the calendar, which runs from 1978-01-01 to 2200-12-31');
    expect(IsoDateSchema.safeParse('1978-01-01').success).toBe(true);
    expect(IsoDateSchema.safeParse('2200-12-31').success).toBe(true);
  });

  it('property: refuses every invalid date with one issue, and accepts every valid one', () => {
    fc.assert(fc.property(invalidDate, (date) => {
      expect(IsoDateSchema.safeParse(date).error?.issues).toHaveLength(1);
    }), { numRuns: 2000 });
    fc.assert(fc.property(validCalendarDate(), (date) => {
      expect(IsoDateSchema.safeParse(date).success).toBe(true);
    }));
  });
});

describe('IsoInstantSchema', () => {
  it('accepts timestamps with an offset and refuses those without', () => {
    expect(IsoInstantSchema.safeParse('2025-03-30T00:30:00Z').success).toBe(true);
    expect(IsoInstantSchema.safeParse('2025-07-01T09:00:00+01:00').success).toBe(true);
    expect(message(IsoInstantSchema.safeParse('2025-07-01T09:00:00')))
      .toBe('"2025-07-01T09:00:00" is not an ISO 8601 timestamp with an offset, e.g. 2025-01-06T09:30:00Z');
  });

  it('refuses an instant on a day outside the calendar, judged by its London date', () => {
    expect(message(IsoInstantSchema.safeParse('1900-05-01T09:00:00Z')))
      .toBe('"1900-05-01T09:00:00Z" is outside the calendar, which runs from 1978-01-01 to 2200-12-31');
    // 23:30 on 31 Dec 1977 at UTC-1 is 00:30 GMT on 1 Jan 1978, in London: inside.
    expect(IsoInstantSchema.safeParse('1977-12-31T23:30:00-01:00').success).toBe(true);
    expect(IsoInstantSchema.safeParse('1977-12-31T23:30:00Z').success).toBe(false);
  });
});

describe('the issues the date checks raise', () => {
  it('are custom issues, whether the value cannot be read or lies outside the calendar', () => {
    expect(code(IsoDateSchema.safeParse('2025-02-29'))).toBe('custom');
    expect(code(IsoDateSchema.safeParse('2201-01-01'))).toBe('custom');
  });
});

describe('LondonDateSchema', () => {
  it('accepts a Date on a London day in the calendar, and names one outside it', () => {
    expect(LondonDateSchema.safeParse(new Date(Date.UTC(2025, 5, 30, 23, 30))).success).toBe(true);
    // Noon UTC on 1 January 2201 is noon GMT in London: a day past 31 December 2200.
    expect(message(LondonDateSchema.safeParse(new Date(Date.UTC(2201, 0, 1, 12)))))
      .toBe('"2201-01-01T12:00:00.000Z" is outside the calendar, which runs from 1978-01-01 to 2200-12-31');
  });
});

describe('DateInputSchema (asOf and the calendar functions)', () => {
  it('takes a date written YYYY-MM-DD, or a Date, as given', () => {
    expect(DateInputSchema.parse('2025-01-01')).toBe('2025-01-01');
    const lateJune = new Date(Date.UTC(2025, 5, 30, 23, 30)); // 00:30 BST on 1 July in London
    expect(DateInputSchema.parse(lateJune)).toBe(lateJune);
  });

  it('says "no date" when there is none, and names any other value that is not a date', () => {
    expect(message(DateInputSchema.safeParse(undefined))).toBe('no date: give one written YYYY-MM-DD, or a Date');
    expect(message(DateInputSchema.safeParse(42))).toBe('42 is not a date: give one written YYYY-MM-DD, or a Date');
    expect(message(DateInputSchema.safeParse(new Date(Number.NaN)))).toBe('an invalid Date is not a date: give one written YYYY-MM-DD, or a Date');
  });

  it('gives the date check’s own message for a string that is not a real date', () => {
    expect(message(DateInputSchema.safeParse('2025-02-29'))).toBe('"2025-02-29" is not a real date written YYYY-MM-DD');
  });
});
