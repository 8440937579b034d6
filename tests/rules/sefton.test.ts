import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';
import { assessLevel } from '../../src/evaluate/assessLevel.js';
import type { NeedProfile } from '../../src/rules/needProfile.js';
import { needs } from '../support/needProfile.js';

// Quotes are from ../shared/sources/sefton-early-help-strategy-2019-2021.txt (Sefton Early Help
// Strategy, priorities 2019–2021), mostly its levels-of-need diagram (l.198-321), with their line
// numbers; the LSCB procedure timescales are quoted in ../shared/SOURCES.md (l.113-119).
//
// Reading taken (see the notes in rules/sefton.json): the diagram's "Additional Needs (Level 2
// and 3)" box is split, its single worker/agency half being level 2 and its Early Help Plan /
// Lead Worker / TAF half level 3, alongside "Complex Needs (Level 3)"; a child who meets section
// 17 is at "Specialist Needs (Level 4)".


const rows: [string, NeedProfile, 1 | 2 | 3 | 4][] = [
  // l.200-209: "Children and young people at this level are achieving expected outcomes within
  // universal provision without additional support"; l.214-216: "Universal Services can meet all
  // needs of the child and family".
  ['no needs, universal services only', needs('none', 'not-met', 0, 'none'), 1],
  // agencies = 0 means universal services suffice; universal services are to "act early to
  // prevent needs escalating" (l.598-599), so an emerging need that calls for no agency stays
  // universal.
  ['emerging need, universal services suffice', needs('none', 'not-met', 0, 'emerging'), 1],
  // l.221-223: "Those families who require an additional service from a single worker or agency"
  // (Additional Needs).
  ['emerging need, one agency', needs('none', 'not-met', 1, 'emerging'), 2],
  // Issue 10, finding 7. One agency recorded for a child with no additional needs: "Universal
  // Services can meet all needs of the child and family" (l.214-216), and level 2 is for families
  // who "require an additional service" (l.221-223), which a child with no needs does not. Level 1,
  // as in St Helens, Warrington and York. (Before, the agency alone made level 2.)
  ['no needs, one agency', needs('none', 'not-met', 1, 'none'), 1],
  ['no needs, three agencies', needs('none', 'not-met', 3, 'none'), 1],
  // Same box: one agency, additional needs.
  ['additional needs, one agency', needs('none', 'not-met', 1, 'additional'), 2],
  // Additional needs are no longer "achieving expected outcomes within universal provision
  // without additional support" (l.200-209), even before an agency is named.
  ['additional needs, no agency named', needs('none', 'not-met', 0, 'additional'), 2],
  // l.779: "If the outcome of this assessment is single agency, the work will be completed by a
  // lead worker." Multiple needs met by one agency stay with the single worker or agency.
  ['multiple needs, one agency', needs('none', 'not-met', 1, 'multiple'), 2],
  // l.779-781 asks for "multifaceted problems and need for more than one agency" before a
  // multi-agency action plan: two agencies for additional (not multifaceted) needs stay level 2.
  ['additional needs, two agencies', needs('none', 'not-met', 2, 'additional'), 2],
  // Multi-agency child with multiple needs, section 17 not met: "best supported under an Early
  // Help Plan with a Lead Worker who will ... coordinate a multiagency response (TAF)" (l.225-233),
  // the level-3 half of "Additional Needs (Level 2 and 3)"; l.780-781: "a multi-agency action plan
  // should be put in place". Same as Warrington and York; St Helens gives level 2.
  ['multi-agency, multiple needs, section 17 not met', needs('none', 'not-met', 3, 'multiple'), 3],
  // Complex needs calling for many agencies: the text's third level is "Multiple and Complex"
  // (l.732-733), reached through the multi-agency TAF.
  ['complex needs, five agencies', needs('none', 'not-met', 5, 'complex'), 3],
  // l.267-271: "Families with children who are potentially Children in Need (Section 17,
  // Children’s Act 1989)": section 17 possibly met is Complex Needs (Level 3) whatever else.
  ['section 17 possibly met, one agency', needs('none', 'possibly-met', 1, 'additional'), 3],
  // A child who meets section 17 has had the statutory assessment: "Children and young people
  // will access specialist services following a statutory assessment." (l.301-305), with "C&F
  // assessments" listed at Level 4 (l.290). Same as Warrington and York; St Helens gives 3.
  ['multi-agency, multiple needs, section 17 met', needs('none', 'met', 3, 'multiple'), 4],
  // l.290-295: "- C&F assessments - Section 47 Enquiry - Child Protection Conference - Child
  // Protection Plan": likely significant harm is a section 47 matter, Specialist Needs.
  ['likely significant harm', needs('likely', 'not-met', 1, 'emerging'), 4],
  // The same list: suffering significant harm is level 4 whatever else is recorded.
  ['suffering significant harm, nothing else recorded', needs('suffering', 'not-met', 0, 'none'), 4],
  // Section 47 outranks a possible child in need: the highest level whose threshold holds.
  ['likely harm and section 17 possibly met', needs('likely', 'possibly-met', 2, 'complex'), 4],
];

describe('Sefton levels of need', () => {
  const ruleSet = loadRuleSet('sefton');

  it.each(rows)('%s', (_name, profile, expected) => {
    expect(assessLevel(ruleSet, profile).level).toBe(expected);
  });

  it('names the four levels as the diagram does', () => {
    expect(ruleSet.levels.map((l) => l.name)).toEqual(['Universal Needs', 'Additional Needs', 'Complex Needs', 'Specialist Needs']);
    expect(ruleSet.levels[2]).toMatchObject({ level: 3, earlyHelp: true, statutory: [] });
    expect(ruleSet.levels[3]).toMatchObject({ level: 4, earlyHelp: false, statutory: ['section-17', 'section-47'] });
  });
});

describe('Sefton LSCB procedure timescales', () => {
  const ruleSet = loadRuleSet('sefton');
  const timescale = (id: string) => ruleSet.timescales.find((t) => t.id === id);

  it('processes referrals within 24 hours, alongside the national one-working-day decision', () => {
    // SOURCES.md l.114-115: "Referrals will be processed within 24 hours"
    expect(timescale('referral-processed')).toMatchObject({
      start: { event: 'referral-received' }, end: { event: 'referral-decision' }, amount: 24, unit: 'hours',
      citation: { source: 'sefton-lscb-procedures' },
    });
    // Both apply: the national rule is not replaced.
    expect(timescale('referral-decision')).toMatchObject({ amount: 1, unit: 'working-days' });
  });

  it('sees the child and family within 4 working days of allocation for a section 17 assessment', () => {
    // SOURCES.md l.116-117: "Once the case is allocated the child and family will be seen by an
    // allocated social worker within 4 working days."
    expect(timescale('section-17-child-seen')).toMatchObject({
      start: { event: 'case-allocated', where: { kind: ['section-17'] } }, end: { event: 'child-seen' },
      amount: 4, unit: 'working-days', citation: { source: 'sefton-lscb-procedures' },
    });
  });

  it('sees the child and family within 24 hours when the case progresses to section 47', () => {
    // SOURCES.md l.117-119: "the case will be allocated to a MASH social worker and the child and
    // family will be seen within 24 hours."
    expect(timescale('section-47-child-seen')).toMatchObject({
      start: { event: 'case-allocated', where: { kind: ['section-47'] } }, end: { event: 'child-seen' },
      amount: 24, unit: 'hours', citation: { source: 'sefton-lscb-procedures' },
    });
  });

  it('adds no other local timescale (the strategy publishes none)', () => {
    const local = ruleSet.timescales.filter((t) => !t.citation.source.startsWith('wt-') && t.citation.source !== 'dfe-cin-census');
    expect(local.map((t) => t.id).sort()).toEqual(['referral-processed', 'section-17-child-seen', 'section-47-child-seen']);
  });
});
