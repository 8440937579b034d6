/**
 * Repeating timescales: a chain whose first link is due from the start event and each later
 * link a repeat interval after the last one met; the chain stops at the first link still unmet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deadline, Evaluation } from '../../src/index.js';
import { loadRuleSet, type RuleSet } from '../../src/rules/loadRuleSet.js';
import { deadline, deadlineIds, evaluate, flagsOf, stHelensCase, workingDaysAfter } from './caseBuilder.js';

describe('the Family Action Plan review chain (within one month of the initial meeting, then three months after the last review)', () => {
  // Initial meeting Tue 31 Jan 2023 → review due 31 Jan + 1 month = 31 Feb → clamped to Tue 28 Feb 2023.
  // Review held Mon 27 Feb → met. #2 due 27 Feb + 3 months = Sat 27 May 2023 (no roll).
  // Review held Fri 26 May → met. #3 due 26 May + 3 months = Sat 26 Aug 2023.
  // As of Fri 1 Sep 2023, #3 not held: overdue; working days after Sat 26 Aug up to Fri 1 Sep:
  // [Mon 28 Aug, summer bank holiday], Tue 29, Wed 30, Thu 31, Fri 1 → 4.
  const record = stHelensCase([
    { type: 'meeting-held', on: '2023-01-31', kind: 'initial' },
    { type: 'plan-circulated', on: '2023-02-03', kind: 'initial' },
    { type: 'meeting-held', on: '2023-02-27', kind: 'review' },
    { type: 'plan-circulated', on: '2023-03-01', kind: 'modified' },
    { type: 'meeting-held', on: '2023-05-26', kind: 'review' },
    { type: 'plan-circulated', on: '2023-05-30', kind: 'modified' },
  ]);
  let result: Evaluation;
  let chain: Deadline[];
  beforeAll(() => {
    result = evaluate(record, '2023-09-01');
    chain = result.deadlines.filter((d) => d.timescale === 'family-action-plan-review');
  });

  it('has the ids family-action-plan-review, #2, #3, in order, with occurrences 1, 2, 3', () => {
    expect(chain.map((d) => d.id)).toEqual(['family-action-plan-review', 'family-action-plan-review#2', 'family-action-plan-review#3']);
    expect(chain.map((d) => d.occurrence)).toEqual([1, 2, 3]);
  });

  it('dates each link from the last review held', () => {
    expect(chain.map((d) => [d.start, d.due, d.status, d.metOn])).toEqual([
      ['2023-01-31', '2023-02-28', 'met', '2023-02-27'],
      ['2023-02-27', '2023-05-27', 'met', '2023-05-26'],
      ['2023-05-26', '2023-08-26', 'overdue', null],
    ]);
    expect(chain[2]?.workingDaysOverdue).toBe(4);
    expect(workingDaysAfter('2023-08-26', '2023-09-01')).toBe(4);
  });

  it('cites the first-review sentence for the first link and the three-monthly sentence for the later ones', () => {
    expect(chain[0]?.citation.quote).toBe('The Family Action Plan should be reviewed within one month of the initial Family Action Meeting');
    expect(chain[1]?.citation.quote).toBe('and thereafter a maximum of three months.');
    expect(chain[2]?.citation.quote).toBe('and thereafter a maximum of three months.');
    expect(chain[1]?.explanation).toBe('3 months after the last Family Action Meeting (initial) or Family Action Review Meeting on Mon 27 Feb 2023: Sat 27 May 2023');
    expect(chain.map((d) => [d.amount, d.unit])).toEqual([[1, 'months'], [3, 'months'], [3, 'months']]);
  });

  it('raises plan drift (medium) for the overdue review, with its citation', () => {
    const drift = flagsOf(result, 'plan-drift');
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ code: 'plan-drift', severity: 'medium', deadlineId: 'family-action-plan-review#3' });
    expect(drift[0]?.citation?.quote).toBe('and thereafter a maximum of three months.');
    expect(drift[0]?.message).toBe('Family Action Plan reviewed at a Family Action Review Meeting was due Sat 26 Aug 2023 and is 4 working days overdue');
  });

  it('each modified plan gets its own 15-day circulation deadline (one per review)', () => {
    const circulated = result.deadlines.filter((d) => d.timescale === 'modified-plan-circulated');
    // 27 Feb + 15 = 14 Mar; 26 May + 15 = 10 Jun.
    expect(circulated.map((d) => [d.start, d.due, d.status])).toEqual([['2023-02-27', '2023-03-14', 'met'], ['2023-05-26', '2023-06-10', 'met']]);
  });

  it('stops at the first review not yet held: no #2 while the first is open or overdue', () => {
    const onlyInitial = stHelensCase([{ type: 'meeting-held', on: '2023-01-31', kind: 'initial' }]);
    const open = evaluate(onlyInitial, '2023-02-10');
    expect(open.deadlines.filter((d) => d.timescale === 'family-action-plan-review').map((d) => d.id)).toEqual(['family-action-plan-review']);
    const overdue = evaluate(onlyInitial, '2023-06-30');
    const chainNow = overdue.deadlines.filter((d) => d.timescale === 'family-action-plan-review');
    expect(chainNow.map((d) => [d.id, d.status])).toEqual([['family-action-plan-review', 'overdue']]);
  });

  it('reads the chain as of a date: a review held after the as-of date is not yet counted', () => {
    // As of Thu 25 May 2023 the second review (26 May) has not happened: #2 due Sat 27 May is due soon with
    // working days after Thu 25 May up to Sat 27 May = Fri 26 → 1.
    const early = evaluate(record, '2023-05-25');
    const links = early.deadlines.filter((d) => d.timescale === 'family-action-plan-review');
    expect(links.map((d) => [d.id, d.status, d.workingDaysRemaining])).toEqual([
      ['family-action-plan-review', 'met', null],
      ['family-action-plan-review#2', 'due-soon', 1],
    ]);
  });

  it('a late review restarts the clock from the day it was held', () => {
    // Review held Fri 10 Mar 2023, 8 working days after Tue 28 Feb (1, 2, 3, 6, 7, 8, 9, 10 Mar).
    // #2 = 10 Mar + 3 months = Sat 10 Jun 2023.
    const late = evaluate(stHelensCase([
      { type: 'meeting-held', on: '2023-01-31', kind: 'initial' },
      { type: 'meeting-held', on: '2023-03-10', kind: 'review' },
    ]), '2023-03-13');
    expect(deadline(late, 'family-action-plan-review')).toMatchObject({ status: 'met-late', metOn: '2023-03-10', workingDaysOverdue: 8 });
    expect(deadline(late, 'family-action-plan-review#2')).toMatchObject({ start: '2023-03-10', due: '2023-06-10', status: 'open' });
  });

  it('a review held on the same day as the last one does not count as the next review', () => {
    const twice = evaluate(stHelensCase([
      { type: 'meeting-held', on: '2023-01-31', kind: 'initial' },
      { type: 'meeting-held', on: '2023-02-27', kind: 'review' },
      { type: 'meeting-held', on: '2023-02-27', kind: 'review' },
    ]), '2023-03-01');
    expect(deadline(twice, 'family-action-plan-review#2')).toMatchObject({ start: '2023-02-27', due: '2023-05-27', status: 'open', metOn: null });
    expect(deadlineIds(twice)).not.toContain('family-action-plan-review#3');
  });

  it('of two reviews held on one day at different times, the later does not count as the next review', () => {
    // Reviews Mon 27 Feb 2023 at 10:00 and at 15:00: the 10:00 one meets the first (due Tue 28 Feb); #2 runs from
    // 27 Feb (due 27 May) and the 15:00 review, on the same day, is not the next one: #2 is still open on Wed 1 Mar.
    const twice = evaluate(stHelensCase([
      { type: 'meeting-held', on: '2023-01-31', kind: 'initial' },
      { type: 'meeting-held', at: '2023-02-27T10:00:00Z', kind: 'review' },
      { type: 'meeting-held', at: '2023-02-27T15:00:00Z', kind: 'review' },
    ]), '2023-03-01');
    expect(twice.deadlines.filter((d) => d.timescale === 'family-action-plan-review').map((d) => [d.id, d.start, d.due, d.status, d.metOn]))
      .toEqual([
        ['family-action-plan-review', '2023-01-31', '2023-02-28', 'met', '2023-02-27'],
        ['family-action-plan-review#2', '2023-02-27', '2023-05-27', 'open', null],
      ]);
  });
});

describe('the child seen alone every 28 days', () => {
  // EHAT started Tue 3 Jan 2023 → first visit due 3 Jan + 28 = Tue 31 Jan. Seen alone Fri 20 Jan → met.
  // #2 = 20 Jan + 28 = Fri 17 Feb. Seen alone Fri 17 Feb, on the due day → met.
  // #3 = 17 Feb + 28 = Fri 17 Mar. As of Mon 20 Mar, not seen: overdue by 1 working day (Mon 20 Mar).
  let result: Evaluation;
  beforeAll(() => { result = evaluate(stHelensCase([
    { type: 'assessment-started', on: '2023-01-03', kind: 'early-help' },
    { type: 'child-seen-alone', on: '2023-01-20' },
    { type: 'assessment-completed', on: '2023-01-27', kind: 'early-help' },
    { type: 'child-seen-alone', on: '2023-02-17' },
  ]), '2023-03-20'); });
  let chain: Deadline[];
  beforeAll(() => { chain = result.deadlines.filter((d) => d.timescale === 'child-seen-alone'); });

  it('chains child-seen-alone, #2 and #3 from each visit', () => {
    expect(chain.map((d) => [d.id, d.start, d.due, d.status, d.metOn])).toEqual([
      ['child-seen-alone', '2023-01-03', '2023-01-31', 'met', '2023-01-20'],
      ['child-seen-alone#2', '2023-01-20', '2023-02-17', 'met', '2023-02-17'],
      ['child-seen-alone#3', '2023-02-17', '2023-03-17', 'overdue', null],
    ]);
    expect(chain[2]?.workingDaysOverdue).toBe(1);
    expect(chain[0]?.citation.quote).toContain('minimum of 28 days (4 weeks)');
    // The repetition cites the sentence that sets the frequency (l.293), as the first occurrence does.
    expect(chain[1]?.citation.quote).toBe('The frequency of contact with a child/young person by the Lead Professional should be a minimum of 28 days (4 weeks).');
  });

  it('raises child-not-seen (high) for the overdue visit, not a plain overdue flag', () => {
    // (The completed EHAT also starts the single-agency action plan review, 27 Jan + 1 month = 27 Feb, overdue too.)
    const visitFlags = result.flags.filter((f) => f.deadlineId?.startsWith('child-seen-alone'));
    expect(visitFlags.map((f) => [f.code, f.severity, f.deadlineId])).toEqual([['child-not-seen', 'high', 'child-seen-alone#3']]);
    expect(visitFlags[0]?.message).toBe('Lead Professional sees the child, spoken to alone was due Fri 17 Mar 2023 and is 1 working day overdue');
    expect(visitFlags[0]?.citation?.source).toBe('st-helens-standards-2022');
    expect(result.flags[0]?.code).toBe('child-not-seen'); // high before medium
  });

  it('a visit the day the assessment started meets the first one, and the next is due 28 days after it', () => {
    // EHAT started and child seen alone both Mon 6 Jan 2025: met that day; #2 due 6 Jan + 28 = Mon 3 Feb 2025.
    const sameDay = evaluate(stHelensCase([
      { type: 'assessment-started', on: '2025-01-06', kind: 'early-help' },
      { type: 'child-seen-alone', on: '2025-01-06' },
    ]), '2025-01-07');
    expect(sameDay.deadlines.filter((d) => d.timescale === 'child-seen-alone').map((d) => [d.id, d.due, d.status, d.metOn])).toEqual([
      ['child-seen-alone', '2025-02-03', 'met', '2025-01-06'],
      ['child-seen-alone#2', '2025-02-03', 'open', null],
    ]);
  });

  it('a visit before the assessment started does not meet the first one', () => {
    const before = evaluate(stHelensCase([
      { type: 'child-seen-alone', on: '2023-01-02' },
      { type: 'assessment-started', on: '2023-01-03', kind: 'early-help' },
    ]), '2023-01-04');
    expect(deadline(before, 'child-seen-alone')).toMatchObject({ status: 'open', metOn: null, due: '2023-01-31' });
  });
});

describe('the EHAT action plan review chain applies only while no Family Action Meeting is recorded', () => {
  const events = [
    { type: 'assessment-completed', on: '2024-01-10', kind: 'early-help' },
    { type: 'plan-reviewed', on: '2024-02-09' },
    { type: 'meeting-held', on: '2024-03-01', kind: 'initial' },
  ] as const;

  it('as of before the meeting: the monthly then three-monthly chain', () => {
    // 10 Jan + 1 month = Sat 10 Feb 2024; reviewed Fri 9 Feb → met; #2 = 9 Feb + 3 months = Thu 9 May 2024.
    const result = evaluate(stHelensCase([...events]), '2024-02-20');
    expect(result.deadlines.filter((d) => d.timescale === 'ehat-action-plan-review').map((d) => [d.id, d.due, d.status]))
      .toEqual([['ehat-action-plan-review', '2024-02-10', 'met'], ['ehat-action-plan-review#2', '2024-05-09', 'open']]);
  });

  it('once a Family Action Meeting is held the Family Action Plan review replaces it', () => {
    const result = evaluate(stHelensCase([...events]), '2024-03-04');
    expect(result.deadlines.some((d) => d.timescale === 'ehat-action-plan-review')).toBe(false);
    // 1 Mar + 1 month = Mon 1 Apr 2024.
    expect(deadline(result, 'family-action-plan-review').due).toBe('2024-04-01');
  });
});

describe('national child protection review conferences: three months, then every six months', () => {
  it('chains from the initial conference and raises plan drift when a review is late', () => {
    // Initial conference Fri 5 Jan 2024 → first review due 5 Apr 2024; held 5 Apr → met.
    // #2 = 5 Apr + 6 months = Sat 5 Oct 2024. As of Fri 1 Nov 2024: working days after Sat 5 Oct up to Fri 1 Nov =
    // 7–11 (5), 14–18 (5), 21–25 (5), 28 Oct–1 Nov (5) → 20.
    const result = evaluate(stHelensCase([
      { type: 'strategy-discussion', on: '2023-12-14', section47: true },
      { type: 'child-protection-conference', on: '2024-01-05', kind: 'initial', outcome: 'plan' },
      { type: 'core-group-held', on: '2024-01-19' },
      { type: 'child-protection-conference', on: '2024-04-05', kind: 'review' },
    ], { currentLevel: 4, lead: 'social-care', needs: { section47: 'suffering', section17: 'met', agencies: 3, complexity: 'complex' } }), '2024-11-01');
    const chain = result.deadlines.filter((d) => d.timescale === 'child-protection-review-conference');
    expect(chain.map((d) => [d.id, d.due, d.status])).toEqual([
      ['child-protection-review-conference', '2024-04-05', 'met'],
      ['child-protection-review-conference#2', '2024-10-05', 'overdue'],
    ]);
    expect(chain[1]?.workingDaysOverdue).toBe(20);
    expect(flagsOf(result, 'plan-drift').map((f) => f.deadlineId)).toEqual(['child-protection-review-conference#2']);
  });
});

describe('each occurrence of a repeating clock follows the edition in force on its own start (issue 10, finding 3)', () => {
  it('a review due in August 2024 cites Working Together 2023, though the plan started under the 2018 edition', () => {
    // Plan from the initial conference Fri 10 Nov 2023 (Working Together 2018 in force until 14 Dec 2023):
    // first review due 10 Nov + 3 months = Sat 10 Feb 2024, citing wt-2018; held Fri 9 Feb 2024 → met.
    // #2 starts Fri 9 Feb 2024, under the 2023 edition (from 15 Dec 2023): due 9 Feb + 6 months = Fri 9 Aug 2024,
    // citing wt-2023 (before: wt-2018). As of Mon 12 Aug 2024: overdue by 1 working day (Mon 12 Aug).
    const result = evaluate(stHelensCase([
      { type: 'strategy-discussion', on: '2023-10-23', section47: true },
      { type: 'child-protection-conference', on: '2023-11-10', kind: 'initial', outcome: 'plan' },
      { type: 'core-group-held', on: '2023-11-17' },
      { type: 'child-protection-conference', on: '2024-02-09', kind: 'review' },
    ], { currentLevel: 4, lead: 'social-care', needs: { section47: 'suffering', section17: 'met', agencies: 3, complexity: 'complex' } }), '2024-08-12');
    const chain = result.deadlines.filter((d) => d.timescale === 'child-protection-review-conference');
    expect(chain.map((d) => [d.id, d.start, d.due, d.status, d.citation.source])).toEqual([
      ['child-protection-review-conference', '2023-11-10', '2024-02-10', 'met', 'wt-2018'],
      ['child-protection-review-conference#2', '2024-02-09', '2024-08-09', 'overdue', 'wt-2023'],
    ]);
    expect(chain[1]?.workingDaysOverdue).toBe(1);
    expect(chain[1]?.citation.quote).toBe('at intervals of not more than 6 months while the plan lasts');
    expect(flagsOf(result, 'plan-drift').map((f) => [f.deadlineId, f.citation?.source])).toEqual([['child-protection-review-conference#2', 'wt-2023']]);
  });
});

describe('rule sets made for the test: a repeating clock whose edition changes or ends, a clock its own end event starts', () => {
  const citation = { source: 'st-helens-standards-2022', section: 'Standard 5', lines: '337-338', quote: 'within one month' };
  const review = { id: 'family-action-plan-review', title: 'Plan reviewed', start: { event: 'meeting-held', where: { kind: ['initial'] } },
    end: { event: 'meeting-held', where: { kind: ['review'] } }, amount: 1, unit: 'months', levels: [2], citation } as const;
  const repeating = { ...review, repeat: { amount: 3, unit: 'months', citation }, effectiveTo: '2023-12-31' } as const;
  const withTimescales = (timescales: object[]): RuleSet => loadRuleSet({ id: 'st-helens-test', name: 'St Helens, for the test',
    authority: 'St Helens', version: '0.1.0', effectiveFrom: '2022-01-01', extends: 'st-helens', sources: [], timescales });
  // Initial meeting Mon 4 Dec 2023 → review due 4 Jan 2024; held Wed 3 Jan 2024 (met), under an edition that no longer repeats, or none.
  const meetings = stHelensCase([{ type: 'meeting-held', on: '2023-12-04', kind: 'initial' }, { type: 'meeting-held', on: '2024-01-03', kind: 'review' }]);
  const reviews = (ruleSet: RuleSet) => evaluate(meetings, '2024-06-01', { ruleSet }).deadlines
    .filter((d) => d.timescale === 'family-action-plan-review').map((d) => [d.id, d.due, d.status, d.metOn]);

  it('the review is met, and no next one follows when the edition in force on the review\'s day has no repeat', () => {
    expect(reviews(withTimescales([repeating, { ...review, effectiveFrom: '2024-01-01' }]))).toEqual([['family-action-plan-review', '2024-01-04', 'met', '2024-01-03']]);
  });

  it('nor when no edition is in force on the review\'s day (the timescale withdrawn from 2024)', () => {
    expect(reviews(withTimescales([repeating]))).toEqual([['family-action-plan-review', '2024-01-04', 'met', '2024-01-03']]);
  });

  it('a visit every 10 working days, started and met by a visit: a visit never meets the clock it starts itself', () => {
    // Seen Mon 6 Jan 2025 and Wed 15 Jan 2025: the first clock (due 10 working days after 6 Jan: 7–10 (4), 13–17 (9), Mon 20 Jan)
    // is met by the second visit; the second's (due 16, 17 (2), 20–24 (7), 27, 28, 29 Jan (10) → Wed 29 Jan) is open on Thu 16 Jan.
    const visits = withTimescales([{ id: 'visit-interval', title: 'Child seen again', start: { event: 'child-seen' }, end: { event: 'child-seen' },
      amount: 10, unit: 'working-days', citation }]);
    const result = evaluate(stHelensCase([{ type: 'child-seen', on: '2025-01-06' }, { type: 'child-seen', on: '2025-01-15' }]), '2025-01-16', { ruleSet: visits });
    expect(result.deadlines.filter((d) => d.timescale === 'visit-interval').map((d) => [d.id, d.due, d.status, d.metOn])).toEqual([
      ['visit-interval', '2025-01-20', 'met', '2025-01-15'],
      ['visit-interval#2', '2025-01-29', 'open', null],
    ]);
  });
});
