/**
 * translateLevel: a case's level in another authority. With the need profile, the target's own
 * thresholds give exactly one level; with only a level, the target levels of the same kind
 * (universal, early help, or the same Children Act duties) are candidates.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet, RuleSetError, translateLevel } from '../../src/index.js';
import { caseIn, evaluate, need, type Authority } from './caseBuilder.js';

const ruleSet = (id: Authority) => loadRuleSet(id);

describe('with the need profile: exact, one level per authority', () => {
  // Multiple needs across two agencies, no section 17 or 47 threshold met. St Helens level 3 is the section 17
  // level, so this stays early help at level 2 (level-2-multi-agency); Warrington, York and Sefton have a
  // second early-help level for multi-agency multiple needs: level 3.
  const multiAgency = need('none', 'not-met', 2, 'multiple');

  it.each([
    ['st-helens', 2, 'level-2-multi-agency'],
    ['warrington', 3, 'multiple-complex-needs-multi-agency'],
    ['york', 3, 'complex-or-multiple-needs'],
    ['sefton', 3, 'early-help-plan-multi-agency'],
  ] as const)('multiple needs, two agencies → %s level %i', (authority, level, thresholdId) => {
    const target = ruleSet(authority);
    const t = translateLevel({ needs: multiAgency }, target);
    expect(t.levels).toEqual([level]);
    expect(t.exact).toBe(true);
    const threshold = target.thresholds.find((th) => th.id === thresholdId);
    expect(t.citations).toEqual([threshold?.citation]);
    expect(t.reason).toBe(`Under ${authority}'s thresholds: ${threshold?.reason}`);
  });

  it.each([
    ['st-helens', 3], ['warrington', 4], ['york', 4], ['sefton', 4],
  ] as const)('a child in need (section 17 met) → %s level %i', (authority, level) => {
    expect(translateLevel({ needs: need('none', 'met', 1, 'additional') }, ruleSet(authority)).levels).toEqual([level]);
  });

  it('the same profile levels differently in St Helens and Warrington, and matches evaluateCase', () => {
    const sh = translateLevel({ needs: multiAgency }, ruleSet('st-helens')).levels;
    const w = translateLevel({ needs: multiAgency }, ruleSet('warrington')).levels;
    expect(sh).not.toEqual(w);
    for (const authority of ['st-helens', 'warrington', 'york', 'sefton'] as const) {
      const assessed = evaluate(caseIn(authority, { needs: multiAgency }), '2025-01-10').level.assessed;
      expect([assessed]).toEqual(translateLevel({ needs: multiAgency }, ruleSet(authority)).levels);
    }
  });
});

describe('with only a level: the target levels of the same kind, not exact', () => {
  const stHelens = ruleSet('st-helens');

  it('St Helens level 3 (section 17, statutory) → Warrington [4]', () => {
    const t = translateLevel({ level: 3, ruleSet: stHelens }, ruleSet('warrington'));
    expect(t.levels).toEqual([4]);
    expect(t.exact).toBe(false);
    expect(t.reason).toBe('Level 3 in st-helens (Child in Need) is statutory (section-17); in warrington so is level 4 '
      + '(Level 4 – children in need and children in need of protection). Without the need profile the receiving authority decides.');
    expect(t.citations).toEqual([stHelens.levels[2]?.citation, ruleSet('warrington').levels[3]?.citation]);
  });

  it.each([
    [1, [1]], [2, [2, 3]], [3, [4]], [4, [4]],
  ] as const)('St Helens level %i → Warrington, York and Sefton %j', (level, expected) => {
    for (const target of ['warrington', 'york', 'sefton'] as const) {
      expect(translateLevel({ level, ruleSet: stHelens }, ruleSet(target)).levels, target).toEqual(expected);
    }
  });

  it('Warrington level 4 (section 17 and 47) → St Helens [3, 4]; Warrington level 3 (early help) → St Helens [2]', () => {
    const warrington = ruleSet('warrington');
    expect(translateLevel({ level: 4, ruleSet: warrington }, stHelens).levels).toEqual([3, 4]);
    expect(translateLevel({ level: 3, ruleSet: warrington }, stHelens).levels).toEqual([2]);
  });

  it('an unknown level gives no candidates and says why', () => {
    expect(translateLevel({ level: 5, ruleSet: stHelens }, ruleSet('york'))).toEqual({
      levels: [], exact: false, reason: 'st-helens has no level 5', citations: [],
    });
  });
});

describe('the reason in words, for each kind of level (the levels as rules/*.json give them)', () => {
  it('St Helens level 1 (universal) → York [1]: "so is", one candidate', () => {
    expect(translateLevel({ level: 1, ruleSet: 'st-helens' }, 'york').reason).toBe('Level 1 in st-helens (Universal) is universal; '
      + 'in york so is level 1 (Level 1 – Universal). Without the need profile the receiving authority decides.');
  });

  it('St Helens level 2 (early help) → York [2, 3]: "so are", both named, joined by "and"', () => {
    expect(translateLevel({ level: 2, ruleSet: 'st-helens' }, 'york').reason).toBe('Level 2 in st-helens (Early Help) is early help; '
      + 'in york so are level 2 (Level 2 – Additional Needs) and level 3 (Level 3 – Complex needs). '
      + 'Without the need profile the receiving authority decides.');
  });

  it('York level 4 engages two duties, named with a comma', () => {
    expect(translateLevel({ level: 4, ruleSet: 'york' }, 'st-helens').reason).toBe('Level 4 in york (Level 4 – Acute needs / statutory response) '
      + 'is statutory (section-17, section-47); in st-helens so are level 3 (Child in Need) and level 4 (Child Protection). '
      + 'Without the need profile the receiving authority decides.');
  });

  it('the national rules have no levels: a level has no counterpart there, and no threshold levels a need profile', () => {
    const stHelens = ruleSet('st-helens');
    expect(translateLevel({ level: 3, ruleSet: stHelens }, 'england/working-together')).toEqual({
      levels: [], exact: false,
      reason: 'No level in england/working-together has the meaning of level 3 in st-helens (statutory (section-17))',
      citations: [stHelens.levels[2]?.citation],
    });
    expect(translateLevel({ needs: need('none', 'met', 1, 'additional') }, 'england/working-together')).toEqual({
      levels: [], exact: false, reason: 'No threshold of england/working-together covers these needs', citations: [],
    });
  });
});

describe('arguments it cannot use are named (issue 11)', () => {
  it('takes built-in ids for either rule set', () => {
    // St Helens level 3 is the section 17 level: in Warrington that is level 4 (as above, by rule set).
    expect(translateLevel({ level: 3, ruleSet: 'st-helens' }, 'warrington').levels)
      .toEqual(translateLevel({ level: 3, ruleSet: ruleSet('st-helens') }, ruleSet('warrington')).levels);
  });

  it('names an unknown id, where it said "Cannot read properties of undefined"', () => {
    expect(() => translateLevel({ level: 3, ruleSet: 'st-helens' }, 'nowhere')).toThrow(RuleSetError);
    expect(() => translateLevel({ level: 3, ruleSet: 'st-helens' }, 'nowhere')).toThrow('no built-in rule set "nowhere"');
    expect(() => translateLevel({ level: 3, ruleSet: 'elsewhere' }, 'york')).toThrow('no built-in rule set "elsewhere"');
  });

  it('names an argument that is not a rule set, or not a case', () => {
    expect(() => translateLevel({ level: 3, ruleSet: { id: 'st-helens' } as never }, 'york'))
      .toThrow('translateLevel: from.ruleSet {"id":"st-helens"} is not a rule set: give the id of a built-in one');
    expect(() => translateLevel({ level: 3, ruleSet: 'st-helens' }, undefined as never)).toThrow('translateLevel: to undefined is not a rule set');
    expect(() => translateLevel(null as never, 'york')).toThrow('translateLevel: from null is neither { needs } nor { level, ruleSet }');
    expect(() => translateLevel({ needs: { section47: 'maybe' } } as never, 'york')).toThrow(/from.needs is not a need profile:[\s\S]*section47/);
    // A level with no rule set, and a bare number, are neither shape of case.
    expect(() => translateLevel({ level: 3 } as never, 'york')).toThrow('translateLevel: from {"level":3} is neither { needs } nor { level, ruleSet }');
    expect(() => translateLevel(3 as never, 'york')).toThrow('translateLevel: from 3 is neither { needs } nor { level, ruleSet }');
  });

  it('the error lists the built-in ids', () => {
    expect(() => translateLevel({ level: 3, ruleSet: 'st-helens' }, 7 as never)).toThrow(new TypeError('translateLevel: to 7 is not a rule set: '
      + 'give the id of a built-in one (england/working-together, st-helens, warrington, york, sefton) or one that loadRuleSet or parseRuleSet returned'));
  });
});
