/**
 * Dates the package must refuse, wherever it reads one (case records, options, rule files, the
 * GOV.UK list, CSV columns, CLI arguments): every string that is not a real `YYYY-MM-DD` date
 * in the calendar's range, 1978-01-01 to 2200-12-31.
 *
 * `invalidDate` mutates valid dates the way hostile or careless input does (a letter O for a
 * zero, full-width or other Unicode digits, signs, spaces, five-digit years, out-of-range years,
 * impossible days, other separators) and keeps only the results that the independent oracle
 * `isValidCalendarDate` says are not valid, so a mutation that happens to give another valid
 * date is never offered. `INVALID_DATE_EXAMPLES` names one of each kind for table tests and
 * messages a person reads.
 *
 * @example
 * fc.assert(fc.property(invalidDate, (on) => !safeEvaluateCase({ ...record, events: [{ type: 'contact', on }] }, { asOf }).success));
 */
import fc from 'fast-check';

/** The calendar's range, written out here rather than imported, so the oracle is independent. */
export const CALENDAR_FIRST_DATE = '1978-01-01';
export const CALENDAR_LAST_DATE = '2200-12-31';

const DAY_MS = 86_400_000;

/**
 * The oracle: true exactly when `text` is a real date written `YYYY-MM-DD` with ASCII digits and
 * within 1978–2200. Checked by a round trip through `Date.UTC`, not by the package's own reader.
 * @example isValidCalendarDate('2024-02-29') // true
 * @example isValidCalendarDate('2O24-02-29') // false (letter O)
 */
export function isValidCalendarDate(text: string): boolean {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1978 || year > 2200) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A valid date from `from` to `to` (both included, `YYYY-MM-DD`), by default the whole calendar. */
export function validCalendarDate(from = CALENDAR_FIRST_DATE, to = CALENDAR_LAST_DATE): fc.Arbitrary<string> {
  const start = Date.parse(`${from}T00:00:00Z`) / DAY_MS;
  const end = Date.parse(`${to}T00:00:00Z`) / DAY_MS;
  return fc.integer({ min: start, max: end }).map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
}

/** Characters that look like, or are, digits to a person but are not ASCII 0–9. */
const DIGIT_LOOKALIKES: readonly string[] = [
  'O', 'o', 'l', 'I', 'S', 'B', 'Z', 'a', 'x',
  ...'０１２３４５６７８９', // full-width
  ...'٠١٢٣٤٥٦٧٨٩', // Arabic-Indic
  ...'۰۱۲۳۴۵۶۷۸۹', // Extended Arabic-Indic (Persian)
  ...'०१२३४५६७८९', // Devanagari
  '𝟎', '𝟏', '𝟗', // mathematical bold (astral: two UTF-16 units)
  '²', '½', '①', // superscript, fraction, circled
];
const SIGNS: readonly string[] = ['+', '-', '−', '±'];
const SPACES: readonly string[] = [' ', '\t', '\u00a0', '\u2007', '\u3000', '\n'];
const SEPARATORS: readonly string[] = ['/', '.', ' ', '–', '‐', '_', ''];

const digitPositions = [0, 1, 2, 3, 5, 6, 8, 9];
const replaceAt = (text: string, index: number, by: string): string => text.slice(0, index) + by + text.slice(index + 1);
const insertAt = (text: string, index: number, what: string): string => text.slice(0, index) + what + text.slice(index);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Each way a valid date is made invalid. */
const mutations: readonly fc.Arbitrary<string>[] = [
  // A digit replaced by a letter or a non-ASCII digit.
  fc.tuple(validCalendarDate(), fc.constantFrom(...digitPositions), fc.constantFrom(...DIGIT_LOOKALIKES))
    .map(([date, i, by]) => replaceAt(date, i, by)),
  // A sign before the date, a field, or in place of a digit.
  fc.tuple(validCalendarDate(), fc.constantFrom(0, 5, 8), fc.constantFrom(...SIGNS)).map(([date, i, sign]) => insertAt(date, i, sign)),
  fc.tuple(validCalendarDate(), fc.constantFrom(...digitPositions), fc.constantFrom(...SIGNS)).map(([date, i, sign]) => replaceAt(date, i, sign)),
  // Spaces around or inside.
  fc.tuple(validCalendarDate(), fc.integer({ min: 0, max: 10 }), fc.constantFrom(...SPACES)).map(([date, i, space]) => insertAt(date, i, space)),
  // Five-digit (or longer) years: a leading zero, or a year past 9999.
  validCalendarDate().map((date) => `0${date}`),
  fc.tuple(fc.integer({ min: 10_000, max: 99_999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
  // Real dates in years outside the calendar.
  fc.tuple(fc.oneof(fc.integer({ min: 0, max: 1977 }), fc.integer({ min: 2201, max: 9999 })),
    fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  // Impossible months and days.
  fc.tuple(fc.integer({ min: 1978, max: 2200 }), fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.tuple(fc.integer({ min: 1978, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.oneof(fc.constant(0), fc.integer({ min: 29, max: 99 })))
    .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
  // Other separators, or none.
  fc.tuple(validCalendarDate(), fc.constantFrom(...SEPARATORS)).map(([date, sep]) => date.replaceAll('-', sep)),
  // Cut short or run on.
  fc.tuple(validCalendarDate(), fc.integer({ min: 0, max: 9 })).map(([date, n]) => date.slice(0, n)),
  fc.tuple(validCalendarDate(), fc.constantFrom('0', 'T00:00', 'Z', 'T00:00:00Z', '\u0000')).map(([date, tail]) => date + tail),
  // Anything at all.
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
];

/** A string that is not a real `YYYY-MM-DD` date in 1978–2200, most of them a near miss. */
export const invalidDate: fc.Arbitrary<string> = fc.oneof(...mutations).filter((text) => !isValidCalendarDate(text));

/** One invalid date of each kind, named, for table tests and for reading in failures. */
export const INVALID_DATE_EXAMPLES: Readonly<Record<string, string>> = {
  'letter O for zero': '2O24-12-09',
  'full-width digits': '２０２４-１２-０９',
  'Arabic-Indic digits': '٢٠٢٤-١٢-٠٩',
  'Devanagari digit': '202४-12-09',
  'leading plus': '+2024-12-09',
  'minus in place of a digit': '-024-12-09',
  'leading space': ' 2024-12-09',
  'trailing newline': '2024-12-09\n',
  'five-digit year': '02024-12-09',
  'year 10000': '10000-01-01',
  'year 0000': '0000-01-01',
  'before 1978': '1900-05-01',
  'the day before the calendar': '1977-12-31',
  'the day after the calendar': '2201-01-01',
  'year 2300': '2300-01-01',
  'no 30 February': '2024-02-30',
  'no month 13': '2024-13-01',
  'slashes': '2024/12/09',
  'empty': '',
};
