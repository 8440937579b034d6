/**
 * What a deadline says besides its dates: the explanation's words (a singular amount, a due date
 * rolled forward), the rule file's notes, and the flag it raises when overdue.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/index.js';
import { amountInWords } from '../../src/evaluate/deadlines.js';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';
import { caseIn, deadline, evaluate, need, stHelensCase } from './caseBuilder.js';

describe('a Warrington referral received Wed 4 Jul 2018, under Working Together 2018', () => {
  let result: Evaluation;
  beforeAll(() => { result = evaluate(caseIn('warrington', { currentLevel: 4, lead: 'social-care', needs: need('none', 'met', 2, 'additional'),
    events: [{ type: 'referral-received', on: '2018-07-04' }] }), '2018-07-04'); });

  it('the decision: 1 working day (singular) after Wed 4 Jul, Thu 5 Jul 2018', () => {
    expect(deadline(result, 'referral-decision').explanation).toBe('1 working day after Referral to MASH on Wed 4 Jul 2018: Thu 5 Jul 2018');
  });

  it('carries the rule file\'s notes and its default overdue flag', () => {
    const decision = deadline(result, 'referral-decision');
    expect(decision.notes?.endsWith('Working Together 2018 edition, in force until 14 December 2023.')).toBe(true);
    expect(decision.overdueFlag).toBe('overdue');
  });
});

describe('a rule file with no notes, rolled forward', () => {
  const citation = { source: 'st-helens-standards-2022', section: 'Standard 5', lines: '337-338', quote: 'within 10 working days' };
  const rules = () => loadRuleSet({ id: 'st-helens-rolled', name: 'St Helens, rolled forward', authority: 'St Helens', version: '0.1.0',
    effectiveFrom: '2024-01-01', extends: 'st-helens', sources: [],
    timescales: [{ id: 'family-action-plan-review', title: 'Plan reviewed (rolled forward)', start: { event: 'meeting-held', where: { kind: ['initial'] } },
      end: { event: 'meeting-held', where: { kind: ['review'] } }, amount: 1, unit: 'months', roll: 'forward', levels: [2], citation }] });

  it('1 month after Wed 5 Mar 2025 is Sat 5 Apr, rolled forward to Mon 7 Apr 2025; no notes key', () => {
    const result = evaluate(stHelensCase([{ type: 'meeting-held', on: '2025-03-05', kind: 'initial' }]), '2025-04-01', { ruleSet: rules() });
    const review = deadline(result, 'family-action-plan-review');
    expect(review.due).toBe('2025-04-07');
    expect(review.explanation).toBe('1 month after Family Action Meeting (initial) or Family Action Review Meeting on Wed 5 Mar 2025: '
      + 'Mon 7 Apr 2025, rolled forward from Sat 5 Apr 2025');
    expect('notes' in review).toBe(false);
  });
});

describe('amountInWords', () => {
  it('one of each unit in the singular, more in the plural', () => {
    expect((['working-days', 'days', 'weeks', 'months', 'hours'] as const).map((unit) => [amountInWords(1, unit), amountInWords(2, unit)])).toEqual([
      ['1 working day', '2 working days'], ['1 day', '2 days'], ['1 week', '2 weeks'], ['1 month', '2 months'], ['1 hour', '2 hours']]);
  });
});
