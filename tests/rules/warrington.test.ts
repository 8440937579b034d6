import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';
import { assessLevel } from '../../src/evaluate/assessLevel.js';
import type { NeedProfile } from '../../src/rules/needProfile.js';
import { needs } from '../support/needProfile.js';
import { readRuleFile } from '../support/readRuleFile.js';

// Quotes are from ../shared/sources/warrington-early-help-strategy-2018-2021.txt ("Strategy for
// early help 2018/21"), section "Our approach", with their line numbers.


const rows: [string, NeedProfile, 1 | 2 | 3 | 4][] = [
  // l.178: "The basic needs of all children can usually be met by their family and community
  // networks and universal services" — no additional need, no agency.
  ['no needs, universal services only', needs('none', 'not-met', 0, 'none'), 1],
  // agencies = 0 means universal services suffice, so an emerging need that calls for no
  // agency stays with "Level 1 – universal services" (l.176, l.178).
  ['emerging need, universal services suffice', needs('none', 'not-met', 0, 'emerging'), 1],
  // l.182: "Some children and young people are likely to need extra help ... They are usually
  // best supported on a voluntary basis, by those who already work with them".
  ['emerging need, one agency', needs('none', 'not-met', 1, 'emerging'), 2],
  // l.180: "Level 2 – early help and additional needs (single agency services)".
  ['additional needs, one agency', needs('none', 'not-met', 1, 'additional'), 2],
  // Issue 10, finding 7. The headings split levels 2 and 3 by the number of agencies: "Level 2 –
  // early help and additional needs (single agency services)" (l.180) and "Level 3 – early help
  // with additional multiple and complex needs (multi-agency services)" (l.184). Additional needs
  // with three agencies are multi-agency additional needs: level 3. (The rule set gave 2 before.)
  ['additional needs, three agencies', needs('none', 'not-met', 3, 'additional'), 3],
  // Two agencies, the fewest "a number of agencies" (l.189) is read to be, with additional needs.
  ['additional needs, two agencies', needs('none', 'not-met', 2, 'additional'), 3],
  // Emerging needs are not among level 3's "additional multiple and complex needs" (l.184), so
  // several agencies do not lift them: level 2, whose body speaks of children "likely to need
  // extra help" (l.182).
  ['emerging need, two agencies', needs('none', 'not-met', 2, 'emerging'), 2],
  // Multiple needs met by a single agency: level 3 is "a coordinated, multi-disciplinary
  // response from a number of agencies" (l.186-189), so one agency is still level 2.
  // (York, which defines level 3 by the needs alone, gives level 3.)
  ['multiple needs, one agency', needs('none', 'not-met', 1, 'multiple'), 2],
  // Multi-agency, multiple needs, section 17 not met: "Level 3 – early help with additional
  // multiple and complex needs (multi-agency services)" (l.184); "the concerns can be managed
  // without the need for statutory social work" (l.186). St Helens gives level 2.
  ['multi-agency, multiple needs, section 17 not met', needs('none', 'not-met', 3, 'multiple'), 3],
  // l.189: "multi-disciplinary response from a number of agencies working with the consent of
  // the family, to deliver targeted or intensive support."
  ['complex needs, two agencies', needs('none', 'not-met', 2, 'complex'), 3],
  // section 17 possibly met is not "significant welfare concerns (Section 17)" (l.193) until
  // MASH triage decides ("shared with the early help front door if not met for social care
  // intervention", l.168): the other needs give the level.
  ['multi-agency, complex needs, section 17 possibly met', needs('none', 'possibly-met', 4, 'complex'), 3],
  // Section 17 met: level 4 "includes children where there are significant welfare concerns
  // (Section 17)" (l.193). St Helens gives level 3 (its child-in-need level).
  ['multi-agency, multiple needs, section 17 met', needs('none', 'met', 3, 'multiple'), 4],
  // Section 17 met even with modest needs and one agency: still level 4 (l.193).
  ['additional needs, one agency, section 17 met', needs('none', 'met', 1, 'additional'), 4],
  // l.193: "There will be a concern that the child is likely to, or is suffering harm" —
  // "at risk of significant harm (Section 47)".
  ['likely significant harm', needs('likely', 'not-met', 1, 'emerging'), 4],
  // l.193: "children who have experienced significant harm" — level 4 whatever else is known.
  ['suffering significant harm, nothing else recorded', needs('suffering', 'not-met', 0, 'none'), 4],
];

describe('Warrington levels of need', () => {
  const ruleSet = loadRuleSet('warrington');

  it.each(rows)('%s', (_name, profile, expected) => {
    expect(assessLevel(ruleSet, profile).level).toBe(expected);
  });

  it('describes level 1 as the source does: the majority, not every family, never meet statutory services', () => {
    // l.178: "The majority of children and families will never come into contact with statutory
    // or specialist services." The description said "They never come into contact …".
    const description = ruleSet.levels[0]?.description ?? '';
    expect(description).toContain('The majority of children and families will never come into contact with statutory or specialist services.');
    expect(description).not.toMatch(/They never/);
  });

  it('keeps level 3 as early help and puts both section 17 and section 47 at level 4', () => {
    const [, , three, four] = ruleSet.levels;
    expect(three).toMatchObject({ level: 3, earlyHelp: true, statutory: [] });
    expect(four).toMatchObject({ level: 4, earlyHelp: false, statutory: ['section-17', 'section-47'] });
  });

  it('disagrees with St Helens where the documents do', () => {
    const stHelens = loadRuleSet('st-helens');
    const multiAgencyMultiple = needs('none', 'not-met', 3, 'multiple');
    const childInNeed = needs('none', 'met', 3, 'multiple');
    expect([assessLevel(ruleSet, multiAgencyMultiple).level, assessLevel(stHelens, multiAgencyMultiple).level]).toEqual([3, 2]);
    expect([assessLevel(ruleSet, childInNeed).level, assessLevel(stHelens, childInNeed).level]).toEqual([4, 3]);
  });
});

describe('Warrington timescales', () => {
  it('defines no timescales of its own (the strategy publishes none)', () => {
    expect(readRuleFile('warrington').timescales ?? []).toEqual([]);
  });

  it('still carries the national statutory timescales of england/working-together', () => {
    const national = readRuleFile('england/working-together').timescales ?? [];
    const ids = loadRuleSet('warrington').timescales.map((t) => t.id);
    expect(national.length).toBeGreaterThan(0);
    expect(ids).toContain('child-and-family-assessment');
    expect(ids).toContain('referral-decision');
    expect(ids).toEqual(national.map((t) => t.id));
  });
});
