import * as z from 'zod';
import { CALENDAR_RANGE, FIRST_DAY, LAST_DAY } from './calendarRange.js';
import { toDayNumber, type DateInput } from './dayNumber.js';
import { describeValue } from './describeValue.js';
import { instantToEpochMs, londonDayNumber } from './londonInstant.js';

/**
 * A zod check that reads a value with `read` (which throws on what it refuses) and requires the
 * day it gives to lie in the calendar: a date before 1978 or after 2200 has no working days, so
 * its deadlines could not be counted.
 */
function readsInCalendar<T>(read: (value: T) => number, notRead: string): (value: T, ctx: z.RefinementCtx<T>) => void {
  return (value, ctx) => {
    let day: number;
    try {
      day = read(value);
    } catch {
      ctx.addIssue({ code: 'custom', input: value, message: `${describeValue(value)} ${notRead}` });
      return;
    }
    if (day < FIRST_DAY || day > LAST_DAY) {
      ctx.addIssue({ code: 'custom', input: value, message: `${describeValue(value)} is outside ${CALENDAR_RANGE}` });
    }
  };
}

/**
 * A real calendar date written `YYYY-MM-DD` (ASCII digits) from 1978-01-01 to 2200-12-31, wherever
 * one is read: rule files, case records, options, published lists.
 */
export const IsoDateSchema = z.string().superRefine(readsInCalendar(toDayNumber, 'is not a real date written YYYY-MM-DD'));

/** An ISO 8601 timestamp with an explicit offset (see `instantToEpochMs`), on a day in the calendar. */
export const IsoInstantSchema = z.string().superRefine(readsInCalendar((value) => londonDayNumber(instantToEpochMs(value)),
  'is not an ISO 8601 timestamp with an offset, e.g. 2025-01-06T09:30:00Z'));

/** A valid `Date` whose date in London lies in the calendar. */
// Stryker disable next-line StringLiteral: unreachable text: z.date() refuses an invalid Date before this check, and toDayNumber throws on no valid Date
export const LondonDateSchema = z.date().superRefine(readsInCalendar(toDayNumber, 'is not a valid Date'));

/**
 * What the calendar functions and `evaluateCase`'s `asOf` take: a date written `YYYY-MM-DD`, or a
 * `Date`, which is read as the date it falls on in London (23:30 UTC on 30 June is 1 July).
 */
export const DateInputSchema: z.ZodType<DateInput> = z.union([IsoDateSchema, LondonDateSchema], { error: (issue) => `${issue.input === undefined ? 'no date' : `${describeValue(issue.input)} is not a date`}: give one written YYYY-MM-DD, or a Date` });
