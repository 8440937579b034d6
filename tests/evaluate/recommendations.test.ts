/**
 * Every recommendation path each authority publishes, a move with no published route, and stay.
 * A step that starts one of the authority's timescales gets its due date counted from the as-of
 * date: here Fri 31 Jan 2025.
 *   - 24 hours with no time → the next day, Sat 1 Feb 2025;
 *   - 1 working day → Mon 3 Feb; 4 working days → Thu 6 Feb (3, 4, 5, 6 Feb);
 *   - 45 working days → Fri 4 Apr 2025 (Feb: 20, Mar: 21 → 41, then 1–4 Apr → 45; Easter is 18 Apr);
 *   - 30 days → Sun 2 Mar 2025 (28 to 28 Feb, 2 more); 1 month → Fri 28 Feb 2025 (31 Feb clamped).
 */
import { describe, expect, it } from 'vitest';
import type { CaseRecordInput, Evaluation, NeedProfile } from '../../src/index.js';
import { caseIn, evaluate, need, type Authority } from './caseBuilder.js';

const AS_OF = '2025-01-31';

function recommend(authority: Authority, currentLevel: 1 | 2 | 3 | 4, lead: CaseRecordInput['lead'], needs: NeedProfile): Evaluation['recommendation'] {
  return evaluate(caseIn(authority, { currentLevel, lead, needs }), AS_OF).recommendation;
}

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

  it('partner-agency lead, level 2 → 3: MASH service request, screening within 24 hours (due Sat 1 Feb)', () => {
    const r = recommend('st-helens', 2, 'partner-agency', s17);
    expect(r).toMatchObject({ action: 'step-up', from: 2, to: 3, pathway: 'partner-agency-step-up-level-3' });
    expect(r.steps).toHaveLength(4);
    expect(r.steps[1]).toMatchObject({ contact: 'MASH (service requests), adultandchildrenteam@sthelens.gov.uk', due: '2025-02-01' });
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

  it.each([3, 4] as const)('social care lead, level %i → 2: step down; Family Action Meetings continue (review due Fri 28 Feb)', (from) => {
    const r = recommend('st-helens', from, 'social-care', need('none', 'not-met', 2, 'additional'));
    expect(r).toMatchObject({ action: 'step-down', from, to: 2, pathway: 'social-care-step-down-level-2' });
    expect(r.steps).toHaveLength(5);
    expect(r.steps[0]?.text).toBe('Establish consent with the family that they wish to access ongoing support at Level 2.');
    expect(r.steps[4]?.due).toBe('2025-02-28');
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

  it('level 1 → 2: start early help, EHAT due in 30 days (Sun 2 Mar)', () => {
    const r = recommend('st-helens', 1, undefined, need('none', 'not-met', 2, 'additional'));
    expect(r).toMatchObject({ action: 'step-up', to: 2, pathway: 'start-early-help' });
    expect(r.steps.map((s) => s.due)).toEqual([null, null, '2025-03-02', null]);
  });

  it.each([3, 4] as const)('level 1 → %i: refer to Contact Cares', (to) => {
    const r = recommend('st-helens', 1, undefined, to === 4 ? s47 : s17);
    expect(r).toMatchObject({ action: 'step-up', to, pathway: 'refer-to-contact-cares' });
    expect(r.steps[0]?.contact).toBe('Contact Cares (front door to Children’s Social Care), 01744 676767');
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
  it('level 2 → 4: referral triaged at the MASH; decision due Mon 3 Feb, assessment due Fri 4 Apr', () => {
    const r = recommend('warrington', 2, 'partner-agency', s17);
    expect(r).toMatchObject({ action: 'step-up', to: 4, pathway: 'referral-triaged-at-mash' });
    expect(r.steps.map((s) => [s.contact, s.due])).toEqual([['MASH', '2025-02-03'], [null, null], [null, '2025-04-04']]);
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
    const r = recommend('york', 2, 'partner-agency', need('none', 'not-met', 1, 'multiple'));
    expect(r).toMatchObject({ action: 'step-up', to: 3, pathway: 'partner-led-early-help-not-resolving' });
    expect(r.steps.map((s) => [s.contact, s.due])).toEqual([
      ['Early Help Coordinators (within the MASH)', null],
      ['Early Help Coordinators (within the MASH)', null],
      ['Multi-Agency Safeguarding Hub (MASH)', '2025-02-03'],
      [null, null],
      [null, null],
    ]);
  });

  it('level 2 led by the Early Help Team → 3, and level 3 → 4: contact the MASH', () => {
    const fromTwo = recommend('york', 2, 'early-help-team', need('none', 'not-met', 1, 'multiple'));
    expect(fromTwo).toMatchObject({ action: 'step-up', to: 3, pathway: 'request-to-mash' });
    const fromThree = recommend('york', 3, 'early-help-team', s17);
    expect(fromThree).toMatchObject({ action: 'step-up', from: 3, to: 4, pathway: 'request-to-mash' });
    expect(fromThree.steps[0]).toMatchObject({ contact: 'Multi-Agency Safeguarding Hub (MASH)', due: '2025-02-03' });
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

  it('level 3 → 4: specialist services, with each timescale it starts', () => {
    // Referral processed within 24 hours → Sat 1 Feb; child seen within 4 working days → Thu 6 Feb;
    // section 47 child seen within 24 hours → Sat 1 Feb; C&F assessment within 45 working days → Fri 4 Apr.
    const r = recommend('sefton', 3, 'partner-agency', s17);
    expect(r).toMatchObject({ action: 'step-up', to: 4, pathway: 'step-up-to-specialist' });
    expect(r.steps.map((s) => [s.contact, s.due])).toEqual([
      ['Children’s Social Care (CSC)', null],
      [null, '2025-02-01'],
      ['The relevant Locality Team', '2025-02-06'],
      ['MASH', '2025-02-01'],
      [null, '2025-04-04'],
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
