/**
 * The national base (Working Together to Safeguard Children) that every authority extends:
 * working-day statutory timescales, with the edition chosen by the day the clock starts
 * (2018 edition to 14 Dec 2023, 2023 edition from 15 Dec 2023).
 */
import { describe, expect, it } from 'vitest';
import type { CaseRecordInput } from '../../src/index.js';
import { caseIn, deadline, deadlineIds, evaluate, need, stHelensCase, type Authority } from './caseBuilder.js';

const LEVEL_3_ST_HELENS = { currentLevel: 3 as const, lead: 'social-care' as const, needs: need('none', 'met', 2, 'additional') };

describe('child-and-family-assessment: 45 working days from the referral', () => {
  it('referral Thu 14 Dec 2023 (wt-2018): due Tue 20 Feb 2024, skipping 25 and 26 Dec and 1 Jan', () => {
    // Fri 15 (1), Mon 18–Fri 22 (2–6), [Mon 25, Tue 26 Dec], Wed 27 (7), Thu 28 (8), Fri 29 (9), [Mon 1 Jan],
    // Tue 2 (10), Wed 3 (11), Thu 4 (12), Fri 5 (13), 8–12 Jan (14–18), 15–19 (19–23), 22–26 (24–28),
    // 29 Jan–2 Feb (29–33), 5–9 Feb (34–38), 12–16 Feb (39–43), Mon 19 (44), Tue 20 Feb (45).
    const result = evaluate(stHelensCase([{ type: 'referral-received', on: '2023-12-14' }], LEVEL_3_ST_HELENS), '2023-12-14');
    const d = deadline(result, 'child-and-family-assessment');
    expect(d.due).toBe('2024-02-20');
    expect(d.citation.source).toBe('wt-2018');
    expect(d.explanation).toContain('skipping 25 and 26 Dec and 1 Jan');
    expect(d.workingDaysRemaining).toBe(45);
    expect(d.status).toBe('open');
    // The one-working-day referral decision: Fri 15 Dec 2023, also under the 2018 edition.
    expect(deadline(result, 'referral-decision')).toMatchObject({ due: '2023-12-15', status: 'due-soon', workingDaysRemaining: 1 });
    expect(deadline(result, 'referral-decision').citation.source).toBe('wt-2018');
  });

  it('referral Fri 15 Dec 2023 (wt-2023): due Wed 21 Feb 2024', () => {
    // Day 1 is now Mon 18 Dec, so every count above moves on by one working day: Wed 21 Feb 2024.
    const result = evaluate(stHelensCase([{ type: 'referral-received', on: '2023-12-15' }], LEVEL_3_ST_HELENS), '2023-12-15');
    const d = deadline(result, 'child-and-family-assessment');
    expect(d.due).toBe('2024-02-21');
    expect(d.citation.source).toBe('wt-2023');
    expect(deadline(result, 'referral-decision')).toMatchObject({ due: '2023-12-18' });
    expect(deadline(result, 'referral-decision').citation.source).toBe('wt-2023');
  });

  it('completed on Tue 20 Feb 2024 is met; a section 17 assessment of another kind does not meet it', () => {
    const met = evaluate(stHelensCase([
      { type: 'referral-received', on: '2023-12-14' },
      { type: 'referral-decision', on: '2023-12-14' },
      { type: 'assessment-completed', on: '2024-02-20', kind: 'child-and-family' },
    ], LEVEL_3_ST_HELENS), '2024-03-01');
    expect(deadline(met, 'child-and-family-assessment')).toMatchObject({ status: 'met', metOn: '2024-02-20' });
    // The decision on the day of the referral meets the one-working-day timescale.
    expect(deadline(met, 'referral-decision')).toMatchObject({ status: 'met', metOn: '2023-12-14' });

    const wrongKind = evaluate(stHelensCase([
      { type: 'referral-received', on: '2023-12-14' },
      { type: 'assessment-completed', on: '2024-02-20', kind: 'early-help' },
    ], LEVEL_3_ST_HELENS), '2024-03-01');
    // Overdue as of Fri 1 Mar 2024: working days after Tue 20 Feb = 21, 22, 23, 26, 27, 28, 29 Feb, 1 Mar → 8.
    expect(deadline(wrongKind, 'child-and-family-assessment')).toMatchObject({ status: 'overdue', workingDaysOverdue: 8 });
  });
});

describe('initial-child-protection-conference: 15 working days from a section 47 strategy discussion', () => {
  it('strategy discussion Mon 12 Sep 2022: due Tue 4 Oct 2022, skipping 19 Sep (State Funeral)', () => {
    // Tue 13 (1), Wed 14 (2), Thu 15 (3), Fri 16 (4), [Mon 19 Sep], Tue 20–Fri 23 (5–8), Mon 26–Fri 30 (9–13),
    // Mon 3 Oct (14), Tue 4 Oct (15).
    const result = evaluate(stHelensCase([
      { type: 'strategy-discussion', on: '2022-09-12', section47: true },
      { type: 'child-protection-conference', on: '2022-10-03', kind: 'initial', outcome: 'plan' },
    ], { currentLevel: 4, lead: 'social-care', needs: need('suffering', 'met', 3, 'complex') }), '2022-10-05');
    const d = deadline(result, 'initial-child-protection-conference');
    expect(d).toMatchObject({ start: '2022-09-12', due: '2022-10-04', status: 'met', metOn: '2022-10-03' });
    expect(d.explanation).toContain('skipping 19 Sep');
    expect(d.citation.source).toBe('wt-2018');
    // The conference starts the first core group: 10 working days after Mon 3 Oct = Mon 17 Oct 2022.
    expect(deadline(result, 'first-core-group')).toMatchObject({ due: '2022-10-17', status: 'open', workingDaysRemaining: 8 });
  });

  it('strategy discussion Wed 1 Jun 2022: due Fri 24 Jun 2022, skipping 2 and 3 Jun (Jubilee)', () => {
    // [Thu 2, Fri 3 Jun], Mon 6–Fri 10 (1–5), Mon 13–Fri 17 (6–10), Mon 20–Fri 24 (11–15).
    const d = deadline(evaluate(stHelensCase([{ type: 'strategy-discussion', on: '2022-06-01', section47: true }],
      { currentLevel: 4, lead: 'social-care', needs: need('likely', 'met', 3, 'complex') }), '2022-06-01'), 'initial-child-protection-conference');
    expect(d.due).toBe('2022-06-24');
    expect(d.explanation).toContain('skipping 2 and 3 Jun');
  });

  it('does not apply when the strategy discussion decides against a section 47 enquiry', () => {
    const result = evaluate(stHelensCase([{ type: 'strategy-discussion', on: '2022-06-01', section47: false }],
      { currentLevel: 4, lead: 'social-care', needs: need('likely', 'met', 3, 'complex') }), '2022-06-01');
    expect(deadlineIds(result)).toEqual([]);
  });
});

describe('every authority inherits the national timescales with the same due dates', () => {
  const authorities: [Authority, Partial<CaseRecordInput>][] = [
    ['st-helens', LEVEL_3_ST_HELENS],
    ['warrington', { currentLevel: 4, lead: 'social-care', needs: need('none', 'met', 2, 'additional') }],
    ['york', { currentLevel: 4, lead: 'social-care', needs: need('none', 'met', 2, 'additional') }],
    ['sefton', { currentLevel: 4, lead: 'social-care', needs: need('none', 'met', 2, 'additional') }],
  ];
  it.each(authorities)('%s: referral Thu 14 Dec 2023 → decision Fri 15 Dec, assessment Tue 20 Feb 2024', (authority, overrides) => {
    const result = evaluate(caseIn(authority, { ...overrides, events: [{ type: 'referral-received', on: '2023-12-14' }] }), '2023-12-14');
    expect(result.ruleSet.extends).toEqual(['england/working-together']);
    expect(deadline(result, 'referral-decision').due).toBe('2023-12-15');
    expect(deadline(result, 'child-and-family-assessment').due).toBe('2024-02-20');
    expect(deadline(result, 'child-and-family-assessment').citation.source).toBe('wt-2018');
  });
});
