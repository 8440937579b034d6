/**
 * The warning a closed St Helens case gives about the deadlines its closure left: those closed
 * unmet, those no longer applying, both or neither (the family action meeting is due 14 working
 * days after the decision: decided Thu 19 Dec 2024 → due Tue 14 Jan 2025, see stHelensDeadlines).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, need, stHelensCase, type EventInput } from './caseBuilder.js';

const warningsWhenClosed = (events: EventInput[]) => evaluate(stHelensCase(events), '2025-03-01').warnings;

describe('closed-with-deadlines-open', () => {
  it('closed Fri 10 Jan 2025, before the meeting fell due: only "not yet due"', () => {
    expect(warningsWhenClosed([{ type: 'meeting-decided', on: '2024-12-19' }, { type: 'closed', on: '2025-01-10' }])).toEqual([
      { code: 'closed-with-deadlines-open', path: 'events[1].on',
        message: 'The case closed on Fri 10 Jan 2025 with family-action-meeting not yet due (no longer applied)' }]);
  });

  it('closed Mon 20 Jan 2025, after it fell due: only "unmet"', () => {
    expect(warningsWhenClosed([{ type: 'meeting-decided', on: '2024-12-19' }, { type: 'closed', on: '2025-01-20' }])).toEqual([
      { code: 'closed-with-deadlines-open', path: 'events[1].on',
        message: 'The case closed on Mon 20 Jan 2025 with family-action-meeting unmet (closed unmet: past due when it closed)' }]);
  });

  it('two left unmet are listed with a comma: the screening due Fri 20 Dec 2024 (contact Mon 16 Dec) and the meeting', () => {
    expect(warningsWhenClosed([{ type: 'contact-received', on: '2024-12-16', receivedAsLevel: 2 }, { type: 'meeting-decided', on: '2024-12-19' },
      { type: 'closed', on: '2025-01-20' }]).map((w) => w.message)).toEqual([
      'The case closed on Mon 20 Jan 2025 with mash-screening-level-2, family-action-meeting unmet (closed unmet: past due when it closed)']);
  });

  it('a second occurrence left not yet due is named with its #2: contact Mon 6 Jan 2025 screened Tue 7 Jan, again Mon 13 Jan, closed Tue 14 Jan', () => {
    // The second screening would be due Fri 17 Jan 2025: not yet due on the 14th.
    expect(warningsWhenClosed([{ type: 'contact-received', on: '2025-01-06', receivedAsLevel: 2 }, { type: 'screening-completed', on: '2025-01-07', outcomeLevel: 2 },
      { type: 'contact-received', on: '2025-01-13', receivedAsLevel: 2 }, { type: 'closed', on: '2025-01-14' }]).map((w) => w.message)).toEqual([
      'The case closed on Tue 14 Jan 2025 with mash-screening-level-2#2 not yet due (no longer applied)']);
  });

  it('nothing left open: no warning (contact Mon 16 Dec 2024 screened Thu 19 Dec, closed Fri 20 Dec)', () => {
    expect(warningsWhenClosed([{ type: 'contact-received', on: '2024-12-16', receivedAsLevel: 2 },
      { type: 'screening-completed', on: '2024-12-19', outcomeLevel: 2 }, { type: 'closed', on: '2024-12-20' }])).toEqual([]);
  });
});

describe('closed-with-deadlines-open names only what the closure itself left', () => {
  // A level 4 case: strategy discussion Mon 12 Sep 2022, plan from the initial conference Mon 3 Oct 2022, so the first
  // core group is due Mon 17 Oct 2022 and the first review Tue 3 Jan 2023 (see childProtectionPlan.test.ts).
  const closedAtLevel4 = (events: EventInput[]) => evaluate(stHelensCase([{ type: 'strategy-discussion', on: '2022-09-12', section47: true },
    { type: 'child-protection-conference', on: '2022-10-03', kind: 'initial', outcome: 'plan' }, ...events],
  { currentLevel: 4, lead: 'social-care', needs: need('suffering', 'met', 3, 'complex') }), '2023-06-01');

  it('closed the day the plan ended, before the core group was due: both clocks not required by the plan\'s end, no warning', () => {
    const result = closedAtLevel4([{ type: 'child-protection-plan-ended', on: '2022-10-07' }, { type: 'closed', on: '2022-10-07' }]);
    expect(result.deadlines.map((d) => [d.id, d.status, d.stoppedOn]).slice(1)).toEqual([
      ['first-core-group', 'not-required', '2022-10-07'], ['child-protection-review-conference', 'not-required', '2022-10-07']]);
    expect(result.warnings).toEqual([]);
  });

  it('closed Mon 31 Oct, after the plan ended Fri 21 Oct with the core group unmet: the plan\'s end, not the closure, left it unmet', () => {
    const result = closedAtLevel4([{ type: 'child-protection-plan-ended', on: '2022-10-21' }, { type: 'closed', on: '2022-10-31' }]);
    expect(result.deadlines[1]).toMatchObject({ id: 'first-core-group', status: 'closed-unmet', stoppedOn: '2022-10-21' });
    expect(result.warnings).toEqual([]);
  });
});
