import type { DayNumberCalendar } from '../calendar/createCalendar.js';
import { dueDate, judgedDay, type Counting } from '../evaluate/dueDate.js';

/**
 * Whether a working-day time limit of `amount` from `start` has run out by `reference` under a
 * counting convention: the last day it is met is before the day the reference date is judged
 * on (under `dfe-census`, the reference date moved forward to a working day).
 *
 * @example timeLimitPassed(toDayNumber('2025-01-31'), 45, toDayNumber('2025-03-31'), 'dfe-census', calendar) // false: 41 working days
 */
export function timeLimitPassed(start: number, amount: number, reference: number, counting: Counting,
  calendar: DayNumberCalendar): boolean {
  return judgedDay(reference, counting, calendar) > dueDate({ day: start }, { amount, unit: 'working-days', counting }, calendar).day;
}

/**
 * The DfE validator's query 8670Q: an assessment with no authorisation date whose start is more
 * than 45 working days before the reference date.
 */
export function queries8670Q(assessment: { start: number; authorised: number | null }, reference: number,
  counting: Counting, calendar: DayNumberCalendar): boolean {
  return assessment.authorised === null && timeLimitPassed(assessment.start, 45, reference, counting, calendar);
}

/**
 * The DfE validator's query 8675Q: a section 47 enquiry with no initial conference date and
 * `ICPCnotRequired` not true, whose start is more than 15 working days before the reference date.
 */
export function queries8675Q(enquiry: { start: number; conference: number | null; conferenceNotRequired: boolean },
  reference: number, counting: Counting, calendar: DayNumberCalendar): boolean {
  return enquiry.conference === null && !enquiry.conferenceNotRequired
    && timeLimitPassed(enquiry.start, 15, reference, counting, calendar);
}

/**
 * The DfE validator's query 8569Q: a referral whose `ReferralNFA` is not false (true, or not recorded)
 * dated before the collection start less one working day (pandas' `start - CustomBusinessDay(1)`,
 * which is `WORKDAY(start, -1)` whatever day the start is). Such a referral belongs to the
 * previous year's return. The statutory reading (the decision due one working day after the
 * referral, start excluded, and so made before the collection began) queries exactly the same
 * referrals: `WORKDAY(referral, 1) < start` holds when `referral < WORKDAY(start, -1)`.
 */
export function queries8569Q(referral: { on: number; noFurtherAction: boolean | null }, collectionStart: number,
  calendar: DayNumberCalendar): boolean {
  return referral.noFurtherAction !== false && referral.on < calendar.addWorkingDays(collectionStart, -1);
}
