/**
 * Issue 10, finding 2: the child protection process as events. A section 47 enquiry that
 * concludes no conference is needed closes the initial conference clock as not required; an
 * initial conference with outcome `plan` (or a recorded plan start) starts a plan, and
 * `child-protection-plan-ended` (or a review conference with outcome `no-plan`) ends it; the
 * first core group and the review conferences run only while the plan lasts.
 *
 * The St Helens case at level 4 (the national base applies in every authority):
 * - strategy discussion (section 47) Mon 12 Sep 2022 → initial conference due Tue 4 Oct 2022
 *   (15 working days, skipping the State Funeral on Mon 19 Sep: see nationalBase.test.ts);
 * - initial conference Mon 3 Oct 2022 → first core group due 10 working days later, Mon 17 Oct 2022
 *   (4–7 Oct (4), 10–14 (9), Mon 17 (10)), and the first review 3 months later, Tue 3 Jan 2023.
 */
import { describe, expect, it } from 'vitest';
import { deadline, deadlineIds, evaluate, need, stHelensCase, workingDaysAfter, type EventInput } from './caseBuilder.js';

const atLevel4 = (events: EventInput[]) => stHelensCase(events, { currentLevel: 4, lead: 'social-care', needs: need('suffering', 'met', 3, 'complex') });
const strategy: EventInput = { type: 'strategy-discussion', on: '2022-09-12', section47: true };

describe('a section 47 enquiry that concludes no conference is needed', () => {
  it('closes the conference clock as not required when it concludes by the due date (before: OVERDUE)', () => {
    // Concluded Fri 23 Sep 2022, before Tue 4 Oct: read as of Tue 1 Nov 2022.
    const result = evaluate(atLevel4([strategy, { type: 'section-47-concluded', on: '2022-09-23', conferenceRequired: false }]), '2022-11-01');
    expect(deadline(result, 'initial-child-protection-conference')).toMatchObject({ due: '2022-10-04', status: 'not-required',
      stoppedOn: '2022-09-23', metOn: null, workingDaysOverdue: 0, workingDaysRemaining: null });
    expect(result.flags.filter((f) => f.deadlineId !== null)).toEqual([]);
  });

  it('closes it as not required when it concludes on the due date itself', () => {
    // Concluded Tue 4 Oct 2022, the last day of the 15 working days: not yet past due, so not required.
    const result = evaluate(atLevel4([strategy, { type: 'section-47-concluded', on: '2022-10-04', conferenceRequired: false }]), '2022-11-01');
    expect(deadline(result, 'initial-child-protection-conference')).toMatchObject({ due: '2022-10-04', status: 'not-required',
      stoppedOn: '2022-10-04', workingDaysOverdue: 0 });
  });

  it('closes it as not required when it concludes the day the enquiry starts', () => {
    // Strategy discussion and conclusion both Mon 12 Sep 2022: the conclusion, on the start's own day, stops the clock.
    const result = evaluate(atLevel4([strategy, { type: 'section-47-concluded', on: '2022-09-12', conferenceRequired: false }]), '2022-11-01');
    expect(deadline(result, 'initial-child-protection-conference')).toMatchObject({ due: '2022-10-04', status: 'not-required',
      stoppedOn: '2022-09-12', workingDaysOverdue: 0 });
  });

  it('closes it unmet when it concludes after the 15 working days had run out', () => {
    // Concluded Mon 10 Oct 2022: working days after Tue 4 Oct = 5, 6, 7, 10 Oct → 4.
    const result = evaluate(atLevel4([strategy, { type: 'section-47-concluded', on: '2022-10-10', conferenceRequired: false }]), '2022-11-01');
    expect(deadline(result, 'initial-child-protection-conference')).toMatchObject({ status: 'closed-unmet', stoppedOn: '2022-10-10', workingDaysOverdue: 4 });
    expect(workingDaysAfter('2022-10-04', '2022-10-10')).toBe(4);
  });

  it('an enquiry that concludes a conference is needed leaves the clock running', () => {
    const result = evaluate(atLevel4([strategy, { type: 'section-47-concluded', on: '2022-09-23', conferenceRequired: true }]), '2022-09-26');
    // As of Mon 26 Sep: working days to Tue 4 Oct = 27, 28, 29, 30 Sep, 3, 4 Oct → 6.
    expect(deadline(result, 'initial-child-protection-conference')).toMatchObject({ status: 'open', workingDaysRemaining: 6 });
  });
});

describe('an initial conference that makes no plan', () => {
  it('meets the conference clock and starts no core group or review clock (before: first core group due)', () => {
    const result = evaluate(atLevel4([strategy, { type: 'child-protection-conference', on: '2022-10-03', kind: 'initial', outcome: 'no-plan' }]), '2023-06-01');
    expect(deadlineIds(result)).toEqual(['initial-child-protection-conference']);
    expect(deadline(result, 'initial-child-protection-conference')).toMatchObject({ status: 'met', metOn: '2022-10-03' });
  });

  it('a conference with no outcome recorded starts no plan, and a warning says which clocks it keeps from applying', () => {
    const result = evaluate(atLevel4([strategy, { type: 'child-protection-conference', on: '2022-10-03', kind: 'initial' }]), '2022-10-04');
    expect(deadlineIds(result)).toEqual(['initial-child-protection-conference']);
    expect(result.warnings).toEqual([{ code: 'missing-attribute', path: 'events[1].outcome',
      message: 'The child protection conference (initial) on Mon 3 Oct 2022 has no outcome, so it cannot '
        + 'record child protection plan started (for first-core-group, child-protection-review-conference)' }]);
  });
});

describe('a plan from the initial conference to its end', () => {
  const plan: EventInput = { type: 'child-protection-conference', on: '2022-10-03', kind: 'initial', outcome: 'plan' };

  it('starts the first core group and the review clock on the conference date', () => {
    const result = evaluate(atLevel4([strategy, plan]), '2022-10-04');
    expect(deadline(result, 'first-core-group')).toMatchObject({ start: '2022-10-03', due: '2022-10-17', startEvent: 'child-protection-plan-started' });
    expect(deadline(result, 'child-protection-review-conference')).toMatchObject({ start: '2022-10-03', due: '2023-01-03' });
  });

  it('a recorded plan start the same day is the same plan: no second clock', () => {
    const result = evaluate(atLevel4([strategy, plan, { type: 'child-protection-plan-started', on: '2022-10-03' }]), '2022-10-04');
    expect(deadlineIds(result)).toEqual(['initial-child-protection-conference', 'first-core-group', 'child-protection-review-conference']);
  });

  it('a plan ended before the first core group is due needs neither core group nor review', () => {
    // Plan ended Fri 7 Oct 2022, before Mon 17 Oct and Tue 3 Jan 2023.
    const result = evaluate(atLevel4([strategy, plan, { type: 'child-protection-plan-ended', on: '2022-10-07' }]), '2023-06-01');
    expect(result.deadlines.map((d) => [d.id, d.status, d.stoppedOn])).toEqual([
      ['initial-child-protection-conference', 'met', null],
      ['first-core-group', 'not-required', '2022-10-07'],
      ['child-protection-review-conference', 'not-required', '2022-10-07'],
    ]);
    expect(result.flags.filter((f) => f.deadlineId !== null)).toEqual([]);
  });

  it('a core group held after the plan ended does not meet it, nor is it warned about as dated before the plan', () => {
    // Plan ended Fri 7 Oct 2022, core group Mon 10 Oct: the plan's end stopped the clock first (not required, due Mon 17 Oct).
    const result = evaluate(atLevel4([strategy, plan, { type: 'child-protection-plan-ended', on: '2022-10-07' },
      { type: 'core-group-held', on: '2022-10-10' }]), '2023-06-01');
    expect(deadline(result, 'first-core-group')).toMatchObject({ status: 'not-required', metOn: null, stoppedOn: '2022-10-07' });
    expect(result.warnings).toEqual([]);
  });

  it('a plan ended the day it started needs neither core group nor review', () => {
    // Started and ended Mon 3 Oct 2022: both clocks stop on their first day, not required.
    const result = evaluate(atLevel4([strategy, plan, { type: 'child-protection-plan-ended', on: '2022-10-03' }]), '2023-06-01');
    expect(result.deadlines.map((d) => [d.id, d.status, d.stoppedOn])).toEqual([
      ['initial-child-protection-conference', 'met', null],
      ['first-core-group', 'not-required', '2022-10-03'],
      ['child-protection-review-conference', 'not-required', '2022-10-03'],
    ]);
  });

  it('a plan ended between reviews: the review after it is not required, and none follows', () => {
    // First review Tue 20 Dec 2022 keeps the plan (met; due Tue 3 Jan 2023). #2 is due 20 Dec + 6 months = Tue 20 Jun 2023;
    // the plan ends Wed 1 Mar 2023, before it: not required, stopped 1 Mar, and no #3.
    const result = evaluate(atLevel4([strategy, plan, { type: 'core-group-held', on: '2022-10-14' },
      { type: 'child-protection-conference', on: '2022-12-20', kind: 'review', outcome: 'plan' },
      { type: 'child-protection-plan-ended', on: '2023-03-01' }]), '2023-09-01');
    expect(result.deadlines.filter((d) => d.timescale === 'child-protection-review-conference').map((d) => [d.id, d.start, d.due, d.status, d.metOn, d.stoppedOn]))
      .toEqual([
        ['child-protection-review-conference', '2022-10-03', '2023-01-03', 'met', '2022-12-20', null],
        ['child-protection-review-conference#2', '2022-12-20', '2023-06-20', 'not-required', null, '2023-03-01'],
      ]);
  });

  it('a plan ended after the first core group was due, with none held, leaves it closed unmet', () => {
    // Ended Fri 21 Oct 2022: working days after Mon 17 Oct = 18, 19, 20, 21 → 4.
    const result = evaluate(atLevel4([strategy, plan, { type: 'child-protection-plan-ended', on: '2022-10-21' }]), '2023-06-01');
    expect(deadline(result, 'first-core-group')).toMatchObject({ status: 'closed-unmet', stoppedOn: '2022-10-21', workingDaysOverdue: 4 });
  });

  it('a plan ended at a review conference has no later review (before: review #2 OVERDUE)', () => {
    // Core group Fri 14 Oct 2022 (met). First review held Tue 20 Dec 2022 (due Tue 3 Jan 2023: met), deciding
    // no plan is needed. Without the plan's end, #2 would be due 20 Dec + 6 months = Tue 20 Jun 2023, overdue on 1 Sep 2023.
    const reviewEnds = evaluate(atLevel4([strategy, plan, { type: 'core-group-held', on: '2022-10-14' },
      { type: 'child-protection-conference', on: '2022-12-20', kind: 'review', outcome: 'no-plan' }]), '2023-09-01');
    expect(reviewEnds.deadlines.map((d) => [d.id, d.status, d.metOn])).toEqual([
      ['initial-child-protection-conference', 'met', '2022-10-03'],
      ['first-core-group', 'met', '2022-10-14'],
      ['child-protection-review-conference', 'met', '2022-12-20'],
    ]);
    // The same with the plan's end recorded as its own event on the day of the review.
    const endRecorded = evaluate(atLevel4([strategy, plan, { type: 'core-group-held', on: '2022-10-14' },
      { type: 'child-protection-conference', on: '2022-12-20', kind: 'review' }, { type: 'child-protection-plan-ended', on: '2022-12-20' }]), '2023-09-01');
    expect(endRecorded.deadlines).toEqual(reviewEnds.deadlines);
    expect(endRecorded.flags).toEqual([]);
  });

  it('a new plan after the first one ended starts the clocks again', () => {
    // Plan 1 ended Fri 7 Oct 2022. Plan 2 started Wed 1 Feb 2023: core group due 10 working days later,
    // 2–3 Feb (2), 6–10 (7), 13, 14, 15 Feb (10) → Wed 15 Feb 2023; review due 1 Feb + 3 months = Mon 1 May 2023.
    const result = evaluate(atLevel4([strategy, plan, { type: 'child-protection-plan-ended', on: '2022-10-07' },
      { type: 'child-protection-plan-started', on: '2023-02-01' }]), '2023-02-02');
    expect(result.deadlines.map((d) => [d.id, d.start, d.due, d.status])).toEqual([
      ['initial-child-protection-conference', '2022-09-12', '2022-10-04', 'met'],
      ['first-core-group', '2022-10-03', '2022-10-17', 'not-required'],
      ['first-core-group#2', '2023-02-01', '2023-02-15', 'open'],
      ['child-protection-review-conference', '2022-10-03', '2023-01-03', 'not-required'],
      ['child-protection-review-conference#2', '2023-02-01', '2023-05-01', 'open'],
    ]);
  });
});
