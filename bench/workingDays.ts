// Working-day arithmetic: addWorkingDays (holiday-aware) against date-fns addBusinessDays
// (holiday-blind) and the naive day-by-day reference from the tests, on the same inputs.
import { addBusinessDays } from 'date-fns';
import { addWorkingDays, englandAndWales } from '../dist/index.js';
import { naiveWorkingDays } from '../tests/calendar/naiveWorkingDays.js';
import { compare, seededRandom } from './measure.js';

const PAIRS = 1_000_000;
const random = seededRandom(2025);
const firstDay = Date.UTC(1990, 0, 1) / 86_400_000;
const span = Date.UTC(2180, 0, 1) / 86_400_000 - firstDay;

function pairs(maxOffset: number): { iso: string[]; dates: Date[]; offsets: number[] } {
  const iso: string[] = [];
  const dates: Date[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < PAIRS; i += 1) {
    const day = firstDay + Math.floor(random() * span);
    iso.push(new Date(day * 86_400_000).toISOString().slice(0, 10));
    dates.push(new Date(day * 86_400_000 + 12 * 3_600_000));
    offsets.push(1 + Math.floor(random() * maxOffset));
  }
  return { iso, dates, offsets };
}

const naive = naiveWorkingDays(englandAndWales());
for (const maxOffset of [5, 45, 500]) {
  const { iso, dates, offsets } = pairs(maxOffset);
  const at = (i: number): number => i % PAIRS;
  compare(`addWorkingDays over ${PAIRS.toLocaleString('en-GB')} random (date, offset 1–${maxOffset}) pairs, 1990–2180`, [
    { name: 'date-fns addBusinessDays (no bank holidays)', fn: (i) => addBusinessDays(dates[at(i)] as Date, offsets[at(i)] as number) },
    { name: 'early-help-rules addWorkingDays', fn: (i) => addWorkingDays(iso[at(i)] as string, offsets[at(i)] as number) },
    { name: 'naive day-by-day reference', fn: (i) => naive.addWorkingDays(iso[at(i)] as string, offsets[at(i)] as number) },
  ]);
}
