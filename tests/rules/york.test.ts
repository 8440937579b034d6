import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';
import { assessLevel } from '../../src/evaluate/assessLevel.js';
import type { NeedProfile } from '../../src/rules/needProfile.js';
import { needs } from '../support/needProfile.js';
import { readRuleFile } from '../support/readRuleFile.js';

// Quotes are from ../shared/sources/york-early-help-strategy-2020-2023.txt ("Early Help Strategy
// 2020-2023"), table "Level of need / Description" (l.59-64) and the MASH passage, with their
// line numbers.


const rows: [string, NeedProfile, 1 | 2 | 3 | 4][] = [
  // l.60 "Level 1 – Universal": "These needs can be met through family networks, communities,
  // community groups, open access provision, GPs, schools, health visitors".
  ['no needs, universal services only', needs('none', 'not-met', 0, 'none'), 1],
  // Level-2 needs are those "which may require support" (l.62); agencies = 0 says universal
  // services suffice, so an additional need that calls for no agency stays at level 1.
  ['additional need, universal services suffice', needs('none', 'not-met', 0, 'additional'), 1],
  // l.62 "Level 2 – Additional Needs": "A child may have additional, or emerging, needs which may
  // require support."
  ['emerging need, one agency', needs('none', 'not-met', 1, 'emerging'), 2],
  // l.62: "This could come from a single agency or multi-agency team."
  ['additional needs, one agency', needs('none', 'not-met', 1, 'additional'), 2],
  // Still l.62: a multi-agency team at level 2 — the number of agencies does not make level 3.
  ['additional needs, four agencies', needs('none', 'not-met', 4, 'additional'), 2],
  // l.63 "Level 3 – Complex needs": "A child has complex or multiple needs which require targeted
  // support." York defines level 3 by the needs; "more specialist involvement" is only what "you
  // may expect to see". So one agency is enough (Warrington, "multi-agency services", gives 2).
  ['multiple needs, one agency', needs('none', 'not-met', 1, 'multiple'), 3],
  // Multi-agency, multiple needs, section 17 not met: level 3, "They still sit below statutory
  // thresholds and can be supported at an early help level" (l.63). St Helens gives level 2.
  ['multi-agency, multiple needs, section 17 not met', needs('none', 'not-met', 3, 'multiple'), 3],
  // l.63: "you may expect to see more specialist involvement at this level from mental health
  // provision, youth justice, substance misuse services, domestic abuse services".
  ['complex needs, five agencies', needs('none', 'not-met', 5, 'complex'), 3],
  // Section 17 possibly met: whether "a safeguarding intervention at level 4 is required" is for
  // the MASH to establish (l.124); until then the needs give the level.
  ['multi-agency, complex needs, section 17 possibly met', needs('none', 'possibly-met', 2, 'complex'), 3],
  // Section 17 met: l.64 "This may happen as a Child in Need (section 17) or Child Protection
  // (section 47)." Level 4 here; St Helens gives level 3 (its child-in-need level).
  ['multi-agency, multiple needs, section 17 met', needs('none', 'met', 3, 'multiple'), 4],
  // l.64: "At this level a child has significant welfare concerns and requires specialist
  // intervention, led by a social worker." — section 17 met with modest other needs.
  ['emerging need, one agency, section 17 met', needs('none', 'met', 1, 'emerging'), 4],
  // l.64: "Child Protection (section 47)" — likely significant harm.
  ['likely significant harm', needs('likely', 'not-met', 2, 'additional'), 4],
  // l.64: "Child Protection (section 47)" — suffering significant harm, nothing else recorded.
  ['suffering significant harm, nothing else recorded', needs('suffering', 'not-met', 0, 'none'), 4],
];

describe('York levels of need', () => {
  const ruleSet = loadRuleSet('york');

  it.each(rows)('%s', (_name, profile, expected) => {
    expect(assessLevel(ruleSet, profile).level).toBe(expected);
  });

  it('has four levels (the table), though the text speaks of three', () => {
    expect(ruleSet.levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    expect(ruleSet.notes.some((n) => n.includes('Three levels or four'))).toBe(true);
  });

  it('keeps level 3 as early help and puts both section 17 and section 47 at level 4', () => {
    const [, , three, four] = ruleSet.levels;
    expect(three).toMatchObject({ level: 3, earlyHelp: true, statutory: [] });
    expect(four).toMatchObject({ level: 4, earlyHelp: false, statutory: ['section-17', 'section-47'] });
  });

  it('disagrees with St Helens and Warrington where the documents do', () => {
    const stHelens = loadRuleSet('st-helens');
    const warrington = loadRuleSet('warrington');
    const multiAgencyMultiple = needs('none', 'not-met', 3, 'multiple');
    const childInNeed = needs('none', 'met', 3, 'multiple');
    const singleAgencyMultiple = needs('none', 'not-met', 1, 'multiple');
    expect([assessLevel(ruleSet, multiAgencyMultiple).level, assessLevel(stHelens, multiAgencyMultiple).level]).toEqual([3, 2]);
    expect([assessLevel(ruleSet, childInNeed).level, assessLevel(stHelens, childInNeed).level]).toEqual([4, 3]);
    expect([assessLevel(ruleSet, singleAgencyMultiple).level, assessLevel(warrington, singleAgencyMultiple).level]).toEqual([3, 2]);
  });
});

describe('York timescales', () => {
  it('defines no timescales of its own (the strategy publishes none)', () => {
    expect(readRuleFile('york').timescales ?? []).toEqual([]);
  });

  it('still carries the national statutory timescales of england/working-together', () => {
    const national = readRuleFile('england/working-together').timescales ?? [];
    const ids = loadRuleSet('york').timescales.map((t) => t.id);
    expect(national.length).toBeGreaterThan(0);
    expect(ids).toContain('child-and-family-assessment');
    expect(ids).toContain('referral-decision');
    expect(ids).toEqual(national.map((t) => t.id));
  });
});
