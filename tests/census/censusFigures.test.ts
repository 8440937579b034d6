/**
 * Table C2 from generated returns, against a direct count written here: each assessment's
 * duration is found by walking the days from its start to its authorisation one at a time,
 * counting the working days after the start (a same-day assessment is 0), with the published
 * bank holidays read from ../shared/data, not from the package.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CensusFiguresBuilder, percentileOfCounts, type CensusFigures } from '../../src/census/censusFigures.js';
import { episodeCaseRecord } from '../../src/census/episodeCaseRecord.js';
import { episodeDates } from '../../src/census/episodeDates.js';
import { readCensusReturn } from '../../src/census/readCensusReturn.js';
import { englandAndWales, evaluateCase, fromDayNumber, toDayNumber } from '../../src/index.js';
import { repoRoot, sharedDir } from '../support/sharedDir.js';
import { censusReturn, child, chunksOf } from './censusFragments.js';

const holidays = new Set(readFileSync(resolve(sharedDir, 'data/bank-holidays-england-and-wales.txt'), 'utf8')
  .split('\n').filter((line) => /^\d{4}-/.test(line)).map((line) => line.slice(0, 10)));
const workingDay = (day: number): boolean => {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6 && !holidays.has(fromDayNumber(day));
};
/** Working days d with start < d <= end, one day at a time. */
function walkedDuration(start: number, end: number): number {
  let n = 0;
  for (let d = start + 1; d <= end; d += 1) if (workingDay(d)) n += 1;
  return n;
}
const BANDS: [string, number, number][] = [['sameDay', 0, 0], ['1-10', 1, 10], ['11-20', 11, 20], ['21-30', 21, 30],
  ['31-40', 31, 40], ['41-45', 41, 45], ['46-50', 46, 50], ['51-60', 51, 60], ['61+', 61, Infinity]];

async function figuresOf(xml: string): Promise<CensusFigures> {
  let builder: CensusFiguresBuilder | undefined;
  for await (const item of readCensusReturn(chunksOf(xml, 4096))) {
    if ('header' in item) {
      builder = new CensusFiguresBuilder(toDayNumber(item.header.referenceDate ?? ''), item.header.authority, englandAndWales().dayNumbers);
      continue;
    }
    const reading = episodeDates(item.episode);
    if (!reading.success) throw new Error(JSON.stringify(reading.problems));
    builder?.add(reading.dates, evaluateCase(episodeCaseRecord(reading.dates), { asOf: '2025-03-31' }));
  }
  if (!builder) throw new Error('no header');
  return builder.figures();
}

const YEAR_START = toDayNumber('2024-04-01');
const REFERENCE = toDayNumber('2025-03-31');
const assessment = fc.record({
  start: fc.integer({ min: YEAR_START - 120, max: REFERENCE }),
  length: fc.integer({ min: 0, max: 130 }), // calendar days to authorisation
  open: fc.boolean(),
});
const episodes = fc.array(fc.record({ referralBefore: fc.integer({ min: 0, max: 10 }), assessments: fc.array(assessment, { maxLength: 3 }) }),
  { minLength: 1, maxLength: 12 });

describe('table C2 of a generated return', () => {
  it('counts each band as a direct count of the completed assessments does', async () => {
    await fc.assert(fc.asyncProperty(episodes, async (generated) => {
      const expected: Record<string, number> = Object.fromEntries(BANDS.map(([b]) => [b, 0]));
      const durations: number[] = [];
      const children = generated.map((e, i) => {
        const first = Math.min(REFERENCE, ...e.assessments.map((a) => a.start));
        const referral = fromDayNumber(first - e.referralBefore);
        const xml = e.assessments.map((a) => {
          const authorised = a.start + a.length;
          const done = !a.open;
          if (done && authorised >= YEAR_START && authorised <= REFERENCE) {
            const days = walkedDuration(a.start, authorised);
            durations.push(days);
            const band = BANDS.find(([, low, high]) => days >= low && days <= high)?.[0] as string;
            expected[band] = (expected[band] ?? 0) + 1;
          }
          return `<Assessments><AssessmentActualStartDate>${fromDayNumber(a.start)}</AssessmentActualStartDate>`
            + `<AssessmentAuthorisationDate>${done ? fromDayNumber(authorised) : ''}</AssessmentAuthorisationDate></Assessments>`;
        }).join('');
        return child(`G${i}`, `<CINreferralDate>${referral}</CINreferralDate>${xml}`);
      }).join('\n');
      const figures = await figuresOf(censusReturn(children));
      const { p25, median, p75, within45, ...bands } = figures.assessmentDuration;
      expect(bands).toEqual(expected);
      expect(figures.episodes).toBe(generated.length);
      const completed = durations.length;
      expect(within45).toBe(completed === 0 ? null : Math.round((1000 * durations.filter((d) => d <= 45).length) / completed) / 10);
      // Percentiles: linear interpolation on the sorted list (numpy's default), one decimal.
      const sorted = [...durations].sort((a, b) => a - b);
      const pct = (p: number): number | null => {
        if (sorted.length === 0) return null;
        const rank = p * (sorted.length - 1);
        const low = Math.floor(rank);
        const value = (sorted[low] as number) + (rank - low) * ((sorted[Math.min(low + 1, sorted.length - 1)] as number) - (sorted[low] as number));
        return Math.round(value * 10) / 10;
      };
      expect([p25, median, p75]).toEqual([pct(0.25), pct(0.5), pct(0.75)]);
    }), { numRuns: 60 });
  });

  it('percentiles by hand: durations 0, 10, 20, 40', () => {
    // rank = p × (4 − 1): p25 → 0.75 → 0 + 0.75 × 10 = 7.5; median → 1.5 → 15; p75 → 2.25 → 20 + 0.25 × 20 = 25.
    const counts = new Map([[0, 1], [10, 1], [20, 1], [40, 1]]);
    expect([0.25, 0.5, 0.75].map((p) => percentileOfCounts(counts, p))).toEqual([7.5, 15, 25]);
    expect(percentileOfCounts(new Map(), 0.5)).toBeNull();
  });
});

describe('examples/census-return.xml, worked by hand', () => {
  it('gives these figures', async () => {
    const figures = await figuresOf(readFileSync(resolve(repoRoot, 'examples/census-return.xml'), 'utf8'));
    // Completed in the year (1 Apr 2024 – 31 Mar 2025), working days after the start up to the authorisation:
    //  EX001 Tue 4 Jun → Tue 4 Jun 2024: 0 (same day);
    //  EX001 Mon 1 Jul → Fri 30 Aug 2024: 43 (2–31 Jul: 22; Aug: 22 weekdays less Mon 26 Aug, a bank holiday: 21);
    //  EX002 Tue 8 Oct → Fri 15 Nov 2024: 28 (9–31 Oct: 17; 1–15 Nov: 11);
    //  EX004 Mon 19 Aug → Fri 25 Oct 2024: 48 (20–30 Aug less 26 Aug: 8; Sep: 21; 1–25 Oct: 19);
    //  EX005 Mon 3 Feb → Fri 21 Mar 2025: 34 (4–28 Feb: 19; 3–21 Mar: 15).
    // Sorted 0, 28, 34, 43, 48: ranks p × 4 are 1, 2 and 3, so p25 = 28, median 34, p75 43; 4 of 5 within 45 = 80%.
    expect(figures.assessmentDuration).toEqual({ sameDay: 1, '1-10': 0, '11-20': 0, '21-30': 1, '31-40': 1, '41-45': 1, '46-50': 1,
      '51-60': 0, '61+': 0, p25: 28, median: 34, p75: 43, within45: 80 });
    // EX002: enquiry Sat 12 Oct 2024, 15 working days → Fri 1 Nov; conference Fri 1 Nov: met.
    // EX004: enquiry Mon 2 Sep 2024, 15 working days → Mon 23 Sep; conference Fri 27 Sep: late.
    expect(figures.initialConferences).toEqual({ met: 1, total: 2, late: ['EX004/2024-08-12'] });
    // EX002: conference 1 Nov 2024, review due 1 Feb 2025, held 31 Jan: on time. EX004: conference 27 Sep 2024,
    // review due 27 Dec 2024, held 10 Jan 2025: late.
    expect(figures.reviewConferences).toEqual({ onTime: 1, total: 2, late: ['EX004/2024-08-12 child-protection-review-conference'] });
    // EX003: assessment Mon 27 Jan 2025 still open. DfE: day 45 counting 27 Jan as day 1 is Fri 28 Mar < Mon 31 Mar:
    // queried. Statutory: the 45th working day after 27 Jan is Mon 31 Mar itself: not yet late.
    // EX003: enquiry Mon 10 Mar 2025, no conference. DfE: day 15 is Fri 28 Mar: queried. Statutory: due Mon 31 Mar.
    // EX004: NFA referral Tue 26 Mar 2024; the collection starts Mon 1 Apr 2024 (Easter Monday), one working day
    // before is Thu 28 Mar (Good Friday 29 Mar): queried, under both readings.
    expect(figures.validatorQueries).toEqual({ '8670Q': ['EX003/2025-01-13'], '8675Q': ['EX003/2025-01-13'], '8569Q': ['EX004/2024-03-26'] });
    expect(figures.statutoryReading).toEqual({ '8670Q': [], '8675Q': [], '8569Q': ['EX004/2024-03-26'] });
  });
});
