// Working-day arithmetic on ISO strings: addWorkingDays and workingDaysBetween (holiday-aware)
// against date-fns addBusinessDays and differenceInBusinessDays (holiday-blind), a prefix-sum
// reference written below (the ideal: a parse, two array reads and a table of written dates),
// and the naive day-by-day walk from the tests, on the same inputs in the same run.
import { addBusinessDays, differenceInBusinessDays } from 'date-fns';
import { addWorkingDays, bankHolidays, englandAndWales, FIRST_YEAR, LAST_YEAR, workingDaysBetween } from '../dist/index.js';
import { naiveWorkingDays } from '../tests/calendar/naiveWorkingDays.js';
import { compare, seededRandom } from './measure.js';
import { addSpeedRow, perSecond, targetCell, times } from './speedTable.js';

const DAY_MS = 86_400_000;

/**
 * The prefix-sum reference, for offsets of one working day or more: `upTo[i]` counts the working
 * days up to day i of 1978–2200, `nth[k]` is the k-th of them, `written[i]` is day i as
 * `YYYY-MM-DD`. A date is read by character codes with no checks (H. Hinnant's days_from_civil).
 * It shares only the bank holiday list with the library, as the naive reference does.
 */
function prefixSumReference(): { addWorkingDays(iso: string, n: number): string; workingDaysBetween(from: string, to: string): number } {
  const first = Date.UTC(FIRST_YEAR, 0, 1) / DAY_MS;
  const dayCount = Date.UTC(LAST_YEAR, 11, 31) / DAY_MS - first + 1;
  const off = new Set<string>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) for (const h of bankHolidays(year)) off.add(h.date);
  const upTo = new Int32Array(dayCount);
  const nth = new Int32Array(dayCount);
  const written: string[] = [];
  let count = 0;
  for (let i = 0; i < dayCount; i += 1) {
    const date = new Date((first + i) * DAY_MS);
    written.push(date.toISOString().slice(0, 10));
    if (date.getUTCDay() % 6 !== 0 && !off.has(written[i] as string)) nth[count++] = i;
    upTo[i] = count;
  }
  const digits = (s: string, from: number, to: number): number => {
    let n = 0;
    for (let j = from; j < to; j += 1) n = n * 10 + s.charCodeAt(j) - 48;
    return n;
  };
  const index = (iso: string): number => {
    const month = digits(iso, 5, 7);
    const y = digits(iso, 0, 4) - (month <= 2 ? 1 : 0);
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + digits(iso, 8, 10) - 1;
    return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468 - first;
  };
  return {
    addWorkingDays: (iso, n) => written[nth[(upTo[index(iso)] as number) + n - 1] as number] as string,
    workingDaysBetween(from, to) {
      const a = index(from);
      const b = index(to);
      return b >= a ? (upTo[b] as number) - (upTo[a] as number) : (upTo[b - 1] as number) - (upTo[a - 1] as number);
    },
  };
}

const PAIRS = 1_000_000;
const random = seededRandom(2025);
const firstDay = Date.UTC(1990, 0, 1) / DAY_MS;
const span = Date.UTC(2180, 0, 1) / DAY_MS - firstDay;

/** Random dates with offsets, and each date's `to` for workingDaysBetween: `offset` working days on. */
function pairs(maxOffset: number): { iso: string[]; to: string[]; dates: Date[]; toDates: Date[]; offsets: number[] } {
  const iso: string[] = [];
  const to: string[] = [];
  const dates: Date[] = [];
  const toDates: Date[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < PAIRS; i += 1) {
    const day = firstDay + Math.floor(random() * span);
    const offset = 1 + Math.floor(random() * maxOffset);
    iso.push(new Date(day * DAY_MS).toISOString().slice(0, 10));
    to.push(addWorkingDays(iso[i] as string, offset));
    dates.push(new Date(`${iso[i] as string}T12:00:00`));
    toDates.push(new Date(`${to[i] as string}T12:00:00`));
    offsets.push(offset);
  }
  return { iso, to, dates, toDates, offsets };
}

const reference = prefixSumReference();
const naive = naiveWorkingDays(englandAndWales());
for (const maxOffset of [5, 500]) {
  const { iso, to, dates, toDates, offsets } = pairs(maxOffset);
  // The reference is only a baseline if it gives the library's answers.
  for (let i = 0; i < PAIRS; i += 1) {
    if (reference.addWorkingDays(iso[i] as string, offsets[i] as number) !== to[i]
      || reference.workingDaysBetween(iso[i] as string, to[i] as string) !== offsets[i]
      || reference.workingDaysBetween(to[i] as string, iso[i] as string) !== workingDaysBetween(to[i] as string, iso[i] as string)) {
      throw new Error(`the prefix-sum reference disagrees with the library on ${iso[i]} and ${offsets[i]}`);
    }
  }
  const at = (i: number): number => i % PAIRS;
  const cases = [
    { name: 'date-fns addBusinessDays (no bank holidays)', fn: (i: number) => addBusinessDays(dates[at(i)] as Date, offsets[at(i)] as number) },
    { name: 'date-fns differenceInBusinessDays (no bank holidays)', fn: (i: number) => differenceInBusinessDays(toDates[at(i)] as Date, dates[at(i)] as Date) },
    { name: 'early-help-rules addWorkingDays', fn: (i: number) => addWorkingDays(iso[at(i)] as string, offsets[at(i)] as number) },
    { name: 'early-help-rules workingDaysBetween', fn: (i: number) => workingDaysBetween(iso[at(i)] as string, to[at(i)] as string) },
    { name: 'prefix-sum reference addWorkingDays', fn: (i: number) => reference.addWorkingDays(iso[at(i)] as string, offsets[at(i)] as number) },
    { name: 'prefix-sum reference workingDaysBetween', fn: (i: number) => reference.workingDaysBetween(iso[at(i)] as string, to[at(i)] as string) },
    // Walking day by day costs in proportion to the offset: measured at the small offsets only.
    ...(maxOffset <= 5 ? [{ name: 'naive day-by-day addWorkingDays', fn: (i: number) => naive.addWorkingDays(iso[at(i)] as string, offsets[at(i)] as number) }] : []),
  ];
  const [dateFns = 1, , add = 0, between = 0, referenceAdd = 1, referenceBetween = 1, naiveAdd] = compare(
    `Working days on ISO strings over ${PAIRS.toLocaleString('en-GB')} random (date, offset 1–${maxOffset} working days) pairs, 1990–2180`,
    cases, { rounds: 9 }); // more rounds than the default: the cases are close, and a median of nine holds on a shared machine
  console.log(`  against the prefix-sum reference: addWorkingDays ${(add / referenceAdd).toFixed(2)}×, workingDaysBetween ${(between / referenceBetween).toFixed(2)}×`);
  const met = Math.min(add, between) >= 8 * dateFns && Math.min(add / referenceAdd, between / referenceBetween) >= 1 / 1.5;
  addSpeedRow({
    what: `\`addWorkingDays\` / \`workingDaysBetween\` on ISO strings, ${PAIRS.toLocaleString('en-GB')} random (date, offset) pairs, offsets 1–${maxOffset}`,
    figure: `${perSecond(add)} / ${perSecond(between)} ops/s: **${times(add / dateFns)} / ${times(between / dateFns)}** date-fns; `
      + `${times(add / referenceAdd)} / ${times(between / referenceBetween)} the prefix-sum reference`,
    baseline: `date-fns \`addBusinessDays\` (no bank holidays): ${perSecond(dateFns)} ops/s; the prefix-sum reference written in the bench: `
      + `${perSecond(referenceAdd)} / ${perSecond(referenceBetween)} ops/s${naiveAdd === undefined ? '' : `; the naive day-by-day walk: ${perSecond(naiveAdd)} ops/s`}`,
    target: targetCell('≥ 8× date-fns and within 1.5× of the reference (≥ 0.67×)', met),
  });
}
