/**
 * Every St Helens timescale (Multi Agency Early Help Standards 2022), each with a case whose
 * due date crosses a weekend or a bank holiday, counted by hand in the comments.
 *
 * Bank holidays used (England and Wales, published list):
 *   2022: Thu 2 Jun, Fri 3 Jun (Platinum Jubilee; spring holiday moved), Mon 19 Sep (State Funeral),
 *         Mon 26 Dec, Tue 27 Dec (Christmas Day substitute); 2023: Mon 2 Jan (New Year substitute),
 *         Fri 7 Apr, Mon 10 Apr (Easter), Mon 1 May, Mon 8 May (Coronation), Mon 29 May;
 *   2024: Wed 25 Dec, Thu 26 Dec; 2025: Wed 1 Jan, Fri 18 Apr, Mon 21 Apr (Easter), Mon 5 May.
 *
 * Working-day rules skip them and name them in the explanation; calendar-day and month rules
 * ("4 days", "30 days", "45 days", "28 days", "15 days", "1 month", "3 months") count straight
 * through them and never roll a due date off a weekend or holiday (the rule file asks for no roll).
 */
import { describe, expect, it } from 'vitest';
import { englandAndWales, loadRuleSet } from '../../src/index.js';
import { deadline, deadlineIds, evaluate, stHelensCase, workingDaysAfter } from './caseBuilder.js';

const ST_HELENS_LOCAL = [
  'mash-screening-level-3', 'mash-screening-level-2', 'ehat-completion', 'pre-birth-assessment', 'gcp2-completion',
  'child-seen-alone', 'family-action-meeting', 'family-action-plan-circulated', 'family-action-plan-review',
  'modified-plan-circulated', 'ehat-action-plan-review', 'level-2-panel-review',
];

describe('the St Helens rule set', () => {
  it('has exactly the twelve local timescales these tests cover', () => {
    const local = loadRuleSet('st-helens').timescales.filter((t) => t.citation.source.startsWith('st-helens')).map((t) => t.id);
    expect(local.sort()).toEqual([...ST_HELENS_LOCAL].sort());
  });
});

describe('mash-screening-level-3: 24 hours (elapsed hours; holidays and weekends are not skipped)', () => {
  it('over Christmas: received Tue 24 Dec 2024 16:30 GMT, due Wed 25 Dec 2024 16:30 GMT (Christmas Day)', () => {
    // 16:30 on Christmas Eve + 24 elapsed hours = 16:30 on Christmas Day, a bank holiday: hours run on.
    const result = evaluate(stHelensCase([
      { type: 'contact-received', at: '2024-12-24T16:30:00Z', receivedAsLevel: 3 },
      { type: 'screening-completed', at: '2024-12-25T11:00:00Z', outcomeLevel: 2 },
    ]), '2025-01-06');
    const d = deadline(result, 'mash-screening-level-3');
    expect(d.start).toBe('2024-12-24T16:30:00Z');
    expect(d.due).toBe('2024-12-25T16:30:00+00:00');
    expect(d.status).toBe('met');
    expect(d.metOn).toBe('2024-12-25');
    expect(d.workingDaysRemaining).toBeNull();
    expect(d.workingDaysOverdue).toBe(0);
    expect(d.explanation).not.toContain('skipping');
    expect(d.explanation).toBe('24 hours after Contact to the MASH on 2024-12-24T16:30:00Z: 2024-12-25T16:30:00+00:00');
  });

  it('over a weekend: received Fri 10 Jan 2025 17:00, due Sat 11 Jan 17:00; screened Mon 13 Jan is late by 1 working day', () => {
    // Due Sat 11 Jan 17:00. Screened Mon 13 Jan 09:00: working days after Sat 11 up to Mon 13 = Mon 13 → 1.
    const result = evaluate(stHelensCase([
      { type: 'contact-received', at: '2025-01-10T17:00:00Z', receivedAsLevel: 3 },
      { type: 'screening-completed', at: '2025-01-13T09:00:00Z', outcomeLevel: 3 },
    ]), '2025-01-20');
    const d = deadline(result, 'mash-screening-level-3');
    expect(d.due).toBe('2025-01-11T17:00:00+00:00');
    expect(d.status).toBe('met-late');
    expect(d.metOn).toBe('2025-01-13');
    expect(d.workingDaysOverdue).toBe(1);
  });
});

describe('mash-screening-level-2: 4 days (calendar days)', () => {
  it('over Christmas: received Mon 23 Dec 2024, due Fri 27 Dec 2024; 25 and 26 Dec are not skipped', () => {
    // 23 Dec + 4 days = 27 Dec (24, 25, 26, 27 counted). Had the holidays been skipped it would be Tue 31 Dec.
    // As of Mon 30 Dec, unscreened: overdue; working days after Fri 27 up to Mon 30 = Mon 30 → 1.
    const result = evaluate(stHelensCase([{ type: 'contact-received', on: '2024-12-23', receivedAsLevel: 2 }]), '2024-12-30');
    const d = deadline(result, 'mash-screening-level-2');
    expect(d.start).toBe('2024-12-23');
    expect(d.due).toBe('2024-12-27');
    expect(d.status).toBe('overdue');
    expect(d.metOn).toBeNull();
    expect(d.workingDaysRemaining).toBeNull();
    expect(d.workingDaysOverdue).toBe(1);
    expect(d.explanation).toBe('4 days after Contact to the MASH on Mon 23 Dec 2024: Fri 27 Dec 2024');
  });

  it('over the 2022 Jubilee: received Wed 1 Jun 2022, due Sun 5 Jun 2022 (not rolled to Mon 6 Jun)', () => {
    // 1 Jun + 4 = 5 Jun, a Sunday; 2 and 3 Jun (Jubilee) and Sat 4 counted. Screened Mon 6 Jun: late,
    // working days after Sun 5 up to Mon 6 = 1.
    const result = evaluate(stHelensCase([
      { type: 'contact-received', on: '2022-06-01', receivedAsLevel: 2 },
      { type: 'screening-completed', on: '2022-06-06', outcomeLevel: 2 },
    ]), '2022-06-10');
    const d = deadline(result, 'mash-screening-level-2');
    expect(d.due).toBe('2022-06-05');
    expect(d.status).toBe('met-late');
    expect(d.metOn).toBe('2022-06-06');
    expect(d.workingDaysOverdue).toBe(1);
    expect(d.explanation).not.toContain('skipping');
    expect(d.explanation).not.toContain('rolled');
  });
});

describe('ehat-completion: 30 days (calendar days) from the EHAT start', () => {
  it('over Christmas 2022: started Mon 5 Dec 2022, due Wed 4 Jan 2023, completed on the due day', () => {
    // 5 Dec + 30 days: 26 more days to 31 Dec, then 4 into January = Wed 4 Jan 2023. The holidays of
    // Mon 26 Dec, Tue 27 Dec and Mon 2 Jan are counted as days like any other.
    const result = evaluate(stHelensCase([
      { type: 'assessment-started', on: '2022-12-05', kind: 'early-help' },
      { type: 'assessment-completed', on: '2023-01-04', kind: 'early-help' },
    ]), '2023-01-10');
    const d = deadline(result, 'ehat-completion');
    expect(d.due).toBe('2023-01-04');
    expect(d.status).toBe('met');
    expect(d.metOn).toBe('2023-01-04');
    expect(d.workingDaysOverdue).toBe(0);
    expect(d.unit).toBe('days');
    expect(d.counting).toBeNull();
    expect(d.explanation).not.toContain('skipping');
    expect(d.explanation).toContain('Wed 4 Jan 2023');
    expect(deadlineIds(result)).not.toContain('pre-birth-assessment');
  });
});

describe('pre-birth-assessment: 45 days (calendar days) for an unborn child', () => {
  // Fri 24 Mar 2023 + 45 days: 7 days to Fri 31 Mar, 30 in April (to 30 Apr = day 37), 8 in May = Mon 8 May
  // 2023, the Coronation bank holiday. Crossed: Good Friday 7 Apr, Easter Monday 10 Apr, Mon 1 May, none skipped.
  // The due date falls on a bank holiday and stays there (no roll).
  const record = stHelensCase([{ type: 'assessment-started', on: '2023-03-24', kind: 'early-help' }],
    { child: { unborn: true } });

  it('is due on Mon 8 May 2023 (a bank holiday, not rolled) and overdue on Tue 9 May by 1 working day', () => {
    const d = deadline(evaluate(record, '2023-05-09'), 'pre-birth-assessment');
    expect(d.due).toBe('2023-05-08');
    expect(d.status).toBe('overdue');
    expect(d.workingDaysOverdue).toBe(1); // Tue 9 May
    expect(d.explanation).toContain('45 days after');
    expect(d.explanation).not.toContain('rolled');
  });

  it('as of Fri 5 May 2023 it is due soon with 0 working days left (Mon 8 May is not a working day)', () => {
    // Working days after Fri 5 May up to Mon 8 May: Sat, Sun, Mon 8 (Coronation) → none.
    const d = deadline(evaluate(record, '2023-05-05'), 'pre-birth-assessment');
    expect(d.status).toBe('due-soon');
    expect(d.workingDaysRemaining).toBe(0);
  });
});

describe('gcp2-completion: 30 days (calendar days) from the GCP2 start', () => {
  it('over the State Funeral: started Fri 2 Sep 2022, due Sun 2 Oct 2022; completed Mon 3 Oct is 1 working day late', () => {
    // 2 Sep + 30 = 32 Sep = 2 Oct (Sunday). Mon 19 Sep (State Funeral) is counted, not skipped.
    const result = evaluate(stHelensCase([
      { type: 'assessment-started', on: '2022-09-02', kind: 'gcp2' },
      { type: 'assessment-completed', on: '2022-10-03', kind: 'gcp2' },
    ]), '2022-10-10');
    const d = deadline(result, 'gcp2-completion');
    expect(d.due).toBe('2022-10-02');
    expect(d.status).toBe('met-late');
    expect(d.metOn).toBe('2022-10-03');
    expect(d.workingDaysOverdue).toBe(1); // Mon 3 Oct
    expect(d.explanation).not.toContain('skipping');
    // A GCP2 start is neither an EHAT nor a pre-birth assessment, and does not start the child-seen clock.
    expect(deadlineIds(result)).toEqual(['gcp2-completion']);
  });
});

describe('child-seen-alone: every 28 days (calendar days)', () => {
  it('over the 2022 Jubilee: started Fri 20 May 2022, first due Fri 17 Jun; seen Fri 10 Jun, next due Fri 8 Jul', () => {
    // 20 May + 28: 11 days to 31 May, 17 into June = Fri 17 Jun 2022 (2 and 3 Jun counted, not skipped).
    // Seen alone Fri 10 Jun → met; #2 = 10 Jun + 28 = 38 Jun = Fri 8 Jul 2022.
    // As of Fri 1 Jul: working days after 1 Jul up to 8 Jul = 4, 5, 6, 7, 8 Jul → 5, so due soon (≤ 5).
    const result = evaluate(stHelensCase([
      { type: 'assessment-started', on: '2022-05-20', kind: 'early-help' },
      { type: 'child-seen-alone', on: '2022-06-10' },
      { type: 'assessment-completed', on: '2022-06-17', kind: 'early-help' },
    ]), '2022-07-01');
    const first = deadline(result, 'child-seen-alone');
    expect(first.due).toBe('2022-06-17');
    expect(first.status).toBe('met');
    expect(first.metOn).toBe('2022-06-10');
    const second = deadline(result, 'child-seen-alone#2');
    expect(second.start).toBe('2022-06-10');
    expect(second.due).toBe('2022-07-08');
    expect(second.status).toBe('due-soon');
    expect(second.workingDaysRemaining).toBe(5);
    expect(second.overdueFlag).toBe('child-not-seen');
  });
});

describe('family-action-meeting: 15 working days after the decision to convene it', () => {
  it('over Christmas 2024: decided Thu 19 Dec 2024, due Tue 14 Jan 2025, skipping 25 and 26 Dec and 1 Jan', () => {
    // Fri 20 (1), Mon 23 (2), Tue 24 (3), [Wed 25, Thu 26 Dec], Fri 27 (4), Mon 30 (5), Tue 31 (6), [Wed 1 Jan],
    // Thu 2 (7), Fri 3 (8), Mon 6 (9), Tue 7 (10), Wed 8 (11), Thu 9 (12), Fri 10 (13), Mon 13 (14), Tue 14 Jan (15).
    // As of Mon 6 Jan: working days after 6 Jan up to 14 Jan = 7, 8, 9, 10, 13, 14 → 6 (open, not yet due soon).
    const d = deadline(evaluate(stHelensCase([{ type: 'meeting-decided', on: '2024-12-19' }]), '2025-01-06'), 'family-action-meeting');
    expect(d.due).toBe('2025-01-14');
    expect(d.status).toBe('open');
    expect(d.metOn).toBeNull();
    expect(d.workingDaysRemaining).toBe(6);
    expect(d.workingDaysOverdue).toBe(0);
    expect(d.counting).toBe('start-excluded');
    expect(d.projected).toBe(false);
    expect(d.explanation).toContain('skipping 25 and 26 Dec and 1 Jan');
    expect(d.explanation).toBe('15 working days after Decision to convene a Family Action Meeting on Thu 19 Dec 2024, '
      + 'skipping 25 and 26 Dec and 1 Jan: Tue 14 Jan 2025');
    expect(d.citation.quote).toBe('The Family Action Meeting will take place within 15 working days of the date this decision was made.');
  });

  it('held Mon 13 Jan 2025 is met', () => {
    const d = deadline(evaluate(stHelensCase([
      { type: 'meeting-decided', on: '2024-12-19' },
      { type: 'meeting-held', on: '2025-01-13', kind: 'initial' },
    ]), '2025-01-20'), 'family-action-meeting');
    expect(d.status).toBe('met');
    expect(d.metOn).toBe('2025-01-13');
  });

  it('over the 2022 Jubilee: decided Wed 25 May 2022, due Fri 17 Jun; held Mon 20 Jun is 1 working day late', () => {
    // Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 31 May (4), Wed 1 Jun (5), [Thu 2, Fri 3 Jun], Mon 6–Fri 10 (6–10),
    // Mon 13–Fri 17 (11–15) → Fri 17 Jun 2022.
    const d = deadline(evaluate(stHelensCase([
      { type: 'meeting-decided', on: '2022-05-25' },
      { type: 'meeting-held', on: '2022-06-20', kind: 'initial' },
    ]), '2022-06-30'), 'family-action-meeting');
    expect(d.due).toBe('2022-06-17');
    expect(d.status).toBe('met-late');
    expect(d.workingDaysOverdue).toBe(1); // Mon 20 Jun
    expect(d.explanation).toContain('skipping 2 and 3 Jun');
  });

  it('over Easter 2025: decided Thu 10 Apr 2025, due Tue 6 May, skipping 18 and 21 Apr and 5 May', () => {
    // Fri 11 (1), Mon 14–Thu 17 (2–5), [Good Friday 18, Easter Monday 21], Tue 22–Fri 25 (6–9),
    // Mon 28 Apr–Fri 2 May (10–14), [Mon 5 May], Tue 6 May (15).
    const d = deadline(evaluate(stHelensCase([{ type: 'meeting-decided', on: '2025-04-10' }]), '2025-04-10'), 'family-action-meeting');
    expect(d.due).toBe('2025-05-06');
    expect(d.explanation).toContain('skipping 18 and 21 Apr and 5 May');
    // As of the decision day, all 15 working days remain.
    expect(d.workingDaysRemaining).toBe(15);
    expect(d.status).toBe('open');
  });
});

describe('family-action-plan-circulated: 10 working days after the initial Family Action Meeting', () => {
  it('over the 2022 Jubilee: meeting Wed 25 May 2022, due Fri 10 Jun, skipping 2 and 3 Jun; circulated that day', () => {
    // Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 31 (4), Wed 1 Jun (5), [Thu 2, Fri 3 Jun], Mon 6–Fri 10 Jun (6–10).
    const d = deadline(evaluate(stHelensCase([
      { type: 'meeting-held', on: '2022-05-25', kind: 'initial' },
      { type: 'plan-circulated', on: '2022-06-10', kind: 'initial' },
    ]), '2022-06-13'), 'family-action-plan-circulated');
    expect(d.due).toBe('2022-06-10');
    expect(d.status).toBe('met');
    expect(d.metOn).toBe('2022-06-10');
    expect(d.explanation).toContain('skipping 2 and 3 Jun');
  });

  it('over the State Funeral: meeting Thu 15 Sep 2022, due Fri 30 Sep, skipping 19 Sep; overdue Mon 3 Oct by 1', () => {
    // Fri 16 (1), [Mon 19 Sep], Tue 20–Fri 23 (2–5), Mon 26–Fri 30 Sep (6–10).
    const d = deadline(evaluate(stHelensCase([{ type: 'meeting-held', on: '2022-09-15', kind: 'initial' }]), '2022-10-03'),
      'family-action-plan-circulated');
    expect(d.due).toBe('2022-09-30');
    expect(d.status).toBe('overdue');
    expect(d.workingDaysOverdue).toBe(1);
    expect(d.explanation).toContain('skipping 19 Sep');
  });

  it('a modified plan does not meet the initial plan timescale', () => {
    const d = deadline(evaluate(stHelensCase([
      { type: 'meeting-held', on: '2022-05-25', kind: 'initial' },
      { type: 'plan-circulated', on: '2022-06-01', kind: 'modified' },
    ]), '2022-06-13'), 'family-action-plan-circulated');
    expect(d.status).toBe('overdue');
    expect(d.metOn).toBeNull();
    expect(d.workingDaysOverdue).toBe(1); // Mon 13 Jun
  });
});

describe('family-action-plan-review: one month after the initial meeting (calendar months)', () => {
  it('over Christmas 2022: meeting Wed 30 Nov 2022, due Fri 30 Dec; reviewed Tue 3 Jan 2023 is 1 working day late', () => {
    // 30 Nov + 1 month = 30 Dec. Working days after Fri 30 Dec up to Tue 3 Jan: [Mon 2 Jan, New Year substitute],
    // Tue 3 → 1. The next review is due 3 months after 3 Jan = Mon 3 Apr 2023.
    const result = evaluate(stHelensCase([
      { type: 'meeting-held', on: '2022-11-30', kind: 'initial' },
      { type: 'plan-circulated', on: '2022-12-05', kind: 'initial' },
      { type: 'meeting-held', on: '2023-01-03', kind: 'review' },
      { type: 'plan-circulated', on: '2023-01-05', kind: 'modified' },
    ]), '2023-01-10');
    const d = deadline(result, 'family-action-plan-review');
    expect(d.due).toBe('2022-12-30');
    expect(d.status).toBe('met-late');
    expect(d.metOn).toBe('2023-01-03');
    expect(d.workingDaysOverdue).toBe(1);
    expect(d.explanation).toBe('1 month after Family Action Meeting (initial) or Family Action Review Meeting on Wed 30 Nov 2022: Fri 30 Dec 2022');
    const next = deadline(result, 'family-action-plan-review#2');
    expect(next.due).toBe('2023-04-03');
    expect(next.status).toBe('open');
    // 11–31 Jan: 15 working days; Feb: 20; Mar: 23; Mon 3 Apr: 1 → 59 (no bank holiday in between; Easter is 7 Apr).
    expect(next.workingDaysRemaining).toBe(59);
    expect(next.workingDaysRemaining).toBe(workingDaysAfter('2023-01-10', '2023-04-03'));
  });

  it('31 Jan + 1 month is the last day of February: 28 Feb 2023, 29 Feb 2024', () => {
    const in2023 = deadline(evaluate(stHelensCase([{ type: 'meeting-held', on: '2023-01-31', kind: 'initial' }]), '2023-02-01'),
      'family-action-plan-review');
    expect(in2023.due).toBe('2023-02-28');
    const in2024 = deadline(evaluate(stHelensCase([{ type: 'meeting-held', on: '2024-01-31', kind: 'initial' }]), '2024-02-01'),
      'family-action-plan-review');
    expect(in2024.due).toBe('2024-02-29');
  });
});

describe('modified-plan-circulated: 15 days (calendar days) after a review meeting', () => {
  it('over Easter 2023: review Thu 6 Apr 2023, due Fri 21 Apr (Good Friday and Easter Monday counted); Mon 24 Apr is late', () => {
    // 6 Apr + 15 = 21 Apr. Working days after Fri 21 up to Mon 24 Apr = 1.
    const d = deadline(evaluate(stHelensCase([
      { type: 'meeting-held', on: '2023-04-06', kind: 'review' },
      { type: 'plan-circulated', on: '2023-04-24', kind: 'modified' },
    ]), '2023-04-28'), 'modified-plan-circulated');
    expect(d.due).toBe('2023-04-21');
    expect(d.status).toBe('met-late');
    expect(d.workingDaysOverdue).toBe(1);
    expect(d.explanation).not.toContain('skipping');
  });
});

describe('ehat-action-plan-review: monthly, then three-monthly, for a single-agency EHAT (no Family Action Meeting)', () => {
  it('over the State Funeral and Christmas 2022: completed Wed 31 Aug, reviews due 30 Sep and 29 Dec', () => {
    // 31 Aug + 1 month = 31 Sep → clamped to Fri 30 Sep 2022 (19 Sep counted). Reviewed Thu 29 Sep → met.
    // #2: 29 Sep + 3 months = Thu 29 Dec 2022. As of Tue 3 Jan 2023 unreviewed: working days after 29 Dec up to
    // 3 Jan = Fri 30 Dec, [Mon 2 Jan], Tue 3 Jan → 2.
    const result = evaluate(stHelensCase([
      { type: 'assessment-completed', on: '2022-08-31', kind: 'early-help' },
      { type: 'plan-reviewed', on: '2022-09-29' },
    ], { needs: { section47: 'none', section17: 'not-met', agencies: 1, complexity: 'additional' } }), '2023-01-03');
    const first = deadline(result, 'ehat-action-plan-review');
    expect(first.due).toBe('2022-09-30');
    expect(first.status).toBe('met');
    expect(first.metOn).toBe('2022-09-29');
    const second = deadline(result, 'ehat-action-plan-review#2');
    expect(second.start).toBe('2022-09-29');
    expect(second.due).toBe('2022-12-29');
    expect(second.status).toBe('overdue');
    expect(second.workingDaysOverdue).toBe(2);
    expect(second.overdueFlag).toBe('plan-drift');
  });
});

describe('level-2-panel-review: three months after a Level 2 Panel referral that allocated services', () => {
  it('over Christmas: referred Wed 30 Nov 2022, due Tue 28 Feb 2023 (30 Feb clamped); as of Mon 27 Feb, 1 day left', () => {
    const result = evaluate(stHelensCase([{ type: 'panel-referral', on: '2022-11-30', servicesAllocated: true }]), '2023-02-27');
    const d = deadline(result, 'level-2-panel-review');
    expect(d.due).toBe('2023-02-28');
    expect(d.status).toBe('due-soon');
    expect(d.workingDaysRemaining).toBe(1);
    expect(d.overdueFlag).toBe('plan-drift');
  });

  it('does not apply when the panel allocated no services', () => {
    const result = evaluate(stHelensCase([{ type: 'panel-referral', on: '2022-11-30', servicesAllocated: false }]), '2023-02-27');
    expect(deadlineIds(result)).toEqual([]);
  });
});

describe('levels: the St Helens early help timescales apply at level 2 only; MASH screening at any level', () => {
  const events = [
    { type: 'contact-received', on: '2024-12-23', receivedAsLevel: 2 },
    { type: 'meeting-decided', on: '2024-12-19' },
  ] as const;

  it('at level 3 the Family Action Meeting timescale does not apply but the screening does', () => {
    const result = evaluate(stHelensCase([...events], { currentLevel: 3, lead: 'social-care', needs: { section47: 'none', section17: 'met', agencies: 2, complexity: 'additional' } }), '2024-12-24');
    expect(deadlineIds(result)).toEqual(['mash-screening-level-2']);
  });

  it('at level 2 both apply', () => {
    expect(deadlineIds(evaluate(stHelensCase([...events]), '2024-12-24')).sort()).toEqual(['family-action-meeting', 'mash-screening-level-2']);
  });

  it('a year of projected bank holidays is marked: decided Wed 19 Dec 2029, due Mon 14 Jan 2030', () => {
    // Thu 20 (1), Fri 21 (2), Mon 24 (3), [Tue 25, Wed 26], Thu 27 (4), Fri 28 (5), Mon 31 (6), [Tue 1 Jan],
    // Wed 2 (7), Thu 3 (8), Fri 4 (9), Mon 7–Fri 11 (10–14), Mon 14 Jan 2030 (15).
    const d = deadline(evaluate(stHelensCase([{ type: 'meeting-decided', on: '2029-12-19' }]), '2029-12-20'), 'family-action-meeting');
    expect(d.due).toBe('2030-01-14');
    // The shipped list is published to 2028 as of writing; 2030 is projected from the standing rules.
    const projected = englandAndWales().lastPublishedYear < 2030;
    expect(d.projected).toBe(projected);
    expect(d.explanation.includes('projected from the standing rules')).toBe(projected);
  });
});
