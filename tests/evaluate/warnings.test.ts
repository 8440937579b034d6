/**
 * Issue 10, findings 4 and 5: what the data cannot tell, or gets wrong, is said in `warnings`
 * ({ code, path, message }) instead of silently giving no deadline, a doubled one, or "overdue".
 * Warnings never change a due date.
 */
import { describe, expect, it } from 'vitest';
import { WARNING_CODES, type CaseWarning } from '../../src/index.js';
import { toDayNumber } from '../../src/calendar/dayNumber.js';
import { caseTimeline } from '../../src/evaluate/caseTimeline.js';
import type { CaseEvent } from '../../src/evaluate/caseRecord.js';
import { timelineWarnings } from '../../src/evaluate/timelineWarnings.js';
import { loadRuleSet, type RuleSet } from '../../src/rules/loadRuleSet.js';
import type { Timescale } from '../../src/rules/ruleFileSchema.js';
import { caseIn, deadline, deadlineIds, evaluate, need, stHelensCase, type EventInput } from './caseBuilder.js';

const atLevel4 = (events: EventInput[]) => stHelensCase(events, { currentLevel: 4, lead: 'social-care', needs: need('suffering', 'met', 3, 'complex') });

describe('silent gaps (finding 4)', () => {
  it('a strategy discussion without section47: no conference deadline, and a warning names the attribute and the timescale', () => {
    const result = evaluate(atLevel4([{ type: 'strategy-discussion', on: '2022-09-12' }]), '2022-09-13');
    expect(deadlineIds(result)).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'missing-attribute', path: 'events[0].section47',
      message: 'The strategy discussion on Mon 12 Sep 2022 has no section47, so it cannot start initial-child-protection-conference' }]);
  });

  it('Warrington from 1 Apr 2018, the national base from 4 Jul 2018: a referral on Tue 1 May 2018 says why it has no deadlines', () => {
    const result = evaluate(caseIn('warrington', { currentLevel: 4, lead: 'social-care', needs: need('none', 'met', 2, 'additional'),
      events: [{ type: 'referral-received', on: '2018-05-01' }] }), '2018-05-02');
    expect(result.deadlines).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'no-rule-in-force', path: 'events[0].on',
      message: 'The referral received on Tue 1 May 2018 would start referral-decision (in force from Wed 4 Jul 2018 to Thu 14 Dec 2023, from Fri 15 Dec 2023), '
        + 'child-and-family-assessment (in force from Wed 4 Jul 2018 to Thu 14 Dec 2023, from Fri 15 Dec 2023), but no edition is in force that day: no deadline is given' }]);
  });

  it('the same referral on Wed 4 Jul 2018, the day the base comes into force, gets its deadlines and no warning', () => {
    // The decision: 1 working day after Wed 4 Jul 2018 → Thu 5 Jul.
    const result = evaluate(caseIn('warrington', { currentLevel: 4, lead: 'social-care', needs: need('none', 'met', 2, 'additional'),
      events: [{ type: 'referral-received', on: '2018-07-04' }] }), '2018-07-04');
    expect(deadline(result, 'referral-decision').due).toBe('2018-07-05');
    expect(result.warnings).toEqual([]);
  });
});

describe('duplicates and impossible order (finding 5)', () => {
  const level2 = (events: EventInput[]) => stHelensCase(events);

  it('the same event recorded twice is counted once, with one warning (before: ehat-completion#2)', () => {
    // EHAT started Mon 13 Jan 2025 → ehat-completion due 30 days later, Wed 12 Feb 2025 (St Helens: 30 days).
    const once = evaluate(level2([{ type: 'assessment-started', on: '2025-01-13', kind: 'early-help' }]), '2025-01-14');
    const twice = evaluate(level2([{ type: 'assessment-started', on: '2025-01-13', kind: 'early-help' },
      { type: 'assessment-started', on: '2025-01-13', kind: 'early-help', note: 'entered again' }]), '2025-01-14');
    expect(deadline(twice, 'ehat-completion')).toMatchObject({ due: '2025-02-12', status: 'open' });
    expect(twice.deadlines).toEqual(once.deadlines);
    expect(twice.warnings).toEqual([{ code: 'duplicate-event', path: 'events[1]',
      message: 'The assessment started (early-help) on Mon 13 Jan 2025 is recorded again (as events[0]): it is counted once' }]);
  });

  it('an assessment completed (authorised) before it started: still unmet, and a warning says the dates are wrong', () => {
    const result = evaluate(level2([{ type: 'assessment-completed', on: '2025-01-06', kind: 'early-help' },
      { type: 'assessment-started', on: '2025-01-13', kind: 'early-help' }]), '2025-01-14');
    expect(deadline(result, 'ehat-completion')).toMatchObject({ status: 'open', metOn: null });
    expect(result.warnings).toEqual([{ code: 'end-before-start', path: 'events[0].on',
      message: 'The assessment completed (early-help) on Mon 6 Jan 2025 is dated before the assessment started (early-help) on Mon 13 Jan 2025 '
        + 'that starts ehat-completion, so it cannot meet it: check the dates' }]);
  });

  it('a conference before the strategy discussion: the conference clock is overdue, and a warning says why', () => {
    // Strategy discussion Mon 12 Sep 2022 → due Tue 4 Oct 2022; the only conference is dated Fri 2 Sep.
    const result = evaluate(atLevel4([{ type: 'child-protection-conference', on: '2022-09-02', kind: 'initial', outcome: 'plan' },
      { type: 'strategy-discussion', on: '2022-09-12', section47: true }]), '2022-10-10');
    expect(deadline(result, 'initial-child-protection-conference')).toMatchObject({ due: '2022-10-04', status: 'overdue' });
    expect(result.warnings).toEqual([{ code: 'end-before-start', path: 'events[0].on',
      message: 'The child protection conference (initial) on Fri 2 Sep 2022 is dated before the strategy discussion on Mon 12 Sep 2022 '
        + 'that starts initial-child-protection-conference, so it cannot meet it: check the dates' }]);
  });

  it('a plan ended before it started is out of order', () => {
    const result = evaluate(atLevel4([{ type: 'child-protection-plan-ended', on: '2025-03-01' }, { type: 'child-protection-plan-started', on: '2025-03-10' }]), '2025-03-11');
    expect(result.warnings).toEqual([{ code: 'out-of-order', path: 'events[0].on',
      message: 'The child protection plan ended on Sat 1 Mar 2025 is dated before the child protection plan started on Mon 10 Mar 2025 it follows: check the dates' }]);
  });

  it('a date ten years from the rest of the case', () => {
    // 5 Jan 2015 is 3654 days before 6 Jan 2025 (more than 730), and St Helens is not in force on it either.
    const result = evaluate(level2([{ type: 'meeting-decided', on: '2015-01-05' }, { type: 'meeting-decided', on: '2025-01-06' },
      { type: 'meeting-held', on: '2025-01-20', kind: 'initial' }]), '2025-01-21');
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['date-far-from-others', 'events[0].on'], ['no-rule-in-force', 'events[0].on']]);
    expect(result.warnings[0]?.message).toBe('The meeting decided on Mon 5 Jan 2015 is more than two years from every other event of the case (the nearest is on Mon 6 Jan 2025): check the date');
  });
});

describe('the warning codes', () => {
  it('are a stable documented list', () => {
    expect(WARNING_CODES).toEqual(['duplicate-event', 'missing-attribute', 'end-before-start', 'out-of-order', 'no-rule-in-force',
      'date-far-from-others', 'closed-with-deadlines-open']);
  });
});

// ---------------------------------------------------------------------------------------------
// timelineWarnings called directly on St Helens' rules, the case read as of Wed 31 Dec 2025.

describe('timelineWarnings, directly', () => {
  // A fresh copy of the rule set each time: what timelineWarnings works out once per rule set is worked out in each test.
  const warn = (events: object[]): CaseWarning[] =>
    timelineWarnings({ ...loadRuleSet('st-helens') }, caseTimeline(events as CaseEvent[], toDayNumber('2025-12-31')));
  const outOfOrder = (events: object[]): string[] => warn(events).filter((w) => w.code === 'out-of-order').map((w) => w.path);

  it('a conference with no kind or outcome: each missing attribute names every rule it keeps from working', () => {
    expect(warn([{ type: 'child-protection-conference', on: '2025-03-03' }])).toEqual([
      { code: 'missing-attribute', path: 'events[0].kind', message: 'The child protection conference on Mon 3 Mar 2025 has no kind, so it cannot '
        + 'meet initial-child-protection-conference, or meet child-protection-review-conference, '
        + 'or record child protection plan started (for first-core-group, child-protection-review-conference), '
        + 'or record child protection plan ended (for first-core-group, child-protection-review-conference)' },
      { code: 'missing-attribute', path: 'events[0].outcome', message: 'The child protection conference on Mon 3 Mar 2025 has no outcome, so it cannot '
        + 'record child protection plan started (for first-core-group, child-protection-review-conference), '
        + 'or record child protection plan ended (for first-core-group, child-protection-review-conference)' },
    ]);
  });

  it('a missing attribute a rule needs to start, stop or settle a timescale says which', () => {
    expect(warn([{ type: 'strategy-discussion', on: '2025-03-03' }, { type: 'section-47-concluded', on: '2025-03-04' },
      { type: 'referral-decision', on: '2025-03-05' }]).map((w) => [w.path, w.message])).toEqual([
      ['events[0].section47', 'The strategy discussion on Mon 3 Mar 2025 has no section47, so it cannot start initial-child-protection-conference'],
      ['events[1].conferenceRequired', 'The section 47 concluded on Tue 4 Mar 2025 has no conferenceRequired, so it cannot stop initial-child-protection-conference'],
      ['events[2].outcome', 'The referral decision on Wed 5 Mar 2025 has no outcome, so it cannot settle whether child-and-family-assessment applies'],
    ]);
  });

  it('a review conference with no outcome: only the rules for a review conference are missed', () => {
    // The initial-conference rules need kind "initial": this one is a review, so they are not its business.
    expect(warn([{ type: 'child-protection-conference', on: '2025-03-03', kind: 'review' }]).map((w) => w.message)).toEqual([
      'The child protection conference (review) on Mon 3 Mar 2025 has no outcome, so it cannot record child protection plan ended (for first-core-group, child-protection-review-conference)']);
  });

  it('out of order the same day, by the instants recorded: a plan ended at 09:00 that started at 14:00', () => {
    // No timescale runs from a plan's start to its end, so only the logical order can tell.
    expect(warn([{ type: 'child-protection-plan-started', at: '2025-01-10T14:00:00Z' }, { type: 'child-protection-plan-ended', at: '2025-01-10T09:00:00Z' }])
      .filter((w) => w.code === 'out-of-order')).toEqual([{ code: 'out-of-order', path: 'events[1].at',
      message: 'The child protection plan ended on Fri 10 Jan 2025 09:00 is dated before the child protection plan started on Fri 10 Jan 2025 14:00 it follows: check the dates' }]);
    // In the right order, or one of them given by its date alone (the day's order is unknown), nothing is out of order.
    expect(outOfOrder([{ type: 'child-protection-plan-started', at: '2025-01-10T09:00:00Z' }, { type: 'child-protection-plan-ended', at: '2025-01-10T14:00:00Z' }])).toEqual([]);
    expect(outOfOrder([{ type: 'child-protection-plan-started', at: '2025-01-10T14:00:00Z' }, { type: 'child-protection-plan-ended', on: '2025-01-10' }])).toEqual([]);
  });

  it('the earliest event a completed assessment can follow is found by instant too, across kinds', () => {
    // Fri 10 Jan: an early help assessment started at 13:00, one of no recorded kind at 08:00; the
    // early help assessment completed at 12:00 follows the 08:00 one, so it is not out of order.
    expect(outOfOrder([{ type: 'assessment-started', at: '2025-01-10T13:00:00Z', kind: 'early-help' }, { type: 'assessment-started', at: '2025-01-10T08:00:00Z' },
      { type: 'assessment-completed', at: '2025-01-10T12:00:00Z', kind: 'early-help' }])).toEqual([]);
    // With the unkinded one at 12:30 too, the earliest it can follow is 12:30: out of order.
    expect(outOfOrder([{ type: 'assessment-started', at: '2025-01-10T13:00:00Z', kind: 'early-help' }, { type: 'assessment-started', at: '2025-01-10T12:30:00Z' },
      { type: 'assessment-completed', at: '2025-01-10T12:00:00Z', kind: 'early-help' }])).toEqual(['events[2].at']);
  });

  it('one start it could follow given by its date alone that day, whichever its kind, and nothing is out of order', () => {
    // The early help start at 12:30 is after the completion at 12:00, but the unkinded start of
    // Fri 10 Jan (no time) may have been earlier, and the other way round.
    expect(outOfOrder([{ type: 'assessment-started', at: '2025-01-10T12:30:00Z', kind: 'early-help' }, { type: 'assessment-started', on: '2025-01-10' },
      { type: 'assessment-completed', at: '2025-01-10T12:00:00Z', kind: 'early-help' }])).toEqual([]);
    expect(outOfOrder([{ type: 'assessment-started', on: '2025-01-10', kind: 'early-help' }, { type: 'assessment-started', at: '2025-01-10T12:30:00Z' },
      { type: 'assessment-completed', at: '2025-01-10T12:00:00Z', kind: 'early-help' }])).toEqual([]);
  });

  it('out of order by kind: a completed assessment follows a started one of its own kind, or of no recorded kind', () => {
    const completed = { type: 'assessment-completed', on: '2025-01-06', kind: 'early-help' };
    // Started early help on Mon 13 Jan only: the completion on Mon 6 Jan comes first.
    expect(outOfOrder([completed, { type: 'assessment-started', on: '2025-01-13', kind: 'early-help' }])).toEqual(['events[0].on']);
    // A child and family assessment started on Wed 1 Jan is another kind: still out of order.
    expect(outOfOrder([{ type: 'assessment-started', on: '2025-01-01', kind: 'child-and-family' }, completed,
      { type: 'assessment-started', on: '2025-01-13', kind: 'early-help' }])).toEqual(['events[1].on']);
    // Only another kind started: nothing it follows, nothing to say.
    expect(outOfOrder([{ type: 'assessment-started', on: '2025-01-13', kind: 'child-and-family' }, completed])).toEqual([]);
    // An assessment started with no kind recorded on Wed 1 Jan may be this one.
    expect(outOfOrder([{ type: 'assessment-started', on: '2025-01-01' }, completed, { type: 'assessment-started', on: '2025-01-13', kind: 'early-help' }])).toEqual([]);
    // A completion with no kind follows the earliest start of any kind (Wed 1 Jan).
    expect(outOfOrder([{ type: 'assessment-started', on: '2025-01-01', kind: 'child-and-family' }, { type: 'assessment-completed', on: '2025-01-06' },
      { type: 'assessment-started', on: '2025-01-13', kind: 'early-help' }])).toEqual([]);
    // Started and completed the same day, in either order in the record: not out of order.
    expect(outOfOrder([completed, { type: 'assessment-started', on: '2025-01-06', kind: 'early-help' }])).toEqual([]);
  });

  it('each pair of the logical order: the later event dated a week before the earlier one is out of order, the other way round is not', () => {
    // Mon 6 Jan 2025 is 7 days before Mon 13 Jan 2025.
    for (const [earlier, later] of [['contact-received', 'screening-completed'], ['referral-received', 'referral-decision'],
      ['assessment-started', 'assessment-completed'], ['strategy-discussion', 'section-47-concluded'],
      ['child-protection-plan-started', 'child-protection-plan-ended'], ['child-protection-plan-started', 'core-group-held']]) {
      expect(outOfOrder([{ type: later, on: '2025-01-06' }, { type: earlier, on: '2025-01-13' }]), `${later} before ${earlier}`).toEqual(['events[0].on']);
      expect(outOfOrder([{ type: earlier, on: '2025-01-06' }, { type: later, on: '2025-01-13' }]), `${earlier} before ${later}`).toEqual([]);
    }
    expect(warn([{ type: 'core-group-held', on: '2025-01-06' }, { type: 'child-protection-plan-started', on: '2025-01-13' }])
      .find((w) => w.code === 'out-of-order')?.message).toBe(
      'The core group held on Mon 6 Jan 2025 is dated before the child protection plan started on Mon 13 Jan 2025 it follows: check the dates');
  });

  it('a conference of no recorded kind before an initial one is not said to follow it: only a review conference does', () => {
    // Mon 3 Mar 2025 (no kind), then the initial conference on Mon 10 Mar: nothing to say about order.
    expect(outOfOrder([{ type: 'child-protection-conference', on: '2025-03-03' },
      { type: 'child-protection-conference', on: '2025-03-10', kind: 'initial', outcome: 'plan' }])).toEqual([]);
  });

  it('a completed assessment follows the earliest start of its kind, not a later one: started Wed 1 Jan and Mon 20 Jan, completed Fri 10 Jan', () => {
    expect(outOfOrder([{ type: 'assessment-started', on: '2025-01-01', kind: 'early-help' }, { type: 'assessment-completed', on: '2025-01-10', kind: 'early-help' },
      { type: 'assessment-started', on: '2025-01-20', kind: 'early-help' }])).toEqual([]);
  });

  it('a completion with no kind recorded, before the only start (of a kind): out of order', () => {
    // Completed Mon 6 Jan, started (early help) Mon 13 Jan.
    expect(outOfOrder([{ type: 'assessment-completed', on: '2025-01-06' }, { type: 'assessment-started', on: '2025-01-13', kind: 'early-help' }])).toEqual(['events[0].on']);
  });

  it('starts of its own kind and of no kind on one day: the warning names the one of its own kind', () => {
    // Completed (early help) Mon 6 Jan; started with no kind, and started (early help), both on Mon 13 Jan.
    expect(warn([{ type: 'assessment-completed', on: '2025-01-06', kind: 'early-help' }, { type: 'assessment-started', on: '2025-01-13' },
      { type: 'assessment-started', on: '2025-01-13', kind: 'early-help' }]).filter((w) => w.code === 'out-of-order').map((w) => w.message)).toEqual([
      'The assessment completed (early-help) on Mon 6 Jan 2025 is dated before the assessment started (early-help) on Mon 13 Jan 2025 it follows: check the dates']);
  });

  it('a review conference before any initial one follows nothing: the initial one on Mon 10 Mar makes it out of order', () => {
    const review = { type: 'child-protection-conference', on: '2025-03-03', kind: 'review', outcome: 'plan' };
    expect(outOfOrder([review])).toEqual([]);
    expect(outOfOrder([review, { type: 'child-protection-conference', on: '2025-03-10', kind: 'initial', outcome: 'plan' }])).toEqual(['events[0].on']);
  });

  it('an implied event is never out of order itself: the plan end a review conference implies, before the plan start', () => {
    // The review conference (no plan) on Mon 3 Mar implies the plan ended that day; the plan started on Mon 10 Mar.
    // The recorded review conference has no initial conference to follow, so nothing is said about it either.
    expect(outOfOrder([{ type: 'child-protection-conference', on: '2025-03-03', kind: 'review', outcome: 'no-plan' },
      { type: 'child-protection-plan-started', on: '2025-03-10' }])).toEqual([]);
  });

  it('far dates: exactly 730 days is not "more than two years"; the events a conference implies do not count as near it', () => {
    // Sat 2 Jan 2021 → Mon 2 Jan 2023 is 365 + 365 = 730 days.
    const far = (events: object[]): string[] => warn(events).filter((w) => w.code === 'date-far-from-others').map((w) => w.path);
    expect(far([{ type: 'meeting-decided', on: '2021-01-02' }, { type: 'meeting-decided', on: '2023-01-02' }, { type: 'meeting-decided', on: '2023-01-03' }])).toEqual([]);
    expect(far([{ type: 'meeting-decided', on: '2021-01-01' }, { type: 'meeting-decided', on: '2023-01-02' }, { type: 'meeting-decided', on: '2023-01-03' }])).toEqual(['events[0].on']);
    // The initial conference of Fri 2 Jan 2015 implies a plan started that day: still ten years from the rest.
    expect(far([{ type: 'child-protection-conference', on: '2015-01-02', kind: 'initial', outcome: 'plan' },
      { type: 'meeting-decided', on: '2025-01-06' }, { type: 'meeting-decided', on: '2025-01-07' }])).toEqual(['events[0].on']);
  });
});

// ---------------------------------------------------------------------------------------------
// timelineWarnings on rule sets made for the test from St Helens' own (fresh objects each time).

describe('timelineWarnings, on rule sets made for the test', () => {
  const stHelens = () => loadRuleSet('st-helens');
  const read = (events: object[]) => caseTimeline(events as CaseEvent[], toDayNumber('2025-12-31'));

  it('with no timescale a plan start would start, the missing outcome says only what the conference would record', () => {
    const none = { ...stHelens(), timescales: [] };
    expect(timelineWarnings(none, read([{ type: 'child-protection-conference', on: '2025-03-03', kind: 'initial' }]))).toEqual([
      { code: 'missing-attribute', path: 'events[0].outcome',
        message: 'The child protection conference (initial) on Mon 3 Mar 2025 has no outcome, so it cannot record child protection plan started' }]);
  });

  it('editions whose start events differ: an event only the first matches, between the two, is in a gap; one neither matches is not', () => {
    const level2 = stHelens().timescales.find((t) => t.id === 'mash-screening-level-2') as Timescale;
    // In force always until Tue 31 Dec 2019 for contacts received as level 2; from Fri 1 Jan 2021 for level 3.
    const editions = { ...stHelens(), timescales: [
      { ...level2, effectiveFrom: undefined, effectiveTo: '2019-12-31', start: { event: 'contact-received', where: { receivedAsLevel: [2] } } },
      { ...level2, effectiveFrom: '2021-01-01', effectiveTo: undefined, start: { event: 'contact-received', where: { receivedAsLevel: [3] } } },
    ] } as RuleSet;
    const contact = (receivedAsLevel: number) => read([{ type: 'contact-received', on: '2020-06-01', receivedAsLevel }]);
    expect(timelineWarnings(editions, contact(2))).toEqual([{ code: 'no-rule-in-force', path: 'events[0].on',
      message: 'The contact received on Mon 1 Jun 2020 would start mash-screening-level-2 '
        + '(in force always to Tue 31 Dec 2019, from Fri 1 Jan 2021), but no edition is in force that day: no deadline is given' }]);
    expect(timelineWarnings(editions, contact(3)).map((w) => w.code)).toEqual(['no-rule-in-force']);
    expect(timelineWarnings(editions, contact(1))).toEqual([]);
  });
});

describe('end-before-start only when the deadline is left unmet', () => {
  it('a screening earlier the same day than the contact it screens: before it by the times recorded, so unmet and warned', () => {
    // Contact Tue 7 Jan 2025 10:15, screening 09:00 that morning (GMT): the screening cannot meet the
    // clock the contact starts (4 days: due Sat 11 Jan), which is overdue on Mon 20 Jan.
    const result = evaluate(stHelensCase([{ type: 'screening-completed', at: '2025-01-07T09:00:00Z', outcomeLevel: 2 },
      { type: 'contact-received', at: '2025-01-07T10:15:00Z', receivedAsLevel: 2 }]), '2025-01-20');
    expect(deadline(result, 'mash-screening-level-2')).toMatchObject({ due: '2025-01-11', status: 'overdue', metOn: null });
    expect(result.warnings).toEqual([{ code: 'end-before-start', path: 'events[0].at',
      message: 'The screening completed on Tue 7 Jan 2025 09:00 is dated before the contact received on Tue 7 Jan 2025 10:15 '
        + 'that starts mash-screening-level-2, so it cannot meet it: check the dates' }]);
  });


  it('a screening before the contact, then one after that meets it: out of order, but no end-before-start', () => {
    // Screened Mon 6 Jan 2025, contact Tue 7 Jan, screened again Wed 8 Jan: met by the 8 Jan screening (due Sat 11 Jan),
    // so the early one only reads as out of order.
    const result = evaluate(stHelensCase([{ type: 'screening-completed', on: '2025-01-06', outcomeLevel: 2 },
      { type: 'contact-received', on: '2025-01-07', receivedAsLevel: 2 }, { type: 'screening-completed', on: '2025-01-08', outcomeLevel: 2 }]), '2025-01-09');
    expect(deadline(result, 'mash-screening-level-2')).toMatchObject({ due: '2025-01-11', status: 'met', metOn: '2025-01-08' });
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['out-of-order', 'events[0].on']]);
  });
});
