/**
 * The two counting conventions for working-day timescales.
 *
 * - start-excluded (the statutory reading, the default): the start is day 0; the due date is
 *   WORKDAY(start, n), so NETWORKDAYS(start + 1, due) = n.
 * - start-included (spreadsheets, the DfE census validator): the start counts as day 1 when it
 *   is a working day, so NETWORKDAYS(start, due) = n: one working day earlier when the start
 *   is a working day, the same when it is not.
 *
 * NETWORKDAYS here is written in the test (caseBuilder.networkDays): it walks the days one by one
 * and asks the calendar only whether each single day is a working day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/index.js';
import { deadline, evaluate, naiveWorkday, networkDays, plusDays, stHelensCase } from './caseBuilder.js';

describe('family-action-meeting decided Thu 19 Dec 2024 (15 working days)', () => {
  const record = stHelensCase([{ type: 'meeting-decided', on: '2024-12-19' }]);

  it('start excluded (the rule file’s own convention): Tue 14 Jan 2025', () => {
    const d = deadline(evaluate(record, '2024-12-19'), 'family-action-meeting');
    expect(d.due).toBe('2025-01-14');
    expect(d.counting).toBe('start-excluded');
    // NETWORKDAYS(19 Dec, 14 Jan) counts Thu 19 Dec too: 16 = 15 + the start day.
    expect(networkDays('2024-12-19', '2025-01-14')).toBe(16);
  });

  it('start included: Mon 13 Jan 2025, one working day earlier, and NETWORKDAYS(start, due) = 15', () => {
    // Thu 19 Dec (1), Fri 20 (2), Mon 23 (3), Tue 24 (4), [25, 26 Dec], Fri 27 (5), Mon 30 (6), Tue 31 (7), [1 Jan],
    // Thu 2 (8), Fri 3 (9), Mon 6–Fri 10 (10–14), Mon 13 Jan (15).
    const d = deadline(evaluate(record, '2024-12-19', { counting: 'start-included' }), 'family-action-meeting');
    expect(d.due).toBe('2025-01-13');
    expect(d.counting).toBe('start-included');
    expect(networkDays('2024-12-19', d.due)).toBe(15);
    expect(d.explanation).toBe('15 working days after Decision to convene a Family Action Meeting on Thu 19 Dec 2024, '
      + 'counting Thu 19 Dec 2024 as day 1, skipping 25 and 26 Dec and 1 Jan: Mon 13 Jan 2025');
    // Remaining as of the decision day: working days after 19 Dec up to 13 Jan = 14.
    expect(d.workingDaysRemaining).toBe(14);
  });
});

describe('a start that is not a working day gives the same due date under both conventions', () => {
  it('decided Sat 21 Dec 2024: Wed 15 Jan 2025 either way', () => {
    // Mon 23 (1), Tue 24 (2), [25, 26], Fri 27 (3), Mon 30 (4), Tue 31 (5), [1 Jan], Thu 2 (6), Fri 3 (7),
    // Mon 6–Fri 10 (8–12), Mon 13 (13), Tue 14 (14), Wed 15 Jan (15).
    const record = stHelensCase([{ type: 'meeting-decided', on: '2024-12-21' }]);
    const excluded = deadline(evaluate(record, '2024-12-21'), 'family-action-meeting');
    const included = deadline(evaluate(record, '2024-12-21', { counting: 'start-included' }), 'family-action-meeting');
    expect(excluded.due).toBe('2025-01-15');
    expect(included.due).toBe('2025-01-15');
    expect(networkDays('2024-12-21', '2025-01-15')).toBe(15);
    expect(included.explanation).not.toContain('as day 1');
  });

  it('the census convention counts the Saturday itself as day 1: Tue 14 Jan 2025, one working day earlier, and says so', () => {
    // Sat 21 Dec (1), Mon 23 (2), Tue 24 (3), [25, 26], Fri 27 (4), Mon 30 (5), Tue 31 (6), [1 Jan], Thu 2 (7), Fri 3 (8),
    // Mon 6–Fri 10 (9–13), Mon 13 (14), Tue 14 Jan (15).
    const census = deadline(evaluate(stHelensCase([{ type: 'meeting-decided', on: '2024-12-21' }]), '2024-12-21', { counting: 'dfe-census' }),
      'family-action-meeting');
    expect(census).toMatchObject({ due: '2025-01-14', counting: 'dfe-census' });
    expect(census.explanation).toBe('15 working days after Decision to convene a Family Action Meeting on Sat 21 Dec 2024, '
      + 'counting Sat 21 Dec 2024 as day 1, skipping 25 and 26 Dec and 1 Jan: Tue 14 Jan 2025');
  });

  it('decided on Christmas Day 2024: Fri 17 Jan 2025 either way', () => {
    // [Thu 26], Fri 27 (1), Mon 30 (2), Tue 31 (3), [1 Jan], Thu 2 (4), Fri 3 (5), 6–10 (6–10), 13–17 Jan (11–15).
    const record = stHelensCase([{ type: 'meeting-decided', on: '2024-12-25' }]);
    expect(deadline(evaluate(record, '2024-12-25'), 'family-action-meeting').due).toBe('2025-01-17');
    expect(deadline(evaluate(record, '2024-12-25', { counting: 'start-included' }), 'family-action-meeting').due).toBe('2025-01-17');
  });
});

describe('one working day, start included, on a working day is the same day', () => {
  it('referral Thu 14 Dec 2023: decision due Fri 15 Dec (statutory) or Thu 14 Dec (census)', () => {
    const record = stHelensCase([{ type: 'referral-received', on: '2023-12-14' }],
      { currentLevel: 3, lead: 'social-care', needs: { section47: 'none', section17: 'met', agencies: 2, complexity: 'additional' } });
    expect(deadline(evaluate(record, '2023-12-14'), 'referral-decision').due).toBe('2023-12-15');
    const census = deadline(evaluate(record, '2023-12-14', { counting: 'start-included' }), 'referral-decision');
    expect(census.due).toBe('2023-12-14');
    expect(networkDays('2023-12-14', '2023-12-14')).toBe(1);
    // As of the referral day, due today under the census reading.
    expect(census).toMatchObject({ status: 'due-soon', workingDaysRemaining: 0 });
  });
});

describe('calendar-day, month and hour rules ignore the counting convention', () => {
  it('ehat-completion (30 days), family-action-plan-review (1 month) and MASH screening (24 hours) are unchanged', () => {
    const record = stHelensCase([
      { type: 'contact-received', at: '2025-01-06T09:00:00Z', receivedAsLevel: 3 },
      { type: 'assessment-started', on: '2025-01-06', kind: 'early-help' },
      { type: 'meeting-held', on: '2025-01-06', kind: 'initial' },
    ]);
    const strip = (r: ReturnType<typeof evaluate>) => r.deadlines.filter((d) => d.unit !== 'working-days').map((d) => [d.id, d.due, d.counting]);
    const excluded = strip(evaluate(record, '2025-01-06'));
    expect(strip(evaluate(record, '2025-01-06', { counting: 'start-included' }))).toEqual(excluded);
    expect(excluded).toEqual([
      ['mash-screening-level-3', '2025-01-07T09:00:00+00:00', null],
      ['ehat-completion', '2025-02-05', null],
      ['child-seen-alone', '2025-02-03', null],
      ['family-action-plan-review', '2025-02-06', null],
    ]);
  });
});

describe('property: both conventions reconcile with NETWORKDAYS for every working-day timescale', () => {
  // One St Helens level-2 case whose events all fall on one random day from 1 April 2022 (when the
  // St Helens standards, and so their timescales, start) to 2034, starting family-action-meeting (15),
  // family-action-plan-circulated (10), referral-decision (1), child-and-family-assessment (45) and
  // initial-child-protection-conference (15) on the same day.
  const day = fc.integer({ min: 0, max: 12 * 366 }).map((n) => plusDays('2022-04-01', n));

  it('start-excluded: due = WORKDAY(start, n); start-included: NETWORKDAYS(start, due) = n', () => {
    fc.assert(fc.property(day, (start) => {
      const record = stHelensCase([
        { type: 'meeting-decided', on: start },
        { type: 'meeting-held', on: start, kind: 'initial' },
        { type: 'referral-received', on: start },
        { type: 'strategy-discussion', on: start, section47: true },
      ]);
      const excluded = evaluate(record, start).deadlines.filter((d) => d.unit === 'working-days');
      const included = evaluate(record, start, { counting: 'start-included' }).deadlines.filter((d) => d.unit === 'working-days');
      expect(excluded.map((d) => d.amount).sort((a, b) => a - b)).toEqual([1, 10, 15, 15, 45]);
      expect(included.map((d) => d.id)).toEqual(excluded.map((d) => d.id));
      const startWorks = isWorkingDay(start);
      excluded.forEach((ex, i) => {
        const inc = included[i];
        if (!inc) throw new Error('missing deadline');
        expect(ex.due).toBe(naiveWorkday(start, ex.amount));
        expect(isWorkingDay(ex.due)).toBe(true);
        expect(networkDays(start, ex.due)).toBe(ex.amount + (startWorks ? 1 : 0));
        expect(isWorkingDay(inc.due)).toBe(true);
        expect(networkDays(start, inc.due)).toBe(inc.amount);
        // One working day earlier when the start is a working day (amount 1: the start itself), else the same.
        expect(inc.due).toBe(startWorks ? (inc.amount === 1 ? start : naiveWorkday(start, inc.amount - 1)) : ex.due);
        expect(inc.explanation.includes('as day 1')).toBe(startWorks);
      });
    }), { numRuns: 150 });
  });
});
