/**
 * Hour rules: "within 24 hours" is 24 elapsed hours from the recorded instant, read in
 * Europe/London, so across a clock change the local time of the due instant moves by an hour.
 *
 * 2025 clock changes: Sun 30 Mar 01:00 GMT → 02:00 BST (spring forward); Sun 26 Oct 02:00 BST → 01:00 GMT (fall back).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/index.js';
import { hoursBetween } from '../../src/index.js';
import { caseIn, deadline, deadlineIds, evaluate, flagsOf, need, stHelensCase } from './caseBuilder.js';

const contactAt = (at: string) => ({ type: 'contact-received', at, receivedAsLevel: 3 }) as const;

describe('St Helens MASH screening of a Level 3 contact, across the March clock change', () => {
  // Received Sat 29 Mar 2025 12:00 GMT. 24 elapsed hours later is Sun 30 Mar 12:00 GMT, which is 13:00 BST:
  // the wall clock says 13:00, not 12:00, because the night was an hour shorter.
  it('is due 2025-03-30T13:00:00+01:00', () => {
    const d = deadline(evaluate(stHelensCase([contactAt('2025-03-29T12:00:00Z')]), '2025-03-29'), 'mash-screening-level-3');
    expect(d.start).toBe('2025-03-29T12:00:00Z');
    expect(d.due).toBe('2025-03-30T13:00:00+01:00');
    expect(hoursBetween(d.start, d.due)).toBe(24);
    expect(d.unit).toBe('hours');
    expect(d.counting).toBeNull();
    expect(d.explanation).toBe('24 hours after Contact to the MASH on 2025-03-29T12:00:00Z: 2025-03-30T13:00:00+01:00');
    // As of the day received, the due date (Sun 30 Mar) has no working day before it: 0 left, due soon.
    expect(d.status).toBe('due-soon');
    expect(d.workingDaysRemaining).toBe(0);
    expect(flagsOf(evaluate(stHelensCase([contactAt('2025-03-29T12:00:00Z')]), '2025-03-29'), 'due-soon').map((f) => f.message))
      .toEqual(['MASH screening of a contact received as Level 3 is due Sun 30 Mar 2025 13:00: no working day left before it']);
  });

  it('screened at 12:30 BST on Sunday is on time; at 13:30 BST it is late by half an hour (0 working days)', () => {
    const onTime = deadline(evaluate(stHelensCase([contactAt('2025-03-29T12:00:00Z'),
      { type: 'screening-completed', at: '2025-03-30T12:30:00+01:00', outcomeLevel: 3 }]), '2025-03-31'), 'mash-screening-level-3');
    expect(onTime).toMatchObject({ status: 'met', metOn: '2025-03-30', workingDaysOverdue: 0 });

    const late = deadline(evaluate(stHelensCase([contactAt('2025-03-29T12:00:00Z'),
      { type: 'screening-completed', at: '2025-03-30T13:30:00+01:00', outcomeLevel: 3 }]), '2025-03-31'), 'mash-screening-level-3');
    expect(late).toMatchObject({ status: 'met-late', metOn: '2025-03-30', workingDaysOverdue: 0 });
  });

  it('unscreened on Mon 31 Mar it is overdue by 1 working day, flagged overdue (high)', () => {
    const result = evaluate(stHelensCase([contactAt('2025-03-29T12:00:00Z')]), '2025-03-31');
    expect(deadline(result, 'mash-screening-level-3')).toMatchObject({ status: 'overdue', workingDaysOverdue: 1, metOn: null });
    const [flag] = flagsOf(result, 'overdue');
    expect(flag).toMatchObject({ severity: 'high', deadlineId: 'mash-screening-level-3' });
    // The due instant as a practitioner reads it: its London date and time of day.
    expect(flag?.message).toBe('MASH screening of a contact received as Level 3 was due Sun 30 Mar 2025 13:00 and is 1 working day overdue');
  });
});

describe('a screening recorded at the very instant of the contact', () => {
  // Contact and screening both Mon 3 Mar 2025 09:00 GMT: not before the contact, so it meets it (due Tue 4 Mar 09:00).
  it('meets it', () => {
    const d = deadline(evaluate(stHelensCase([contactAt('2025-03-03T09:00:00Z'),
      { type: 'screening-completed', at: '2025-03-03T09:00:00Z', outcomeLevel: 3 }]), '2025-03-04'), 'mash-screening-level-3');
    expect(d).toMatchObject({ due: '2025-03-04T09:00:00+00:00', status: 'met', metOn: '2025-03-03' });
  });
});

describe('a contact recorded with an instant, screened on a date alone', () => {
  // Received Sat 29 Mar 2025 12:00 GMT: due Sun 30 Mar 13:00 BST (above). A screening with no time can be compared
  // with the due only by date: on Sun 30 Mar it is met; on Mon 31 Mar it is late, by the working days after
  // Sun 30 Mar up to Mon 31 Mar → 1.
  it('is met on the due date, and late by 1 working day the next day', () => {
    const screenedOn = (on: string) => deadline(evaluate(stHelensCase([contactAt('2025-03-29T12:00:00Z'),
      { type: 'screening-completed', on, outcomeLevel: 3 }]), '2025-04-01'), 'mash-screening-level-3');
    expect(screenedOn('2025-03-30')).toMatchObject({ status: 'met', metOn: '2025-03-30', workingDaysOverdue: 0 });
    expect(screenedOn('2025-03-31')).toMatchObject({ status: 'met-late', metOn: '2025-03-31', workingDaysOverdue: 1 });
  });
});

describe('across the October clock change', () => {
  // Received Sat 25 Oct 2025 12:00 BST (11:00 GMT). 24 elapsed hours later is Sun 26 Oct 11:00 GMT: the wall
  // clock says 11:00, because the night was an hour longer.
  it('is due 2025-10-26T11:00:00+00:00', () => {
    const d = deadline(evaluate(stHelensCase([contactAt('2025-10-25T12:00:00+01:00')]), '2025-10-25'), 'mash-screening-level-3');
    expect(d.due).toBe('2025-10-26T11:00:00+00:00');
    expect(hoursBetween(d.start, d.due)).toBe(24);
  });

  it('screened exactly at the due instant is on time; a minute later is late', () => {
    const exact = deadline(evaluate(stHelensCase([contactAt('2025-10-25T12:00:00+01:00'),
      { type: 'screening-completed', at: '2025-10-26T11:00:00Z' }]), '2025-10-27'), 'mash-screening-level-3');
    expect(exact.status).toBe('met');
    const minuteLate = deadline(evaluate(stHelensCase([contactAt('2025-10-25T12:00:00+01:00'),
      { type: 'screening-completed', at: '2025-10-26T11:01:00Z' }]), '2025-10-27'), 'mash-screening-level-3');
    expect(minuteLate.status).toBe('met-late');
  });

  it('unscreened on Mon 27 Oct it is overdue by 1 working day', () => {
    const d = deadline(evaluate(stHelensCase([contactAt('2025-10-25T12:00:00+01:00')]), '2025-10-27'), 'mash-screening-level-3');
    expect(d).toMatchObject({ status: 'overdue', workingDaysOverdue: 1 });
  });
});

describe('a contact recorded with a date only', () => {
  // No time: 24 hours is counted as one whole day, Sat 25 Oct → Sun 26 Oct 2025, and the due is a date.
  const record = stHelensCase([{ type: 'contact-received', on: '2025-10-25', receivedAsLevel: 3 }]);

  it('is due the next day, and the explanation says no time was recorded', () => {
    const d = deadline(evaluate(record, '2025-10-25'), 'mash-screening-level-3');
    expect(d.start).toBe('2025-10-25');
    expect(d.due).toBe('2025-10-26');
    expect(d.explanation).toBe('24 hours after Contact to the MASH on Sat 25 Oct 2025 (no time was recorded, so counted in whole days): Sun 26 Oct 2025');
  });

  it('screened any time on Sun 26 Oct is met; on Mon 27 Oct it is late by 1 working day', () => {
    const met = evaluate(stHelensCase([{ type: 'contact-received', on: '2025-10-25', receivedAsLevel: 3 },
      { type: 'screening-completed', at: '2025-10-26T23:30:00Z' }]), '2025-10-28');
    expect(deadline(met, 'mash-screening-level-3')).toMatchObject({ status: 'met', metOn: '2025-10-26' });
    const late = evaluate(stHelensCase([{ type: 'contact-received', on: '2025-10-25', receivedAsLevel: 3 },
      { type: 'screening-completed', on: '2025-10-27' }]), '2025-10-28');
    expect(deadline(late, 'mash-screening-level-3')).toMatchObject({ status: 'met-late', workingDaysOverdue: 1 });
  });
});

describe('a contact recorded with a date only, screened at an instant', () => {
  // Due Sun 26 Oct 2025, a date (above): a screening at Mon 27 Oct 2025 09:00 GMT is compared by its date, Mon 27 Oct,
  // so late by the working days after Sun 26 Oct up to Mon 27 Oct → 1; at Sun 26 Oct 23:30 GMT it is met.
  it('is late by 1 working day the day after the due date, and met on it', () => {
    const screenedAt = (at: string) => deadline(evaluate(stHelensCase([{ type: 'contact-received', on: '2025-10-25', receivedAsLevel: 3 },
      { type: 'screening-completed', at, outcomeLevel: 3 }]), '2025-10-28'), 'mash-screening-level-3');
    expect(screenedAt('2025-10-27T09:00:00Z')).toMatchObject({ status: 'met-late', metOn: '2025-10-27', workingDaysOverdue: 1 });
    expect(screenedAt('2025-10-26T23:30:00Z')).toMatchObject({ status: 'met', metOn: '2025-10-26', workingDaysOverdue: 0 });
  });
});

describe('the date of an instant is its date in England', () => {
  // 2025-06-30T23:30Z is 00:30 BST on Tue 1 Jul 2025: as of Mon 30 Jun the contact has not yet arrived.
  const record = stHelensCase([contactAt('2025-06-30T23:30:00Z')]);

  it('is not on the timeline as of the UTC date', () => {
    expect(deadlineIds(evaluate(record, '2025-06-30'))).toEqual([]);
  });

  it('is due 24 hours later, written in BST', () => {
    expect(deadline(evaluate(record, '2025-07-01'), 'mash-screening-level-3').due).toBe('2025-07-02T00:30:00+01:00');
  });
});

describe('Sefton hour rules (LSCB procedures)', () => {
  // Level 4, led by social care: referral received Mon 6 Jan 2025 09:30 GMT; section 47 case allocated
  // Wed 8 Jan 16:00 GMT; as of Tue 14 Jan nothing else has happened.
  let result: Evaluation;
  beforeAll(() => { result = evaluate(caseIn('sefton', {
    currentLevel: 4, lead: 'social-care', needs: need('suffering', 'met', 3, 'complex'),
    events: [
      { type: 'referral-received', at: '2025-01-06T09:30:00Z' },
      { type: 'case-allocated', at: '2025-01-08T16:00:00Z', kind: 'section-47' },
    ],
  }), '2025-01-14'); });

  it('referral processed within 24 hours: due Tue 7 Jan 09:30; overdue by 5 working days (8, 9, 10, 13, 14 Jan)', () => {
    expect(deadline(result, 'referral-processed')).toMatchObject({ due: '2025-01-07T09:30:00+00:00', status: 'overdue', workingDaysOverdue: 5 });
  });

  it('child seen within 24 hours of a section 47 allocation: due Thu 9 Jan 16:00; overdue raises child-not-seen', () => {
    expect(deadline(result, 'section-47-child-seen')).toMatchObject({ due: '2025-01-09T16:00:00+00:00', status: 'overdue', workingDaysOverdue: 3 });
    expect(flagsOf(result, 'child-not-seen').map((f) => f.deadlineId)).toEqual(['section-47-child-seen']);
  });

  it('a working-day rule started by the same instant counts from its date: referral decision within 1 working day', () => {
    // Mon 6 Jan 2025 09:30 GMT is Mon 6 Jan in England; 1 working day after it (start excluded) is Tue 7 Jan.
    // The start and the explanation give the date, not the instant: the instant matters only to hour rules.
    const d = deadline(evaluate(caseIn('sefton', {
      currentLevel: 4, lead: 'social-care', needs: need('suffering', 'met', 3, 'complex'),
      events: [{ type: 'referral-received', at: '2025-01-06T09:30:00Z' }],
    }), '2025-01-14'), 'referral-decision');
    // The national rule names no counting convention, so it is the default, start excluded.
    expect(d).toMatchObject({ start: '2025-01-06', due: '2025-01-07', unit: 'working-days', counting: 'start-excluded' });
    expect(d.explanation).toBe('1 working day after referral on Mon 6 Jan 2025: Tue 7 Jan 2025');
  });
});

describe('BUG: an end event earlier than the start instant on the same day', () => {
  // Two Level 3 contacts on Mon 3 Mar 2025: A at 09:00, screened at 10:00; B at 15:00, never screened.
  // The 10:00 screening happened five hours before B arrived, so it cannot be B's screening: as of Tue 4 Mar
  // (B due 15:00 that day) B is still unscreened — due soon, not met. The evaluator matches end events by date
  // only (firstEndAfter: event.day >= start.day), so it reports B as met on 3 Mar by A's screening.
  it('does not count a screening completed before the contact was received', () => {
    const result = evaluate(stHelensCase([
      contactAt('2025-03-03T09:00:00Z'),
      { type: 'screening-completed', at: '2025-03-03T10:00:00Z', outcomeLevel: 3 },
      contactAt('2025-03-03T15:00:00Z'),
    ]), '2025-03-04');
    const screenings = result.deadlines.filter((d) => d.timescale === 'mash-screening-level-3');
    expect(screenings.map((d) => [d.start, d.due, d.status, d.metOn])).toEqual([
      ['2025-03-03T09:00:00Z', '2025-03-04T09:00:00+00:00', 'met', '2025-03-03'],
      ['2025-03-03T15:00:00Z', '2025-03-04T15:00:00+00:00', 'due-soon', null],
    ]);
  });
});
