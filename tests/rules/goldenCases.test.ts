import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGoldenCase } from '../../src/goldenCases/checkGoldenCase.js';
import { GoldenCaseSchema } from '../../src/goldenCases/goldenCaseSchema.js';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';

/*
 * The golden cases kept beside the rule files: rules/tests/<authority>/*.json, each a record, an
 * as-of date and what a practice lead worked out by hand from the council's documents (the
 * working is in each expectation's note). Every one must give exactly what it expects.
 */
const root = 'rules/tests';
const authorities = readdirSync(root);

describe('golden cases', () => {
  it('cover every built-in authority', () => {
    expect(authorities.sort()).toEqual(['sefton', 'st-helens', 'warrington', 'york']);
  });

  for (const authority of authorities) {
    for (const file of readdirSync(join(root, authority)).filter((f) => f.endsWith('.json'))) {
      it(`${authority}/${file}`, () => {
        const goldenCase = GoldenCaseSchema.parse(JSON.parse(readFileSync(join(root, authority, file), 'utf8')));
        expect(goldenCase.record.authority).toBe(authority);
        expect(checkGoldenCase(goldenCase, loadRuleSet(authority))).toEqual([]);
      });
    }
  }

  it('says in words how a result differs from what a case expects', () => {
    const goldenCase = GoldenCaseSchema.parse(JSON.parse(readFileSync(join(root, 'st-helens', 'family-action-meeting-over-christmas.json'), 'utf8')));
    // Pretend the practice lead counted Christmas Day and Boxing Day as working days, missed the
    // plan-drift flag, expected Level 2 and put in a deadline the case does not have.
    const wrong = structuredClone(goldenCase);
    const meeting = wrong.expected.deadlines.find((d) => d.id === 'family-action-meeting');
    if (!meeting) throw new Error('the case has a family-action-meeting deadline');
    meeting.due = '2025-01-10';
    wrong.expected.flags = wrong.expected.flags.filter((f) => f.code !== 'plan-drift');
    wrong.expected.level = { assessed: 2, rule: 'level-2-multi-agency' };
    wrong.expected.deadlines.push({ id: 'gcp2-completion', due: '2025-01-08', status: 'met' });
    wrong.expected.recommendation.pathway = null;
    expect(checkGoldenCase(wrong, loadRuleSet('st-helens'))).toEqual([
      'level: expected the needs to meet level 2 (threshold level-2-multi-agency), but they meet level 3 (threshold level-3-section-17-met)',
      'deadline family-action-meeting: expected due Fri 10 Jan 2025, but due Tue 14 Jan 2025 (15 working days after Decision to convene a Family Action Meeting on Thu 19 Dec 2024, skipping 25 and 26 Dec and 1 Jan: Tue 14 Jan 2025)',
      'deadline gcp2-completion: expected, due Wed 8 Jan 2025 (met), but the case has no such deadline',
      'flag plan-drift (medium) on family-action-plan-review: raised, but not expected',
      'recommendation: expected step-up to level 3 (no published route), but step-up to level 3 by route partner-agency-step-up-level-3',
    ]);
  });

  it('reports a record that cannot be evaluated, by its path', () => {
    const goldenCase = GoldenCaseSchema.parse(JSON.parse(readFileSync(join(root, 'york', 'assessment-over-spring-bank-holiday.json'), 'utf8')));
    // York's rule set is in force from 2020-01-01.
    expect(checkGoldenCase({ ...goldenCase, asOf: '2019-06-01' })).toEqual([
      'the record cannot be evaluated: asOf: the rule set york is in force from 2020-01-01, not on 2019-06-01',
    ]);
  });
});
