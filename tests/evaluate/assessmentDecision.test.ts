/**
 * Issue 10, finding 1: the national 45-working-day child and family assessment clock applies only
 * when the referral decision calls for an assessment, or a child and family assessment is
 * recorded. Until a decision is recorded the deadline is provisional, says so, and raises no
 * high-severity flag.
 *
 * The York case: a referral to the MASH on Mon 3 Mar 2025 (York records a referral even for a
 * level 3 early-help request). Counting 45 working days after Mon 3 Mar 2025 (start excluded),
 * skipping Good Friday 18 Apr, Easter Monday 21 Apr and the early May bank holiday 5 May:
 *   4–7 Mar (4), 10–14 (9), 17–21 (14), 24–28 (19), 31 Mar–4 Apr (24), 7–11 Apr (29), 14–17 Apr (33),
 *   22–25 Apr (37), 28 Apr–2 May (42), Tue 6 (43), Wed 7 (44), Thu 8 May (45) → due Thu 8 May 2025.
 * The one-working-day referral decision is due Tue 4 Mar 2025.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deadline, Evaluation } from '../../src/index.js';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';
import { caseIn, deadline, deadlineIds, evaluate, need, stHelensCase, workingDaysAfter, type EventInput } from './caseBuilder.js';

const york = (events: EventInput[]) => caseIn('york', { currentLevel: 3, lead: 'early-help-team', needs: need('none', 'not-met', 3, 'multiple'), events });
const referral: EventInput = { type: 'referral-received', on: '2025-03-03' };

describe('a York referral decided as early help', () => {
  // Decided Tue 4 Mar 2025 as early help; read as of Mon 2 Jun 2025, months after 8 May. Evaluated in
  // beforeAll, not the describe body: an evaluation that throws then fails the tests, not the file.
  let result: Evaluation;
  beforeAll(() => { result = evaluate(york([referral, { type: 'referral-decision', on: '2025-03-04', outcome: 'early-help' }]), '2025-06-02'); });

  it('has no child and family assessment deadline, so nothing overdue (before: OVERDUE, high)', () => {
    expect(deadlineIds(result)).toEqual(['referral-decision']);
    expect(deadline(result, 'referral-decision')).toMatchObject({ due: '2025-03-04', status: 'met', metOn: '2025-03-04' });
    expect(result.flags).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('applies after all once a child and family assessment is recorded for that referral', () => {
    const later = evaluate(york([referral, { type: 'referral-decision', on: '2025-03-04', outcome: 'early-help' },
      { type: 'assessment-started', on: '2025-04-01', kind: 'child-and-family' }]), '2025-06-02');
    // Overdue as of Mon 2 Jun 2025: working days after Thu 8 May: 9, 12–16, 19–23, [26 May], 27–30, 2 Jun → 16.
    expect(deadline(later, 'child-and-family-assessment')).toMatchObject({ due: '2025-05-08', status: 'overdue', provisional: false, workingDaysOverdue: 16 });
    expect(workingDaysAfter('2025-05-08', '2025-06-02')).toBe(16);
  });
});

describe('a referral decided for an assessment', () => {
  it('runs the clock from the referral, not provisional, with the high overdue flag', () => {
    const result = evaluate(york([referral, { type: 'referral-decision', on: '2025-03-04', outcome: 'assessment' }]), '2025-05-12');
    // As of Mon 12 May 2025: working days after Thu 8 May = Fri 9, Mon 12 → 2.
    expect(deadline(result, 'child-and-family-assessment')).toMatchObject({ start: '2025-03-03', due: '2025-05-08', status: 'overdue',
      provisional: false, workingDaysOverdue: 2 });
    expect(result.flags.map((f) => [f.code, f.severity, f.deadlineId])).toEqual([['overdue', 'high', 'child-and-family-assessment']]);
  });

  it('a decision for no further action, or for a strategy discussion, starts no assessment clock by itself', () => {
    for (const outcome of ['no-further-action', 'strategy-discussion'] as const) {
      const result = evaluate(york([referral, { type: 'referral-decision', on: '2025-03-04', outcome }]), '2025-05-12');
      expect(deadlineIds(result)).toEqual(['referral-decision']);
    }
  });
});

describe('until a decision is recorded the deadline is provisional', () => {
  let result: Evaluation;
  let d: Deadline;
  beforeAll(() => {
    result = evaluate(york([referral]), '2025-05-12');
    d = deadline(result, 'child-and-family-assessment');
  });

  it('keeps the due date, marks it provisional and says why in the explanation', () => {
    expect(d).toMatchObject({ due: '2025-05-08', status: 'overdue', provisional: true, workingDaysOverdue: 2 });
    expect(d.explanation).toBe('45 working days after Referral to the MASH on Mon 3 Mar 2025, skipping 18 and 21 Apr and 5 May: Thu 8 May 2025; '
      + 'provisional: it applies only once referral decision (outcome assessment) or assessment started (kind child-and-family) '
      + 'or assessment completed (kind child-and-family) is recorded, and no referral decision that settles it is recorded yet');
  });

  it('raises a low flag for it, not a high one (the missing decision itself is the high flag)', () => {
    expect(result.flags.map((f) => [f.code, f.severity, f.deadlineId])).toEqual([
      ['overdue', 'high', 'referral-decision'],
      ['overdue', 'low', 'child-and-family-assessment'],
    ]);
    expect(result.flags[1]?.message).toBe('Child and family assessment (section 17 or section 47) completed was due Thu 8 May 2025 and is 2 working days overdue (provisional: no decision is recorded that calls for it)');
  });

  it('a decision recorded without an outcome settles nothing: still provisional, and a warning names the attribute', () => {
    const noOutcome = evaluate(york([referral, { type: 'referral-decision', on: '2025-03-04' }]), '2025-05-12');
    expect(deadline(noOutcome, 'child-and-family-assessment')).toMatchObject({ status: 'overdue', provisional: true });
    expect(noOutcome.warnings).toEqual([{ code: 'missing-attribute', path: 'events[1].outcome',
      message: 'The referral decision on Tue 4 Mar 2025 has no outcome, so it cannot settle whether child-and-family-assessment applies' }]);
  });

  it('a met deadline is never provisional: the completed assessment shows it applied', () => {
    const met = evaluate(york([referral, { type: 'assessment-completed', on: '2025-05-01', kind: 'child-and-family' }]), '2025-05-12');
    expect(deadline(met, 'child-and-family-assessment')).toMatchObject({ status: 'met', metOn: '2025-05-01', provisional: false });
  });
});

describe('two referrals: each decision settles its own referral', () => {
  it('an early-help decision on the first and an assessment decision on the second start only the second clock', () => {
    // Second referral Mon 2 Jun 2025, decided for an assessment the same day: 45 working days after 2 Jun, with no
    // bank holiday in between: 3–6 Jun (4), 9–13 (9), 16–20 (14), 23–27 (19), 30 Jun–4 Jul (24), 7–11 (29), 14–18 (34),
    // 21–25 (39), 28 Jul–1 Aug (44), Mon 4 Aug (45) → due Mon 4 Aug 2025. It is the first time the timescale applies,
    // so it has the plain id.
    const result = evaluate(york([referral, { type: 'referral-decision', on: '2025-03-04', outcome: 'early-help' },
      { type: 'referral-received', on: '2025-06-02' }, { type: 'referral-decision', on: '2025-06-02', outcome: 'assessment' }]), '2025-06-03');
    expect(result.deadlines.filter((d) => d.timescale === 'child-and-family-assessment').map((d) => [d.id, d.start, d.due, d.provisional]))
      .toEqual([['child-and-family-assessment', '2025-06-02', '2025-08-04', false]]);
  });
});

describe('two referrals: each is settled only by what follows it', () => {
  it('an assessment decision on the first referral does not settle the second: it stays provisional', () => {
    // Referral Mon 3 Mar 2025, decided Tue 4 Mar for an assessment; a second referral Mon 2 Jun 2025 with no decision yet.
    // The second clock is read from 2 Jun on: no decision there, so provisional. Due Mon 4 Aug 2025 (above); as of
    // Tue 3 Jun: working days after 3 Jun up to 4 Aug = 4–6 Jun (3), 9 Jun–1 Aug (8 weeks, 43), Mon 4 Aug (44) → 44.
    const result = evaluate(york([referral, { type: 'referral-decision', on: '2025-03-04', outcome: 'assessment' },
      { type: 'referral-received', on: '2025-06-02' }]), '2025-06-03');
    expect(result.deadlines.filter((d) => d.timescale === 'child-and-family-assessment').map((d) => [d.id, d.due, d.provisional]))
      .toEqual([['child-and-family-assessment', '2025-05-08', false], ['child-and-family-assessment#2', '2025-08-04', true]]);
    expect(deadline(result, 'child-and-family-assessment#2')).toMatchObject({ status: 'open', workingDaysRemaining: 44 });
    expect(workingDaysAfter('2025-06-03', '2025-08-04')).toBe(44);
  });

  it('an assessment completed after the second referral meets the first clock too, which is then not provisional', () => {
    // No decision on the first referral (3 Mar) before the second (2 Jun): its clock is provisional until met. The
    // assessment completed Tue 10 Jun 2025 meets both: the first late, by the working days after Thu 8 May up to
    // Tue 10 Jun = 9 May (1), 12–16 (6), 19–23 (11), [Mon 26 May], 27–30 (15), 2–6 Jun (20), 9, 10 Jun (22) → 22.
    const result = evaluate(york([referral, { type: 'referral-received', on: '2025-06-02' },
      { type: 'assessment-completed', on: '2025-06-10', kind: 'child-and-family' }]), '2025-06-11');
    expect(result.deadlines.filter((d) => d.timescale === 'child-and-family-assessment').map((d) => [d.id, d.status, d.metOn, d.provisional]))
      .toEqual([['child-and-family-assessment', 'met-late', '2025-06-10', false], ['child-and-family-assessment#2', 'met', '2025-06-10', false]]);
    expect(deadline(result, 'child-and-family-assessment').workingDaysOverdue).toBe(22);
    expect(workingDaysAfter('2025-05-08', '2025-06-10')).toBe(22);
  });
});

describe('provisional timescales of a rule set made for the test', () => {
  const citation = { source: 'st-helens-standards-2022', section: 'Standard 5', lines: '337-338', quote: 'within 45 working days' };
  const decision = { event: 'referral-decision' } as const;
  const ruleSet = () => loadRuleSet({ id: 'st-helens-test', name: 'St Helens, for the test', authority: 'St Helens', version: '0.1.0',
    effectiveFrom: '2022-01-01', extends: 'st-helens', sources: [], timescales: [
      // Started by an assessment, settled by a referral decision: an event type the vocabulary lists before it.
      { id: 'assessment-after-decision', title: 'Assessment completed', start: { event: 'assessment-started', where: { kind: ['child-and-family'] } },
        end: { event: 'assessment-completed', where: { kind: ['child-and-family'] } }, amount: 45, unit: 'working-days', citation,
        provisionalUntil: { decision, appliesOn: [{ event: 'referral-decision', where: { outcome: ['assessment'] } }] } },
      // Started by the very event type that settles it.
      { id: 'discussion-after-decision', title: 'Strategy discussion held', start: decision, end: { event: 'strategy-discussion' },
        amount: 3, unit: 'working-days', citation, provisionalUntil: { decision, appliesOn: [{ event: 'strategy-discussion' }] } },
    ] });
  const deadlinesOf = (events: EventInput[], timescale: string) => evaluate(stHelensCase(events), '2025-03-04', { ruleSet: ruleSet() }).deadlines
    .filter((d) => d.timescale === timescale).map((d) => [d.id, d.due, d.provisional]);

  it('a decision for an assessment on the day the assessment starts settles it, though it is read before the start', () => {
    // Both Mon 3 Mar 2025: the day is read from its first event. Due 45 working days later, Thu 8 May 2025 (above).
    expect(deadlinesOf([{ type: 'referral-decision', on: '2025-03-03', outcome: 'assessment' },
      { type: 'assessment-started', on: '2025-03-03', kind: 'child-and-family' }], 'assessment-after-decision'))
      .toEqual([['assessment-after-decision', '2025-05-08', false]]);
  });

  it('the decision that starts a clock does not settle it itself: provisional until a later one, or a discussion', () => {
    // Decided Mon 3 Mar 2025; 3 working days later is Thu 6 Mar 2025.
    expect(deadlinesOf([{ type: 'referral-decision', on: '2025-03-03', outcome: 'strategy-discussion' }], 'discussion-after-decision'))
      .toEqual([['discussion-after-decision', '2025-03-06', true]]);
  });
});
