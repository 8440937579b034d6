/**
 * A closed case is judged on the day it closed: deadlines not yet due then no longer apply,
 * overdue ones become closed unmet (counted to the closing day, never overdue work), met ones
 * stay, the case flags are no longer raised, a warning names what was left, and the
 * recommendation is 'close'.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/index.js';
import { deadline, deadlineIds, evaluate, flagCodes, stHelensCase } from './caseBuilder.js';

describe('a St Helens case closed on Mon 20 Jan 2025, read as of Sat 1 Mar 2025', () => {
  // - family-action-meeting decided Thu 19 Dec 2024 → due Tue 14 Jan 2025 (see stHelensDeadlines): never held,
  //   so closed unmet, 4 working days past due when the case closed (15, 16, 17, 20 Jan; not counted on to 1 Mar).
  // - ehat-completion started Thu 2 Jan 2025 → due Sat 1 Feb: not yet due when the case closed → dropped.
  // - child-seen-alone from 2 Jan → due Thu 30 Jan: not yet due → dropped.
  // - mash-screening-level-2 received Mon 16 Dec 2024 → due Fri 20 Dec, screened Thu 19 Dec → met, kept.
  const record = stHelensCase([
    { type: 'contact-received', on: '2024-12-16', receivedAsLevel: 2 },
    { type: 'screening-completed', on: '2024-12-19', outcomeLevel: 2 },
    { type: 'meeting-decided', on: '2024-12-19' },
    { type: 'assessment-started', on: '2025-01-02', kind: 'early-help' },
    { type: 'closed', on: '2025-01-20' },
  ], { lead: undefined, consent: undefined, needs: { section47: 'none', section17: 'met', agencies: 3, complexity: 'multiple' } });
  let result: Evaluation;
  beforeAll(() => { result = evaluate(record, '2025-03-01'); });

  it('keeps met deadlines, closes the overdue one as closed unmet, and drops those not yet due', () => {
    expect(result.closedOn).toBe('2025-01-20');
    expect(deadlineIds(result)).toEqual(['mash-screening-level-2', 'family-action-meeting']);
    expect(deadline(result, 'mash-screening-level-2')).toMatchObject({ due: '2024-12-20', status: 'met', metOn: '2024-12-19' });
    expect(deadline(result, 'family-action-meeting')).toMatchObject({ due: '2025-01-14', status: 'closed-unmet', stoppedOn: '2025-01-20',
      workingDaysOverdue: 4, metOn: null, workingDaysRemaining: null });
  });

  it('raises no flag: a closed case has no overdue work, and no lead, no consent and needs above level are no longer raised', () => {
    expect(flagCodes(result)).toEqual([]);
  });

  it('warns what the closure left: the closed-unmet deadline, and those that no longer applied', () => {
    expect(result.warnings).toEqual([{ code: 'closed-with-deadlines-open', path: 'events[4].on',
      message: 'The case closed on Mon 20 Jan 2025 with family-action-meeting unmet (closed unmet: past due when it closed), '
        + 'and ehat-completion, child-seen-alone not yet due (no longer applied)' }]);
  });

  it('recommends close, with no steps, from and to the current level', () => {
    expect(result.recommendation).toEqual({
      action: 'close', from: 2, to: 2, pathway: null, reason: 'The case was closed on 2025-01-20', steps: [], citation: null,
    });
  });

  it('still gives the assessed level', () => {
    expect(result.level).toMatchObject({ assessed: 3, current: 2, rule: 'level-3-section-17-met' });
  });
});

describe('the closing day', () => {
  it('a deadline due on the day the case closed is dropped (it was not yet overdue)', () => {
    const result = evaluate(stHelensCase([
      { type: 'meeting-decided', on: '2024-12-19' },
      { type: 'closed', on: '2025-01-14' },
    ]), '2025-02-01');
    expect(deadlineIds(result)).toEqual([]);
    expect(result.recommendation.action).toBe('close');
  });

  it('a closure listed before another event of its own day still closes the case (the record\'s order within a day means nothing)', () => {
    // The child is seen and the case closed on Tue 14 Jan 2025, the closure listed first (a CSV export
    // cannot keep the order). Read on the day: closed on 14 Jan, so the meeting due that day is dropped.
    const result = evaluate(stHelensCase([
      { type: 'meeting-decided', on: '2024-12-19' },
      { type: 'closed', on: '2025-01-14' },
      { type: 'child-seen', on: '2025-01-14' },
    ]), '2025-02-01');
    expect(result.closedOn).toBe('2025-01-14');
    expect(deadlineIds(result)).toEqual([]);
    expect(result.recommendation.action).toBe('close');
  });

  it('a case closed after the as-of date is still open as of that date', () => {
    const result = evaluate(stHelensCase([
      { type: 'meeting-decided', on: '2024-12-19' },
      { type: 'closed', on: '2025-04-01' },
    ]), '2025-03-03');
    expect(result.closedOn).toBeNull();
    // Overdue as of Mon 3 Mar: working days after Tue 14 Jan = 13 (rest of Jan) + 20 (Feb) + 1 → 34.
    expect(deadline(result, 'family-action-meeting')).toMatchObject({ status: 'overdue', workingDaysOverdue: 34 });
    expect(result.recommendation.action).toBe('stay');
  });

  it('a case reopened by a later event is open again', () => {
    const result = evaluate(stHelensCase([
      { type: 'meeting-decided', on: '2024-12-19' },
      { type: 'closed', on: '2025-01-02' },
      { type: 'contact-received', on: '2025-02-24', receivedAsLevel: 2 },
    ]), '2025-02-25');
    expect(result.closedOn).toBeNull();
    expect(result.recommendation.action).toBe('stay');
    expect(deadline(result, 'mash-screening-level-2')).toMatchObject({ due: '2025-02-28', status: 'due-soon' });
  });

  it('a chain whose next link is not yet due at the closure lists only the links before it: child seen alone', () => {
    // Assessment started Mon 6 Jan 2025 → seen alone within 28 days, due Mon 3 Feb; seen Fri 10 Jan → met.
    // Link #2 from Fri 10 Jan is due Fri 7 Feb; the case closed Mon 20 Jan, before it fell due → dropped,
    // as is the EHAT clock (30 days from 6 Jan, due Wed 5 Feb).
    const result = evaluate(stHelensCase([{ type: 'assessment-started', on: '2025-01-06', kind: 'early-help' },
      { type: 'child-seen-alone', on: '2025-01-10' }, { type: 'closed', on: '2025-01-20' }]), '2025-03-01');
    expect(result.deadlines.map((d) => [d.id, d.due, d.status, d.metOn])).toEqual([['child-seen-alone', '2025-02-03', 'met', '2025-01-10']]);
    expect(result.warnings.map((w) => w.message)).toEqual(['The case closed on Mon 20 Jan 2025 with ehat-completion, child-seen-alone#2 not yet due (no longer applied)']);
  });

  it('the repeating chain of a closed case keeps its overdue link and drops a link not yet due', () => {
    // Initial meeting Mon 2 Dec 2024 → review due Thu 2 Jan 2025; held Thu 2 Jan → met; #2 due Wed 2 Apr 2025.
    // Closed Fri 31 Jan 2025: #2 was not yet due → dropped.
    const result = evaluate(stHelensCase([
      { type: 'meeting-held', on: '2024-12-02', kind: 'initial' },
      { type: 'plan-circulated', on: '2024-12-03', kind: 'initial' },
      { type: 'meeting-held', on: '2025-01-02', kind: 'review' },
      { type: 'plan-circulated', on: '2025-01-03', kind: 'modified' },
      { type: 'closed', on: '2025-01-31' },
    ]), '2025-06-01');
    expect(result.deadlines.filter((d) => d.timescale === 'family-action-plan-review').map((d) => [d.id, d.status]))
      .toEqual([['family-action-plan-review', 'met']]);
  });
});
