import * as z from 'zod';
import { IsoDateSchema } from './dateSchemas.js';
import type { IsoDate } from './dayNumber.js';
import { describeValue } from './describeValue.js';

/** The shapes a closure day is written in, as an error message lists them. */
export const CLOSURE_SHAPES = 'a date written YYYY-MM-DD, or { "date": "YYYY-MM-DD", "reason": "why the office is closed" }';

/**
 * A day an authority is closed on top of bank holidays, in a rule file's `calendar.closures`
 * and in `createCalendar({ closures })` alike: a date, or a date with its reason.
 * @example ClosureSchema.parse('2025-12-29') // '2025-12-29'
 * @example ClosureSchema.parse({ date: '2025-04-09', reason: 'Staff training day' })
 */
export const ClosureSchema = z.union([
  IsoDateSchema,
  z.strictObject({ date: IsoDateSchema, reason: z.string().min(1) }),
], { error: (issue) => `${describeValue(issue.input)} is not a closure day: give ${CLOSURE_SHAPES}` });

/** The error when closure days are not given as a list, for every list of them. */
export const notAClosureList = (issue: { input?: unknown }): string =>
  `${describeValue(issue.input)} is not a list of closure days: give an array, each ${CLOSURE_SHAPES}`;

/** A closure day as written: `'2025-12-29'` or `{ date: '2025-12-29', reason: 'Christmas closure' }`. */
export type Closure = z.infer<typeof ClosureSchema>;

/** A closure day as the calendar holds it: its date, and its reason when one was given. */
export interface ClosureDay {
  date: IsoDate;
  reason?: string | undefined;
}

/**
 * A closure day in one shape, whichever it was written in.
 * @example closureDay('2025-12-29') // { date: '2025-12-29' }
 */
export function closureDay(closure: Closure): ClosureDay {
  return typeof closure === 'string' ? { date: closure } : closure;
}
