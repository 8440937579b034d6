/**
 * Every recommendation path each authority publishes, a move with no published route, and stay.
 *
 * A step shows a due date only when the step itself starts the clock (issue 10, finding 6), and
 * then as the interval after the step ("24 hours after you do this"), with the clock's title to
 * say whose time it is; the date only once the case records the event that starts it and the
 * clock still runs. Before, every linked step got a date counted from the as-of date, as if the
 * step were done today and the time were the practitioner's: St Helens' "Continue Family Action
 * Meetings" showed a review date with no meeting held, York's request to the MASH showed the MASH's
 * decision deadline, the service request form showed the MASH's 24-hour screening time.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet, type CaseRecordInput, type Evaluation, type NeedProfile, type StepDue } from '../../src/index.js';
import type { LevelAssessment } from '../../src/evaluate/assessLevel.js';
import type { Deadline } from '../../src/evaluate/deadlines.js';
import { noLevelsRecommendation, recommend as recommendFrom, type RecommendationContext } from '../../src/evaluate/recommendation.js';
import type { Citation, Level, Pathway } from '../../src/rules/ruleFileSchema.js';
import { caseIn, evaluate, need, type Authority, type EventInput } from './caseBuilder.js';

const AS_OF = '2025-01-31';

function recommend(authority: Authority, currentLevel: 1 | 2 | 3 | 4, lead: CaseRecordInput['lead'], needs: NeedProfile,
  events: EventInput[] = []): Evaluation['recommendation'] {
  return evaluate(caseIn(authority, { currentLevel, lead, needs, events }), AS_OF).recommendation;
}

// The clocks the steps start, as the rule files define them.
const mashScreening = (date: string | null = null): StepDue => ({ timescale: 'mash-screening-level-3',
  title: 'MASH screening of a contact received as Level 3', amount: 24, unit: 'hours', after: '24 hours after you do this', date });
const referralDecision = (date: string | null = null): StepDue => ({ timescale: 'referral-decision',
  title: 'Decision on a referral (acknowledge it, decide next steps and the type of response)', amount: 1, unit: 'working-days',
  after: '1 working day after you do this', date });

const s47 = need('suffering', 'met', 2, 'additional');
const s17 = need('none', 'met', 2, 'additional');

describe('St Helens', () => {
  it('partner-agency lead, level 2 → 4: telephone Contact Cares first, then a MASH service request; EHAT kept open', () => {
    const r = recommend('st-helens', 2, 'partner-agency', s47);
    expect(r).toMatchObject({ action: 'step-up', from: 2, to: 4, pathway: 'partner-agency-step-up-child-protection' });
    expect(r.steps.map((s) => [s.contact, s.due])).toEqual([
      ['Contact Cares (front door to Children’s Social Care), 01744 676767', null],
      ['MASH (service requests), adultandchildrenteam@sthelens.gov.uk', null],
      [null, null],
      [null, null],
    ]);
    expect(r.steps[0]?.text).toBe('Telephone Contact Cares on 01744 676767 about the child protection concerns (Level 4 on the DON).');
    expect(r.steps[1]?.text).toMatch(/^Then complete a MASH service request/);
    expect(r.steps[2]?.text).toBe('Keep the EHAT record open until the MASH outcome has been confirmed.');
    expect(r.citation?.source).toBe('st-helens-standards-2022');
    expect(r.reason).toBe('The needs meet level 4 (Child Protection): Step up from Level 2 led by a partner agency: child protection concerns (Level 4)');
  });

  it('partner-agency lead, level 2 → 3: the service request starts the MASH’s 24-hour screening, not a time for the form', () => {
    // Sending the form is the contact the MASH receives as Level 3; screening is due 24 hours after
    // it. No contact is recorded, so there is no date: before, the step showed "due Sat 1 Feb"
    // (the as-of date + 24 hours), which read as the form's own due date.
    const r = recommend('st-helens', 2, 'partner-agency', s17);
    expect(r).toMatchObject({ action: 'step-up', from: 2, to: 3, pathway: 'partner-agency-step-up-level-3' });
    expect(r.steps).toHaveLength(4);
    expect(r.steps[1]).toEqual({ text: 'Complete a MASH service request form detailing the concerns and the reasons for the decision, and send it to the MASH.',
      contact: 'MASH (service requests), adultandchildrenteam@sthelens.gov.uk', due: mashScreening() });
    expect(r.steps.map((s) => s.due)).toEqual([null, mashScreening(), null, null]);
  });

  it('once the case records the step, the step shows the date its clock is due', () => {
    // The service request was received as Level 3 on Thu 30 Jan 2025 at 14:00 (GMT): screening is
    // due 24 hours later, Fri 31 Jan 14:00, and not yet done as of Fri 31 Jan.
    const sent: EventInput[] = [{ type: 'contact-received', at: '2025-01-30T14:00:00Z', receivedAsLevel: 3 }];
    const r = recommend('st-helens', 2, 'partner-agency', s17, sent);
    expect(r.steps[1]?.due).toEqual(mashScreening('2025-01-31T14:00:00+00:00'));
    // Screened in time: that clock no longer runs, so the step shows the interval again.
    const screened = recommend('st-helens', 2, 'partner-agency', s17,
      [...sent, { type: 'screening-completed', at: '2025-01-31T09:00:00Z', outcomeLevel: 3 }]);
    expect(screened.steps[1]?.due).toEqual(mashScreening());
  });

  it('Early Help Team lead, level 2 → 3: planned transfer discussed with the Duty Team Manager', () => {
    const r = recommend('st-helens', 2, 'early-help-team', s17);
    expect(r).toMatchObject({ action: 'step-up', to: 3, pathway: 'early-help-team-step-up-level-3' });
    expect(r.steps.map((s) => s.contact)).toEqual(['Duty Team Manager (Children’s Social Care)', null, null]);
  });

  it('Early Help Team lead, level 2 → 4: immediate concerns, the Early Help Manager contacts the Duty Team Manager', () => {
    const r = recommend('st-helens', 2, 'early-help-team', s47);
    expect(r).toMatchObject({ action: 'step-up', to: 4, pathway: 'early-help-team-step-up-child-protection' });
    expect(r.steps[0]?.text).toMatch(/^The Early Help Manager contacts the relevant Duty Team Manager/);
    expect(r.steps[0]?.contact).toBe('Duty Team Manager (Children’s Social Care)');
  });

  it.each([3, 4] as const)('social care lead, level %i → 2: step down; Family Action Meetings continue, with no due date', (from) => {
    // "Continue Family Action Meetings" starts no clock: the first review is due a month after an
    // initial Family Action Meeting, and none is recorded. Before, step 5 showed "due Fri 28 Feb"
    // (31 Jan + 1 month), a review of a meeting that does not exist.
    const r = recommend('st-helens', from, 'social-care', need('none', 'not-met', 2, 'additional'));
    expect(r).toMatchObject({ action: 'step-down', from, to: 2, pathway: 'social-care-step-down-level-2' });
    expect(r.steps).toHaveLength(5);
    expect(r.steps[0]?.text).toBe('Establish consent with the family that they wish to access ongoing support at Level 2.');
    expect(r.steps[4]?.text).toBe('Continue Family Action Meetings until outcomes are met, to support regular review of progress made.');
    expect(r.steps.map((s) => s.due)).toEqual([null, null, null, null, null]);
  });

  it('level 2 → 1: close the EHAT, back to universal services', () => {
    const r = recommend('st-helens', 2, 'partner-agency', need('none', 'not-met', 0, 'none'));
    expect(r).toMatchObject({ action: 'close', from: 2, to: 1, pathway: 'close-early-help' });
    expect(r.steps.map((s) => s.text)).toEqual([
      'At review, confirm that the outcomes specified in the Plan have been achieved, or that the Family Action Plan is no longer required.',
      'Complete the EHAT closure checklist and close the EHAT record.',
      'The family continues to receive universal services.',
    ]);
    expect(r.citation?.quote).toBe('The EHAT closure checklist should be completed and the EHAT record closed.');
  });

  it('level 1 → 2: start early help; starting the EHAT starts its 30 days, a pre-birth assessment its 45', () => {
    // The EHAT's clock starts when the assessment is started (ehat-completion): "30 days after you
    // do this", not "due Sun 2 Mar" (the as-of date + 30 days) as before.
    const r = recommend('st-helens', 1, undefined, need('none', 'not-met', 2, 'additional'));
    expect(r).toMatchObject({ action: 'step-up', to: 2, pathway: 'start-early-help' });
    expect(r.steps.map((s) => s.text.slice(0, 40))).toEqual(['Search Single View, the electronic gatew', 'Gain consent from the young person or fa',
      'Start the Early Help Assessment (EHAT) a', 'For an unborn child, start and complete ', 'Consider whether a Family Action Meeting']);
    expect(r.steps.map((s) => s.due && [s.due.timescale, s.due.after, s.due.date])).toEqual([null, null,
      ['ehat-completion', '30 days after you do this', null], ['pre-birth-assessment', '45 days after you do this', null], null]);
  });

  it.each([3, 4] as const)('level 1 → %i: refer to Contact Cares, on the strategy’s number', (to) => {
    // The referral to Contact Cares comes from the 2019 strategy, which gives 01744 676600 (l.434,
    // l.442-443); before, this route gave the 2022 standards' 01744 676767 (l.757). Screening is the
    // MASH's, and the end of its clock, so step 2 carries no due date (before: "due Sat 1 Feb").
    const r = recommend('st-helens', 1, undefined, to === 4 ? s47 : s17);
    expect(r).toMatchObject({ action: 'step-up', to, pathway: 'refer-to-contact-cares' });
    expect(r.steps[0]?.contact).toBe('Contact Cares (front door to Children’s Social Care), 01744 676600');
    expect(r.steps.map((s) => s.due)).toEqual([null, null, null, null]);
  });

  it('level 3 → 4 has no published route: step up with no steps, and the reason says so', () => {
    const r = recommend('st-helens', 3, 'social-care', s47);
    expect(r).toMatchObject({ action: 'step-up', from: 3, to: 4, pathway: null, steps: [] });
    expect(r.reason).toBe('The needs meet level 4 (Child Protection); St Helens Council publishes no route for this move when the lead is social-care in st-helens');
    // It still cites the threshold that gave level 4.
    expect(r.citation?.quote).toBe('Children at this level meet the statutory threshold for child protection (Section 47 (1))');
  });

  it('level 2 → 3 with no lead recorded: the routes depend on the lead, so none applies', () => {
    const r = recommend('st-helens', 2, undefined, s17);
    expect(r).toMatchObject({ action: 'step-up', to: 3, pathway: null, steps: [] });
    expect(r.reason).toBe('The needs meet level 3 (Child in Need); St Helens Council publishes no route for this move in st-helens');
  });

  it('level 3 → 1 has no published route: close with no steps', () => {
    const r = recommend('st-helens', 3, 'social-care', need('none', 'not-met', 0, 'none'));
    expect(r).toMatchObject({ action: 'close', from: 3, to: 1, pathway: null, steps: [] });
    expect(r.reason).toContain('publishes no route for this move');
  });

  it('stay when the needs meet the current level', () => {
    const r = recommend('st-helens', 2, 'partner-agency', need('none', 'not-met', 2, 'additional'));
    expect(r).toMatchObject({ action: 'stay', from: 2, to: 2, pathway: null, steps: [], reason: 'The needs meet level 2, the level the case is at' });
    expect(r.citation?.source).toBe('st-helens-strategy-2019-2022');
  });
});

describe('Warrington', () => {
  it('level 2 → 4: the referral starts the MASH’s one-working-day decision; the assessment step starts no clock', () => {
    // Before: step 1 "due Mon 3 Feb" and step 3 "due Fri 4 Apr" (the as-of date + 1 and + 45
    // working days). The assessment's 45 working days run from the referral, not from step 3.
    const r = recommend('warrington', 2, 'partner-agency', s17);
    expect(r).toMatchObject({ action: 'step-up', to: 4, pathway: 'referral-triaged-at-mash' });
    expect(r.steps.map((s) => [s.contact, s.due])).toEqual([['MASH', referralDecision()], [null, null], [null, null]]);
    expect(r.citation?.source).toBe('warrington-strategy-2018');
  });

  it.each([1, 2] as const)('level %i → 3: multi-agency early help, the early help support team first', (from) => {
    const r = recommend('warrington', from, from === 1 ? undefined : 'partner-agency', need('none', 'not-met', 2, 'multiple'));
    expect(r).toMatchObject({ action: 'step-up', from, to: 3, pathway: 'step-up-to-multi-agency-early-help' });
    expect(r.steps[0]?.contact).toBe('Early help support team, earlyhelpsupport@warrington.gcsx.gov.uk');
    expect(r.steps).toHaveLength(5);
  });

  it('level 3 → 2 and level 2 → 1: Warrington publishes no step-down or closure route', () => {
    const down = recommend('warrington', 3, 'partner-agency', need('none', 'not-met', 1, 'additional'));
    expect(down).toMatchObject({ action: 'step-down', to: 2, pathway: null, steps: [] });
    expect(down.reason).toContain('Warrington Borough Council publishes no route for this move');
    const close = recommend('warrington', 2, 'partner-agency', need('none', 'not-met', 0, 'none'));
    expect(close).toMatchObject({ action: 'close', to: 1, pathway: null, steps: [] });
  });
});

describe('York', () => {
  it('partner-led level 2 → 3: the Early Help Coordinators and the Early Help Champion first', () => {
    // Step 3, the request, starts the MASH's decision: one working day after it. Before, the step
    // showed "due Mon 3 Feb" (the as-of date + 1 working day), which read as the requester's date.
    const r = recommend('york', 2, 'partner-agency', need('none', 'not-met', 1, 'multiple'));
    expect(r).toMatchObject({ action: 'step-up', to: 3, pathway: 'partner-led-early-help-not-resolving' });
    expect(r.steps.map((s) => [s.contact, s.due])).toEqual([
      ['Early Help Coordinators (within the MASH)', null],
      ['Early Help Coordinators (within the MASH)', null],
      ['Multi-Agency Safeguarding Hub (MASH)', referralDecision()],
      [null, null],
      [null, null],
    ]);
  });

  it('the request made: the step shows the day the MASH’s decision is due, until it is made', () => {
    // Referral received Thu 30 Jan 2025: the decision is due 1 working day later, Fri 31 Jan
    // (the start day excluded), and is still open as of Fri 31 Jan.
    const received: EventInput[] = [{ type: 'referral-received', on: '2025-01-30' }];
    const r = recommend('york', 2, 'partner-agency', need('none', 'not-met', 1, 'multiple'), received);
    expect(r.steps[2]?.due).toEqual(referralDecision('2025-01-31'));
    // Decided the same day: the clock has stopped, and the step shows the interval again.
    const decided = recommend('york', 2, 'partner-agency', need('none', 'not-met', 1, 'multiple'),
      [...received, { type: 'referral-decision', on: '2025-01-30' }]);
    expect(decided.steps[2]?.due).toEqual(referralDecision());
  });

  it('level 2 led by the Early Help Team → 3, and level 3 → 4: contact the MASH', () => {
    const fromTwo = recommend('york', 2, 'early-help-team', need('none', 'not-met', 1, 'multiple'));
    expect(fromTwo).toMatchObject({ action: 'step-up', to: 3, pathway: 'request-to-mash' });
    const fromThree = recommend('york', 3, 'early-help-team', s17);
    expect(fromThree).toMatchObject({ action: 'step-up', from: 3, to: 4, pathway: 'request-to-mash' });
    expect(fromThree.steps[0]).toMatchObject({ contact: 'Multi-Agency Safeguarding Hub (MASH)', due: referralDecision() });
  });

  it('level 4 → 2: step down from statutory intervention', () => {
    const r = recommend('york', 4, 'social-care', need('none', 'not-met', 1, 'additional'));
    expect(r).toMatchObject({ action: 'step-down', to: 2, pathway: 'step-down-from-statutory-intervention' });
    expect(r.steps).toHaveLength(3);
  });

  it('level 4 → 1: close, by the step-down route (York publishes no closure route)', () => {
    const r = recommend('york', 4, 'social-care', need('none', 'not-met', 0, 'none'));
    expect(r).toMatchObject({ action: 'close', from: 4, to: 1, pathway: 'step-down-from-statutory-intervention' });
  });

  it('level 3 → 2: no published route', () => {
    const r = recommend('york', 3, 'partner-agency', need('none', 'not-met', 1, 'additional'));
    expect(r).toMatchObject({ action: 'step-down', to: 2, pathway: null, steps: [] });
    expect(r.reason).toContain('City of York Council publishes no route for this move');
  });
});

describe('Sefton', () => {
  it.each([2, 3] as const)('level 1 → %i: into early help', (to) => {
    const r = recommend('sefton', 1, undefined, to === 2 ? need('none', 'not-met', 1, 'emerging') : need('none', 'not-met', 2, 'multiple'));
    expect(r).toMatchObject({ action: 'step-up', to, pathway: 'into-early-help' });
    expect(r.steps).toHaveLength(10);
    expect(r.steps[0]?.contact).toBe('Early Help (Family Wellbeing locality teams)');
  });

  it('level 2 → 3: an Early Help Plan with a Team Around the Family', () => {
    const r = recommend('sefton', 2, 'partner-agency', need('none', 'not-met', 2, 'multiple'));
    expect(r).toMatchObject({ action: 'step-up', to: 3, pathway: 'step-up-to-early-help-plan' });
    expect(r.steps.map((s) => s.contact)).toEqual([null, null, null, 'Children’s Social Care (CSC)']);
  });

  it('level 3 → 4: specialist services, each clock on the step that starts it', () => {
    // The referral (step 1) starts the 24-hour processing; each allocation (steps 3 and 4) starts
    // its visit. Before, step 1 had no clock, step 2 ("Referrals will be processed …", the end of
    // that clock) showed Sat 1 Feb, and step 5 showed Fri 4 Apr (the as-of date + 45 working days)
    // for an assessment whose 45 working days run from the referral.
    const r = recommend('sefton', 3, 'partner-agency', s17);
    expect(r).toMatchObject({ action: 'step-up', to: 4, pathway: 'step-up-to-specialist' });
    expect(r.steps.map((s) => [s.contact, s.due && [s.due.timescale, s.due.after, s.due.date]])).toEqual([
      ['Children’s Social Care (CSC)', ['referral-processed', '24 hours after you do this', null]],
      [null, null],
      ['The relevant Locality Team', ['section-17-child-seen', '4 working days after you do this', null]],
      ['MASH', ['section-47-child-seen', '24 hours after you do this', null]],
      [null, null],
    ]);
  });

  it('level 4 → 3: step down from social care', () => {
    const r = recommend('sefton', 4, 'social-care', need('none', 'not-met', 2, 'multiple'));
    expect(r).toMatchObject({ action: 'step-down', to: 3, pathway: 'step-down-from-social-care' });
  });

  it('level 3 → 2: step down within early help', () => {
    const r = recommend('sefton', 3, 'partner-agency', need('none', 'not-met', 1, 'emerging'));
    expect(r).toMatchObject({ action: 'step-down', to: 2, pathway: 'step-down-within-early-help' });
  });

  it.each([2, 3] as const)('level %i → 1: close to universal services', (from) => {
    const r = recommend('sefton', from, 'partner-agency', need('none', 'not-met', 0, 'none'));
    expect(r).toMatchObject({ action: 'close', from, to: 1, pathway: 'close-to-universal' });
    expect(r.steps).toHaveLength(3);
  });

  it('level 4 → 1: no published route', () => {
    const r = recommend('sefton', 4, 'social-care', need('none', 'not-met', 0, 'none'));
    expect(r).toMatchObject({ action: 'close', to: 1, pathway: null, steps: [] });
    expect(r.reason).toContain('Sefton publishes no route for this move');
  });
});

// ---------------------------------------------------------------------------------------------
// recommend called directly, on York's rule set with routes written for the test: a closed case,
// needs no threshold covers, a route's `when`, the choice between a close and a step-down route,
// a level the rule set does not define, the date a step's clock is due.

describe('recommend, directly', () => {
  const york = loadRuleSet('york');
  const citation: Citation = { source: 'york-strategy-2020', section: 'Test route', quote: 'a route for the test' };
  const route = (id: string, direction: Pathway['direction'], from: Level['level'][], to: Level['level'][], more: Partial<Pathway> = {}): Pathway =>
    ({ id, direction, title: `Route ${id}`, from, to, actions: [{ text: `Do ${id}`, contact: 'mash', timescale: 'referral-decision' }], citation, ...more });
  const assessed = (level: 1 | 2 | 3 | 4): LevelAssessment => {
    const threshold = york.thresholds.find((t) => t.level === level) ?? null;
    return { level, definition: york.levels[level - 1] ?? null, threshold, held: threshold ? [threshold] : [], reasons: [] };
  };
  const context = (pathways: Pathway[], currentLevel: 1 | 2 | 3 | 4, assessment: LevelAssessment, more: Partial<RecommendationContext> = {}): RecommendationContext => ({
    record: { id: 'T', authority: 'york', currentLevel, lead: 'partner-agency', needs: need('none', 'not-met', 2, 'additional'), events: [] },
    ruleSet: { ...york, pathways }, assessment, facts: {}, deadlines: [], closedOn: undefined, ...more,
  });
  const referralDecision = (due: string, status: Deadline['status']): Deadline => ({
    id: 'referral-decision', timescale: 'referral-decision', occurrence: 1, title: 'Decision on a referral', start: '2025-01-08',
    startEvent: 'referral-received', due, status, metOn: null, stoppedOn: null, provisional: false, workingDaysRemaining: null,
    workingDaysOverdue: 0, projected: false, counting: 'start-excluded', amount: 1, unit: 'working-days', explanation: '', citation, overdueFlag: 'overdue',
  });

  it('a closed case: close, whatever the needs', () => {
    expect(recommendFrom(context([], 2, assessed(4), { closedOn: '2025-01-20' }))).toEqual({ action: 'close', from: 2, to: 2, pathway: null,
      reason: 'The case was closed on 2025-01-20', steps: [], citation: null });
  });

  it('needs no threshold covers: stay, and say the level cannot be assessed', () => {
    const none: LevelAssessment = { level: null, definition: null, threshold: null, held: [], reasons: [] };
    expect(recommendFrom(context([route('up', 'step-up', [2], [3, 4])], 2, none))).toEqual({ action: 'stay', from: 2, to: 2, pathway: null,
      reason: 'No threshold of york covers these needs, so the level cannot be assessed', steps: [], citation: null });
  });

  it('no levels of need: no recommendation, or close once closed', () => {
    expect(noLevelsRecommendation('england/working-together', undefined)).toEqual({ action: 'none', from: null, to: null, pathway: null,
      reason: 'No recommendation is made: england/working-together defines no levels of need, so no step up or down can be judged', steps: [], citation: null });
    expect(noLevelsRecommendation('england/working-together', '2025-01-20')).toEqual({ action: 'close', from: null, to: null, pathway: null,
      reason: 'The case was closed on 2025-01-20', steps: [], citation: null });
  });

  it('a route whose `when` does not hold is passed over for the next that fits', () => {
    const when: Pathway['when'] = { all: [{ fact: 'unborn', operator: 'equal', value: true }] };
    const routes = [route('unborn-only', 'step-up', [2], [3], { when }), route('any', 'step-up', [2], [3])];
    expect(recommendFrom(context(routes, 2, assessed(3), { facts: { unborn: false } })).pathway).toBe('any');
    expect(recommendFrom(context(routes, 2, assessed(3), { facts: { unborn: true } })).pathway).toBe('unborn-only');
  });

  it('down to level 1 a close route is preferred to a step-down route listed before it', () => {
    const routes = [route('down', 'step-down', [2], [1]), route('close', 'step-down', [2], [1], { direction: 'close' })];
    expect(recommendFrom(context(routes, 2, assessed(1)))).toMatchObject({ action: 'close', pathway: 'close' });
    // With only the step-down route, closing takes it.
    expect(recommendFrom(context(routes.slice(0, 1), 2, assessed(1)))).toMatchObject({ action: 'close', pathway: 'down' });
  });

  it('down to level 2 a close route never applies, even one whose levels fit', () => {
    const routes = [route('close', 'close', [3], [1, 2]), route('down', 'step-down', [3], [2])];
    expect(recommendFrom(context(routes, 3, assessed(2)))).toMatchObject({ action: 'step-down', pathway: 'down' });
  });

  it('a level the rule set does not define is named by its number; with no threshold, nothing is cited', () => {
    const bare: LevelAssessment = { level: 3, definition: null, threshold: null, held: [], reasons: [] };
    const ctx = context([], 2, bare);
    expect(recommendFrom({ ...ctx, ruleSet: { ...ctx.ruleSet, levels: [] } })).toEqual({ action: 'step-up', from: 2, to: 3, pathway: null, steps: [], citation: null,
      reason: 'The needs meet level 3 (level 3); City of York Council publishes no route for this move when the lead is partner-agency in york' });
  });

  it('a step shows the due date of the latest running occurrence of its clock: open, due soon or overdue, not met', () => {
    const due = (deadlines: Deadline[]): (string | null)[] =>
      recommendFrom(context([route('up', 'step-up', [2], [3])], 2, assessed(3), { deadlines })).steps.map((s) => s.due?.date ?? null);
    expect(due([referralDecision('2025-01-10', 'open')])).toEqual(['2025-01-10']);
    expect(due([referralDecision('2025-01-10', 'overdue')])).toEqual(['2025-01-10']);
    expect(due([referralDecision('2025-01-10', 'due-soon')])).toEqual(['2025-01-10']);
    expect(due([referralDecision('2025-01-10', 'met'), referralDecision('2025-01-20', 'not-required')])).toEqual([null]);
    expect(due([referralDecision('2025-01-10', 'open'), referralDecision('2025-01-20', 'open'), referralDecision('2025-01-30', 'met')])).toEqual(['2025-01-20']);
  });
});
