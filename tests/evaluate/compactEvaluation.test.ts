import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationReference, compactEvaluation } from '../../src/evaluate/compactEvaluation.js';
import { evaluateCase } from '../../src/evaluate/evaluateCase.js';

const record = JSON.parse(readFileSync('examples/st-helens-case.json', 'utf8'));

describe('compactEvaluation', () => {
  const full = evaluateCase(record, { asOf: '2025-02-24' });
  const compact = compactEvaluation(full);

  it('keeps a deadline\'s dates and status, drops its explanation and notes, and cites by source and lines', () => {
    // The contact came in as Level 2 on Mon 2 Dec 2024 (10:15Z); St Helens screens Level 2 contacts within
    // 4 days (calendar days, as written): due Fri 6 Dec; screening completed Thu 5 Dec, so met.
    // rules/st-helens.json cites st-helens-standards-2022, lines 680-682, for it.
    expect(compact.deadlines[0]).toEqual({
      id: 'mash-screening-level-2', timescale: 'mash-screening-level-2', occurrence: 1, title: 'MASH screening of a contact received as Level 2',
      start: '2024-12-02', startEvent: 'contact-received', due: '2024-12-06', status: 'met', metOn: '2024-12-05', stoppedOn: null,
      provisional: false, workingDaysRemaining: null, workingDaysOverdue: 0, projected: false, counting: null, amount: 4, unit: 'days',
      overdueFlag: 'overdue', citation: 'st-helens-standards-2022:680-682',
    });
    expect(compact.deadlines.every((d) => !('explanation' in d) && !('notes' in d) && typeof d.citation === 'string')).toBe(true);
    expect(compact.deadlines.map((d) => [d.id, d.due, d.status])).toEqual(full.deadlines.map((d) => [d.id, d.due, d.status]));
  });

  it('cites the level, the flags and the recommendation by reference too, and leaves the rest as it was', () => {
    // Section 17 met places the child at level 3 (strategy lines 433-434); the case is at 2, so step up
    // (standards lines 741-743, the partner-agency step-up flowchart).
    expect(compact.level).toEqual({ ...full.level, citation: 'st-helens-strategy-2019-2022:433-434' });
    expect(compact.flags.map((f) => [f.code, f.citation])).toEqual([
      ['child-not-seen', 'st-helens-standards-2022:293'],
      ['needs-above-level', 'st-helens-strategy-2019-2022:433-434'],
      ['plan-drift', 'st-helens-standards-2022:338'],
    ]);
    expect(compact.recommendation).toEqual({ ...full.recommendation, citation: 'st-helens-standards-2022:741-743' });
    expect({ ...compact, level: 0, deadlines: 0, flags: 0, recommendation: 0 }).toEqual({ ...full, level: 0, deadlines: 0, flags: 0, recommendation: 0 });
    // The full result is left as it was; the compact JSON is well under half its size.
    expect(full.deadlines[0]?.citation.quote).toBe('screening will be completed in 24 hours or 4 days for those that are Level 2');
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length / 2);
  });

  it('keeps a null citation null: the national rules alone cite no level and make no recommendation', () => {
    // england/working-together has no levels of need, so neither the level nor the recommendation has
    // a citation; the referral of Mon 6 Jan 2025, undecided on Fri 10 Jan, is overdue (a decision within one
    // working day: due Tue 7 Jan), cited by Working Together 2023 (wt-2023), line 103.
    const national = compactEvaluation(evaluateCase({ id: 'N-1', authority: 'england/working-together',
      events: [{ type: 'referral-received', on: '2025-01-06' }] }, { asOf: '2025-01-10' }));
    expect([national.level.citation, national.recommendation.citation]).toEqual([null, null]);
    expect(national.flags.map((f) => [f.code, f.citation])).toEqual([['overdue', 'wt-2023:103']]);
  });

  it('writes a citation without lines as its source id alone', () => {
    expect(citationReference({ source: 'working-together-2023', section: 'Chapter 3', quote: 'within one working day' })).toBe('working-together-2023');
    expect(citationReference({ source: 'york-threshold', section: 'Level 2', lines: '120', quote: 'universal plus' })).toBe('york-threshold:120');
  });
});
