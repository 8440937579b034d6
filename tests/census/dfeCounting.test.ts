/**
 * The DfE's counting (`dfe-census`) against the validator's rules 8670Q, 8675Q and 8569Q,
 * each written here independently, the way the validator (csc-validator-be-cin, pandas) writes
 * it: `start + CustomBusinessDay(N - 1)` against the reference date rolled forward to a working
 * day, and `collectionStart - CustomBusinessDay(1)`. The pandas offset is walked day by day on
 * the validator's own kind of holiday list: the published England and Wales bank holidays,
 * read here from ../shared/data (not from the package's calendar), for 2022 to 2027.
 *
 * pandas' CustomBusinessDay(n) applied to a date d: for n > 0, roll d back to a business day,
 * then step n business days forward; for n <= 0, roll d forward, then step |n| back.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCase, englandAndWales, fromDayNumber, toDayNumber } from '../../src/index.js';
import { queries8569Q, queries8670Q, queries8675Q, timeLimitPassed } from '../../src/census/validatorQueries.js';
import { stHelensCase } from '../evaluate/caseBuilder.js';
import { sharedDir } from '../support/sharedDir.js';

const holidays = new Set(readFileSync(resolve(sharedDir, 'data/bank-holidays-england-and-wales.txt'), 'utf8')
  .split('\n').filter((line) => /^\d{4}-/.test(line)).map((line) => line.slice(0, 10)));

/** A business day for the validator: Monday to Friday (1970-01-01, day 0, was a Thursday) and not a bank holiday. */
function businessDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 Sunday … 6 Saturday
  return weekday !== 0 && weekday !== 6 && !holidays.has(fromDayNumber(day));
}

/** pandas: `day + CustomBusinessDay(n)`, walked one day at a time. */
function plusCustomBusinessDay(day: number, n: number): number {
  let d = day;
  if (n > 0) {
    while (!businessDay(d)) d -= 1;
    for (let left = n; left > 0; d += 1) if (businessDay(d + 1)) left -= 1;
    return d;
  }
  while (!businessDay(d)) d += 1;
  for (let left = -n; left > 0; d -= 1) if (businessDay(d - 1)) left -= 1;
  return d;
}

/** pandas' roll of the reference date to a business day (forward). */
const rolledForward = (day: number): number => plusCustomBusinessDay(day, 0);

// The validator's "more than N working days before the reference date".
const reference8670Q = (start: number, authorised: boolean, reference: number): boolean =>
  !authorised && plusCustomBusinessDay(start, 45 - 1) < rolledForward(reference);
const reference8675Q = (start: number, conference: boolean, notRequired: boolean, reference: number): boolean =>
  !conference && !notRequired && plusCustomBusinessDay(start, 15 - 1) < rolledForward(reference);
const reference8569Q = (referral: number, nfa: boolean | null, collectionStart: number): boolean =>
  nfa !== false && referral < plusCustomBusinessDay(collectionStart, -1);

const calendar = englandAndWales().dayNumbers;
const FIRST = toDayNumber('2022-01-01');
const LAST = toDayNumber('2027-10-31'); // room for 45 working days before the list ends
const DAYS_OFF = [...Array(LAST - FIRST + 1).keys()].map((i) => FIRST + i).filter((d) => !businessDay(d));

/** Any day in range, half the time a weekend or bank holiday. */
const day = fc.oneof(fc.integer({ min: FIRST, max: LAST }), fc.constantFrom(...DAYS_OFF));
/** A start, and a reference date from the start to 100 days on (where the decisions change). */
const startAndReference = fc.tuple(day, fc.integer({ min: 0, max: 100 }), fc.boolean())
  .map(([start, after, offDay]) => {
    let reference = Math.min(start + after, LAST);
    if (offDay) while (businessDay(reference) && reference < LAST) reference += 1;
    return [start, reference] as const;
  });
const RUNS = { numRuns: 5000 };

describe('dfe-census counting reproduces the validator on every generated date', () => {
  it('8670Q: an unauthorised assessment started more than 45 working days before the reference date', () => {
    fc.assert(fc.property(startAndReference, fc.boolean(), ([start, reference], authorised) => {
      const assessment = { start, authorised: authorised ? start : null };
      expect(queries8670Q(assessment, reference, 'dfe-census', calendar)).toBe(reference8670Q(start, authorised, reference));
    }), RUNS);
  });

  it('8675Q: a section 47 enquiry with no initial conference, not marked not required, over 15 working days', () => {
    fc.assert(fc.property(startAndReference, fc.boolean(), fc.boolean(), ([start, reference], conference, notRequired) => {
      const enquiry = { start, conference: conference ? reference : null, conferenceNotRequired: notRequired };
      expect(queries8675Q(enquiry, reference, 'dfe-census', calendar)).toBe(reference8675Q(start, conference, notRequired, reference));
    }), RUNS);
  });

  it('8569Q: a referral with ReferralNFA not false, before the collection start less one working day', () => {
    const collectionStarts = [2022, 2023, 2024, 2025, 2026, 2027].map((y) => toDayNumber(`${y}-04-01`));
    fc.assert(fc.property(fc.constantFrom(...collectionStarts), fc.integer({ min: -12, max: 3 }), fc.constantFrom(true, false, null),
      (collectionStart, offset, nfa) => {
        const referral = collectionStart + offset;
        expect(queries8569Q({ on: referral, noFurtherAction: nfa }, collectionStart, calendar))
          .toBe(reference8569Q(referral, nfa, collectionStart));
        // The statutory reading (decision due WORKDAY(referral, 1), before the collection began) queries the same referrals.
        expect(nfa !== false && calendar.addWorkingDays(referral, 1) < collectionStart).toBe(reference8569Q(referral, nfa, collectionStart));
      }), { numRuns: 3000 });
  });

  it('any amount: the evaluator’s dfe-census deadline is overdue exactly when the validator would query it', () => {
    fc.assert(fc.property(startAndReference, fc.integer({ min: 1, max: 60 }), ([start, reference], amount) => {
      expect(timeLimitPassed(start, amount, reference, 'dfe-census', calendar))
        .toBe(plusCustomBusinessDay(start, amount - 1) < rolledForward(reference));
    }), RUNS);
  });
});

describe('hand-checked dates', () => {
  it('8569Q for the 2024-25 collection (starts Mon 1 Apr 2024, Easter Monday)', () => {
    // pandas rolls 1 Apr forward to Tue 2 Apr, then one business day back over Mon 1 Apr and Good Friday 29 Mar: Thu 28 Mar.
    expect(fromDayNumber(plusCustomBusinessDay(toDayNumber('2024-04-01'), -1))).toBe('2024-03-28');
    const start = toDayNumber('2024-04-01');
    expect(queries8569Q({ on: toDayNumber('2024-03-27'), noFurtherAction: true }, start, calendar)).toBe(true);
    expect(queries8569Q({ on: toDayNumber('2024-03-28'), noFurtherAction: true }, start, calendar)).toBe(false);
    expect(queries8569Q({ on: toDayNumber('2024-03-27'), noFurtherAction: false }, start, calendar)).toBe(false);
  });

  it('a Saturday start counts as day 1: 15 working days from Sat 1 Mar 2025 end on Thu 20 Mar', () => {
    // Sat 1 Mar (1), Mon 3–Fri 7 (2–6), Mon 10–Fri 14 (7–11), Mon 17–Thu 20 (12–15).
    // Statutory (start excluded): Mon 3 is day 1, so Fri 21 Mar; NETWORKDAYS(1 Mar, 20 Mar) is only 14.
    const record = stHelensCase([{ type: 'strategy-discussion', on: '2025-03-01', section47: true }]);
    const dfe = evaluateCase(record, { asOf: '2025-03-21', counting: 'dfe-census' })
      .deadlines.find((d) => d.timescale === 'initial-child-protection-conference');
    const statutory = evaluateCase(record, { asOf: '2025-03-21' }).deadlines.find((d) => d.timescale === 'initial-child-protection-conference');
    expect(dfe).toMatchObject({ due: '2025-03-20', status: 'overdue', workingDaysOverdue: 1, counting: 'dfe-census' });
    expect(dfe?.explanation).toContain('counting Sat 1 Mar 2025 as day 1');
    expect(statutory).toMatchObject({ due: '2025-03-21', status: 'due-soon' });
  });

  it('a reference date on a Saturday is judged as the Monday', () => {
    // Started Mon 3 Mar 2025: day 15 is Fri 21 Mar. Reference Sat 22 Mar rolls to Mon 24 Mar: passed.
    expect(timeLimitPassed(toDayNumber('2025-03-03'), 15, toDayNumber('2025-03-22'), 'dfe-census', calendar)).toBe(true);
    // Statutory: due Mon 24 Mar (day 0 is the 3rd), not passed on Sat 22 Mar.
    expect(timeLimitPassed(toDayNumber('2025-03-03'), 15, toDayNumber('2025-03-22'), 'start-excluded', calendar)).toBe(false);
  });
});
