import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';
import { assessLevel } from '../../src/evaluate/assessLevel.js';
import { evaluateCondition } from '../../src/rules/evaluateCondition.js';
import type { NeedProfile } from '../../src/rules/needProfile.js';
import type { Timescale } from '../../src/rules/ruleFileSchema.js';
import { needs as need } from '../support/needProfile.js';

const ruleSet = loadRuleSet('st-helens');

/** The timescales St Helens itself adds (not those of the national base it extends). */
const local = ruleSet.timescales.filter((t) => t.citation.source.startsWith('st-helens'));

function timescale(id: string): Timescale {
  const found = ruleSet.timescales.find((t) => t.id === id);
  if (!found) throw new Error(`no timescale ${id}`);
  return found;
}


describe('St Helens levels of need (Descriptions of Need, as the strategy 2019–2022 gives them)', () => {
  // Strategy = st-helens-early-help-strategy-2019-2022.txt; standards = st-helens-early-help-standards-2022.txt.
  const table: [string, NeedProfile, 1 | 2 | 3 | 4][] = [
    // Strategy l.418-419, level 1: "including those with additional needs, whose needs are met by family,
    // community and universally provided services": no needs, no agency.
    ['no needs, universal services only', need('none', 'not-met', 0, 'none'), 1],
    // Same passage: additional needs that universal services meet (no agency beyond them) stay at level 1.
    ['additional needs met by universal services', need('none', 'not-met', 0, 'additional'), 1],
    // Standards l.37: "Most families needs will be met via universal services." Agencies involved but no
    // additional needs: nothing for early help to address.
    ['agencies involved but no additional needs', need('none', 'not-met', 2, 'none'), 1],
    // Standards l.225: EHAT actions "may not require a Family Action Meeting, if support is being offered by a
    // single agency": one agency, emerging difficulties is level 2 early help.
    ['single agency, emerging difficulties', need('none', 'not-met', 1, 'emerging'), 2],
    // Strategy l.423-424, level 2: "may be experiencing difficulties and would benefit from services working
    // together"; standards l.307: a FAM "when the outcome of an Early Help Assessment requires multi-agency
    // intervention".
    ['multi-agency, additional needs', need('none', 'not-met', 2, 'additional'), 2],
    // The disagreement with Warrington and York: multiple needs across agencies but section 17 not met. St Helens
    // level 3 is the section 17 level ("meet the legal threshold for a child in need assessment (Section 17)",
    // strategy l.433-434), so without it the child stays at level 2.
    ['multi-agency, multiple needs, section 17 not met', need('none', 'not-met', 3, 'multiple'), 2],
    // Same reading: even complex needs across five agencies are early help while section 17 is not met.
    ['five agencies, complex needs, section 17 not met', need('none', 'not-met', 5, 'complex'), 2],
    // Standards l.576: "Any relevant practitioner can be the Lead Professional for any child in need of support at
    // Level 2" (l.111 ties "in need of support" to Section 17): a possible child in need with modest needs is
    // early help at level 2.
    ['possibly a child in need, one agency, additional needs', need('none', 'possibly-met', 1, 'additional'), 2],
    // Same passage: a possible child in need is never below level 2, even before any agency is involved.
    ['possibly a child in need, no agency yet', need('none', 'possibly-met', 0, 'none'), 2],
    // Strategy l.431-434, level 3: "a higher or more complex level of need requiring a multi-agency response" and
    // meeting "the legal threshold for a child in need assessment": both hold.
    ['possibly a child in need, complex needs, three agencies', need('none', 'possibly-met', 3, 'complex'), 3],
    // Strategy l.433-434 and l.273 ("section 17, child in need (level 3)"): section 17 met is level 3 in St Helens
    // (level 4 in Warrington and York).
    ['section 17 met, multiple needs, two agencies', need('none', 'met', 2, 'multiple'), 3],
    // Section 17 met is level 3 whatever the number of agencies: the child is a child in need.
    ['section 17 met, single agency', need('none', 'met', 1, 'emerging'), 3],
    // Strategy l.441-442, level 4: "meet the statutory threshold for child protection (Section 47 (1))"; likely
    // significant harm is enough (standards l.258: "likely to suffer significant harm").
    ['likely significant harm, one agency', need('likely', 'not-met', 1, 'additional'), 4],
    // Level 4 wins over every lower threshold.
    ['suffering significant harm, section 17 met, complex', need('suffering', 'met', 5, 'complex'), 4],
    // Section 47 alone, with nothing else recorded, is still child protection.
    ['likely significant harm, nothing else known', need('likely', 'possibly-met', 0, 'none'), 4],
  ];

  it.each(table)('%s → level %i', (_label, needs, expected) => {
    expect(assessLevel(ruleSet, needs).level).toBe(expected);
  });

  it('names the four levels as the strategy does', () => {
    expect(ruleSet.levels.map((l) => l.name)).toEqual(['Universal', 'Early Help', 'Child in Need', 'Child Protection']);
    expect(ruleSet.levels.map((l) => l.statutory)).toEqual([[], [], ['section-17'], ['section-47']]);
  });
});

describe('St Helens level descriptions', () => {
  it('describes level 1 in the strategy’s words and no more (strategy l.418-419)', () => {
    // Issue 10, finding 7: the description added "No Early Help Assessment is needed; the optional Early
    // Help pre-assessment checklist can document low level needs", which neither document says of level 1.
    expect(ruleSet.levels[0]?.description).toBe('Children and young people, including those with additional needs, whose needs are met by family, community and universally provided services.');
  });

  it('does not call level 2 "Non-statutory" in its description: no document says so', () => {
    // Strategy l.423-427 describes level 2 without the word; the file's reading that level 2 is
    // non-statutory (section 17 sits at level 3, strategy l.433-434) is in statutory: [] and the notes.
    expect(ruleSet.levels[1]?.description).toBe('Children may have low levels of need or may be experiencing difficulties and would benefit from services working together to help them overcome difficulties. With consent, an EHAT is completed, a Family Action Meeting is considered and a plan of support is drawn up.');
    expect(ruleSet.levels[1]?.statutory).toEqual([]);
  });
});

describe('St Helens timescales (standards 2022), with their units as written', () => {
  const expected: [id: string, amount: number, unit: Timescale['unit'], repeat?: [number, Timescale['unit']]][] = [
    ['mash-screening-level-3', 24, 'hours'], // l.678-681 "screening will be completed in 24 hours"
    ['mash-screening-level-2', 4, 'days'], // l.681-682 "or 4 days for those that are Level 2"
    ['ehat-completion', 30, 'days'], // l.257 "extend from 30 days"
    ['pre-birth-assessment', 45, 'days'], // l.257 "to 45 days"
    ['gcp2-completion', 30, 'days'], // l.245 "within 30 days of start date"
    ['child-seen-alone', 28, 'days', [28, 'days']], // l.293 "a minimum of 28 days (4 weeks)"
    ['family-action-meeting', 15, 'working-days'], // l.322 "within 15 working days"
    ['family-action-plan-circulated', 10, 'working-days'], // l.337 "within 10 working days" (l.380: "10 days")
    ['family-action-plan-review', 1, 'months', [3, 'months']], // l.338 "within one month ... thereafter a maximum of three months"
    ['modified-plan-circulated', 15, 'days'], // l.339 "within 15 days of the Meeting": days, not working days
    ['ehat-action-plan-review', 1, 'months', [3, 'months']], // l.225 "once a month and thereafter three-monthly"
    ['level-2-panel-review', 3, 'months'], // l.518 "after three months"
  ];

  it.each(expected)('%s is %i %s', (id, amount, unit, repeat) => {
    const t = timescale(id);
    expect(t.amount).toBe(amount);
    expect(t.unit).toBe(unit);
    if (repeat) expect([t.repeat?.amount, t.repeat?.unit]).toEqual(repeat);
    else expect(t.repeat).toBeUndefined();
  });

  it('has all thirteen timescales of the table: twelve rules, the later plan reviews being a repeat', () => {
    expect(local.map((t) => t.id).sort()).toEqual(expected.map(([id]) => id).sort());
    expect(timescale('family-action-plan-review').repeat?.citation.quote).toBe('and thereafter a maximum of three months.');
  });

  it('counts the contact with the child from the sentence that sets its frequency (l.293)', () => {
    // Issue 10, finding 7. Line 293: "The frequency of contact with a child/young person by the Lead
    // Professional should be a minimum of 28 days (4 weeks). The child/young person should be spoken to
    // alone in an environment they feel safe in." The first sentence sets the 28 days, for the first
    // contact and each next one; before, the repetition cited the second sentence.
    const frequency = 'The frequency of contact with a child/young person by the Lead Professional should be a minimum of 28 days (4 weeks).';
    const t = timescale('child-seen-alone');
    expect(t.citation.quote).toBe(frequency);
    expect(t.repeat?.citation.quote).toBe(frequency);
    // Reading taken: the contact counted is the one the next sentences describe, the child spoken to
    // alone, so a plain child-seen does not meet it; the notes give the alternative.
    expect(t.end).toEqual({ event: 'child-seen-alone' });
    expect(t.notes).toContain('a child-seen without being spoken to alone does not');
  });

  it('keeps "days" and "working days" apart', () => {
    expect(timescale('family-action-meeting').unit).toBe('working-days');
    expect(timescale('modified-plan-circulated').unit).toBe('days');
    expect(timescale('modified-plan-circulated').unit).not.toBe(timescale('family-action-meeting').unit);
  });

  it('starts and ends each clock at the events the standards name', () => {
    expect(timescale('mash-screening-level-3').start).toEqual({ event: 'contact-received', where: { receivedAsLevel: [3] } });
    expect(timescale('mash-screening-level-2').start).toEqual({ event: 'contact-received', where: { receivedAsLevel: [2] } });
    expect(timescale('family-action-meeting').start.event).toBe('meeting-decided');
    expect(timescale('family-action-meeting').end.event).toBe('meeting-held');
    expect(timescale('family-action-plan-review').end).toEqual({ event: 'meeting-held', where: { kind: ['review'] } });
    expect(timescale('modified-plan-circulated').start).toEqual({ event: 'meeting-held', where: { kind: ['review'] } });
    expect(timescale('modified-plan-circulated').end).toEqual({ event: 'plan-circulated', where: { kind: ['modified'] } });
    expect(timescale('level-2-panel-review').start).toEqual({ event: 'panel-referral', where: { servicesAllocated: [true] } });
    expect(timescale('ehat-action-plan-review').end.event).toBe('plan-reviewed');
  });

  it('applies early help procedures at level 2 and MASH screening at any level', () => {
    expect(timescale('mash-screening-level-3').levels).toBeUndefined();
    expect(timescale('mash-screening-level-2').levels).toBeUndefined();
    for (const t of local.filter((l) => !l.id.startsWith('mash-'))) expect(t.levels, t.id).toEqual([2]);
  });

  it('gives each early-help or pre-birth assessment exactly one of the 30 and 45 day timescales', () => {
    const ehat = timescale('ehat-completion');
    const preBirth = timescale('pre-birth-assessment');
    for (const kind of ['early-help', 'pre-birth']) {
      for (const unborn of [true, false]) {
        const facts = { unborn, eventTypes: ['assessment-started'], start: { type: 'assessment-started', kind } };
        const applies = [ehat, preBirth].filter((t) => t.appliesWhen === undefined || evaluateCondition(t.appliesWhen, facts));
        expect(applies.map((t) => t.id), `${kind}, unborn ${unborn}`)
          .toEqual([kind === 'early-help' && !unborn ? 'ehat-completion' : 'pre-birth-assessment']);
      }
    }
  });

  it('reviews the EHAT action plan only while no Family Action Meeting has been held', () => {
    const rule = timescale('ehat-action-plan-review').appliesWhen;
    expect(rule).toBeDefined();
    if (!rule) return;
    expect(evaluateCondition(rule, { eventTypes: ['assessment-started', 'assessment-completed'] })).toBe(true);
    expect(evaluateCondition(rule, { eventTypes: ['assessment-completed', 'meeting-held'] })).toBe(false);
  });
});

describe('St Helens step-up and step-down routes', () => {
  const pathway = (id: string) => {
    const found = ruleSet.pathways.find((p) => p.id === id);
    if (!found) throw new Error(`no pathway ${id}`);
    return found;
  };

  it('a partner agency with child protection concerns telephones Contact Cares first, then the MASH', () => {
    const route = pathway('partner-agency-step-up-child-protection');
    expect(route).toMatchObject({ direction: 'step-up', from: [2], to: [4], lead: ['partner-agency'] });
    expect(route.actions[0]?.contact).toBe('contact-cares');
    expect(route.actions[0]?.text).toMatch(/^Telephone Contact Cares/);
    expect(route.actions[1]?.contact).toBe('mash');
    expect(route.actions[2]?.text).toMatch(/EHAT record open until the MASH outcome/);
  });

  it('uses the 2022 Contact Cares number and records the 2019 one', () => {
    const contactCares = ruleSet.contacts.find((c) => c.id === 'contact-cares');
    expect(contactCares?.phone).toBe('01744 676767');
    expect(contactCares?.notes).toContain('01744 676600');
  });

  it('gives each route the Contact Cares number of the document it comes from', () => {
    // Issue 10, finding 7. Standards 2022 l.757: "a telephone call must be made to Contact Cares 01744
    // 676767" (the partner agency's child protection call). Strategy 2019 l.433-434 and l.442-443:
    // "should be referred to Contact Cares, telephone number 01744 676600" (level 3 and level 4
    // children), where refer-to-contact-cares comes from. Before, both routes gave 01744 676767.
    const contact = (id: string | undefined) => ruleSet.contacts.find((c) => c.id === id);
    const strategyCall = contact(pathway('refer-to-contact-cares').actions[0]?.contact);
    expect([strategyCall?.phone, strategyCall?.citation.source, strategyCall?.citation.lines]).toEqual(['01744 676600', 'st-helens-strategy-2019-2022', '434']);
    const standardsCall = contact(pathway('partner-agency-step-up-child-protection').actions[0]?.contact);
    expect([standardsCall?.phone, standardsCall?.citation.source]).toEqual(['01744 676767', 'st-helens-standards-2022']);
  });

  it('routes a level-3 step-up from a partner agency through a MASH service request', () => {
    const route = pathway('partner-agency-step-up-level-3');
    expect(route).toMatchObject({ from: [2], to: [3], lead: ['partner-agency'] });
    expect(route.actions.some((a) => a.contact === 'mash' && a.timescale === 'mash-screening-level-3')).toBe(true);
  });

  it('routes the Early Help Team through the Duty Team Manager', () => {
    expect(pathway('early-help-team-step-up-child-protection').actions[0]?.contact).toBe('duty-team-manager');
    expect(pathway('early-help-team-step-up-level-3').actions[1]?.text).toMatch(/weekly transfer meeting/);
  });

  it('steps down from social care with consent first, and closes to universal services', () => {
    const down = pathway('social-care-step-down-level-2');
    expect(down).toMatchObject({ direction: 'step-down', from: [3, 4], to: [2], lead: ['social-care'] });
    expect(down.actions[0]?.text).toMatch(/consent/);
    expect(down.actions.some((a) => /ICS .* to EHM/.test(a.text))).toBe(true);
    expect(pathway('early-help-team-step-down-partner-agency').lead).toEqual(['early-help-team']);
    expect(pathway('close-early-help')).toMatchObject({ direction: 'close', from: [2], to: [1] });
  });

  it('has a route for every move the standards describe', () => {
    const find = (from: number, to: number, lead: string) => ruleSet.pathways
      .find((p) => p.from.includes(from) && p.to.includes(to) && (p.lead === undefined || p.lead.includes(lead as never)))?.id;
    expect(find(2, 4, 'partner-agency')).toBe('partner-agency-step-up-child-protection');
    expect(find(2, 3, 'partner-agency')).toBe('partner-agency-step-up-level-3');
    expect(find(2, 4, 'early-help-team')).toBe('early-help-team-step-up-child-protection');
    expect(find(2, 3, 'early-help-team')).toBe('early-help-team-step-up-level-3');
    expect(find(3, 2, 'social-care')).toBe('social-care-step-down-level-2');
    expect(find(4, 2, 'social-care')).toBe('social-care-step-down-level-2');
  });
});
