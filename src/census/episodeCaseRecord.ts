import { fromDayNumber } from '../calendar/dayNumber.js';
import type { CaseEvent } from '../evaluate/caseRecord.js';
import type { EpisodeDates } from './episodeDates.js';

/** A case record built from a census episode: under the national rules alone, so no level or needs. */
export interface CensusCaseRecord {
  id: string;
  authority: 'england';
  events: CaseEvent[];
}

/**
 * The case record of a census episode, under the national rules (`authority: "england"`). The
 * census records dates, not every event of the statutory process, so some readings are taken:
 *
 * - `CINreferralDate` is the referral (`referral-received`). `ReferralNFA` true is a decision of
 *   no further action (`referral-decision`, outcome `no-further-action`), dated on the referral
 *   date, as the census gives no date of its own for the decision; no other decision is recorded.
 * - Each assessment is a child and family assessment: `assessment-started` on
 *   `AssessmentActualStartDate`, `assessment-completed` on `AssessmentAuthorisationDate`.
 * - Each `Section47` is a strategy discussion at which section 47 enquiries began
 *   (`strategy-discussion`, section47 true) on `S47ActualStartDate`. `ICPCnotRequired` true
 *   concludes it with no conference needed (`section-47-concluded`, conferenceRequired false),
 *   dated on its start, as the census gives no date for that conclusion.
 * - A `DateOfInitialCPC` (of the enquiry, or of the episode: one conference per date) is an
 *   initial conference, outcome `plan` when a child protection plan starts that day, else `no-plan`.
 * - A plan's `CPPstartDate` is `child-protection-plan-started`, unless an initial conference with
 *   outcome `plan` on that day already starts it; each `CPPreviewDate` is a review conference;
 *   `CPPendDate` is `child-protection-plan-ended`.
 * - `CINclosureDate` closes the case (`closed`, the last event of its day).
 * - `CINPlanDates` are not read: no national timescale runs on a child in need plan.
 *
 * @example episodeCaseRecord(dates).events[0] // { type: 'referral-received', on: '2024-06-03' }
 */
export function episodeCaseRecord(dates: EpisodeDates): CensusCaseRecord {
  const events: { day: number; order: number; event: CaseEvent }[] = [];
  const add = (day: number, event: Omit<CaseEvent, 'on'>): void => {
    events.push({ day, order: events.length, event: { ...event, on: fromDayNumber(day) } as CaseEvent });
  };
  add(dates.referral, { type: 'referral-received' });
  if (dates.noFurtherAction === true) add(dates.referral, { type: 'referral-decision', outcome: 'no-further-action' });
  for (const a of dates.assessments) {
    add(a.start, { type: 'assessment-started', kind: 'child-and-family' });
    if (a.authorised !== null) add(a.authorised, { type: 'assessment-completed', kind: 'child-and-family' });
  }
  const planStarts = new Set(dates.plans.map((p) => p.start));
  const conferences = new Set<number>();
  const conference = (day: number | null): void => {
    if (day === null || conferences.has(day)) return;
    conferences.add(day);
    add(day, { type: 'child-protection-conference', kind: 'initial', outcome: planStarts.has(day) ? 'plan' : 'no-plan' });
  };
  for (const s of dates.enquiries) {
    add(s.start, { type: 'strategy-discussion', section47: true });
    if (s.conferenceNotRequired) add(s.start, { type: 'section-47-concluded', conferenceRequired: false });
    conference(s.conference);
  }
  conference(dates.initialConference);
  for (const p of dates.plans) {
    if (!conferences.has(p.start)) add(p.start, { type: 'child-protection-plan-started' });
    for (const review of p.reviews) add(review, { type: 'child-protection-conference', kind: 'review' });
    if (p.end !== null) add(p.end, { type: 'child-protection-plan-ended' });
  }
  if (dates.closure !== null) add(dates.closure, { type: 'closed' });
  // By date; on one day, in the order above, so a closure is the day's last event.
  events.sort((a, b) => a.day - b.day || a.order - b.order);
  return { id: dates.id, authority: 'england', events: events.map((e) => e.event) };
}
