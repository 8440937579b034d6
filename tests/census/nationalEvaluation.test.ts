/**
 * Any council under the national rules alone: authority "england" (an alias of
 * england/working-together), or that rule set passed in. No level or needs are asked for; the
 * result says no levels of need apply and makes no recommendation; deadlines and their flags
 * are as usual.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase, loadRuleSet } from '../../src/index.js';

// A strategy discussion that began section 47 enquiries on Tue 4 Mar 2025, and an assessment started
// on Mon 3 Mar 2025, neither followed up.
// Census assessment measure: 45 working days after Mon 3 Mar 2025: 4–31 Mar (20), 1–4 Apr (24), 7–11 (29),
// 14–17 (33; Good Friday 18 Apr), 22–25 (37; Easter Monday 21 Apr), 28–30 (40), 1–2 May (42; 5 May a bank holiday),
// 6–8 May (45): Thu 8 May 2025, open as of Mon 31 Mar.
// Initial conference: 15 working days after Tue 4 Mar = Tue 25 Mar 2025 (5–7: 3, 10–14: 8, 17–21: 13, 24: 14, 25: 15);
// overdue as of Mon 31 Mar by 26, 27, 28, 31 Mar = 4.
const record = {
  id: 'ENG-1',
  authority: 'england',
  events: [
    { type: 'assessment-started', on: '2025-03-03', kind: 'child-and-family' },
    { type: 'strategy-discussion', on: '2025-03-04', section47: true },
  ],
};

describe('a case under the national rules alone', () => {
  const result = evaluateCase(record, { asOf: '2025-03-31' });

  it('is evaluated under england/working-together, with no level and no recommendation', () => {
    expect(result.ruleSet.id).toBe('england/working-together');
    expect(result.level).toEqual({ assessed: null, current: null, name: null, currentName: null, rule: null, citation: null,
      reasons: ['No levels of need apply: england/working-together holds the national timescales alone'] });
    expect(result.recommendation).toEqual({ action: 'none', from: null, to: null, pathway: null, steps: [], citation: null,
      reason: 'No recommendation is made: england/working-together defines no levels of need, so no step up or down can be judged' });
  });

  it('has its deadlines and their flags as usual, and no case flags', () => {
    expect(result.deadlines.map((d) => [d.id, d.due, d.status, d.workingDaysOverdue])).toEqual([
      ['initial-child-protection-conference', '2025-03-25', 'overdue', 4],
      ['census-assessment-duration', '2025-05-08', 'open', 0],
    ]);
    expect(result.flags.map((f) => [f.code, f.severity, f.deadlineId])).toEqual([
      ['overdue', 'high', 'initial-child-protection-conference'],
    ]);
  });

  it('gives the same under england/working-together, by name or passed in', () => {
    expect(evaluateCase({ ...record, authority: 'england/working-together' }, { asOf: '2025-03-31' }).deadlines).toEqual(result.deadlines);
    expect(evaluateCase({ ...record, authority: 'wigan' }, { asOf: '2025-03-31', ruleSet: loadRuleSet('england/working-together') }).level.current)
      .toBeNull();
  });

  it('says when the case was closed, still with no level', () => {
    const closed = evaluateCase({ ...record, events: [...record.events, { type: 'closed', on: '2025-03-20' }] }, { asOf: '2025-03-31' });
    expect(closed.recommendation).toMatchObject({ action: 'close', from: null, to: null, reason: 'The case was closed on 2025-03-20' });
  });
});
