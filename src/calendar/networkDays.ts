import type { WorkingDayCalendar } from './createCalendar.js';
import { toDayNumber, type DateInput } from './dayNumber.js';

/**
 * The spreadsheet figure `NETWORKDAYS(from, to, holidays)`: the working days from `from` to `to`
 * with both ends counted, negative when `to` is earlier (as the spreadsheet gives it). It is
 * the start-included convention (not the DfE census validator's, which counts a start on a
 * weekend or bank holiday as day 1 too), one more than `workingDaysBetween` whenever
 * `from` is a working day, and is here so that analysts can reconcile the two figures.
 *
 * @example networkDays(englandAndWales(), '2024-12-19', '2025-01-14') // 16 (workingDaysBetween gives 15)
 */
export function networkDays(calendar: WorkingDayCalendar, from: DateInput, to: DateInput): number {
  // workingDaysBetween leaves `from` out (from < d <= to, or minus to <= d < from): count it in.
  const fromCounts = calendar.isWorkingDay(from) ? 1 : 0;
  const forwards = toDayNumber(to) >= toDayNumber(from);
  return calendar.workingDaysBetween(from, to) + (forwards ? fromCounts : -fromCounts);
}
