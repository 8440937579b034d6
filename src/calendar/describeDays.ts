import { FIRST_YEAR } from './calendarRange.js';
import type { WorkingDayCalendar } from './createCalendar.js';
import { dayNumberFromParts, fromDayNumber, toDayNumber, type DateInput, type IsoDate } from './dayNumber.js';

const FIRST_DAY = dayNumberFromParts(FIRST_YEAR, 1, 1);

/** One day of a range, as a person checking a count by hand reads it. */
export type DescribedDay =
  | { date: IsoDate; kind: 'working'; /** 1 for the first working day of the range, 2 for the next, … */ workingDay: number }
  | { date: IsoDate; kind: 'weekend' }
  | { date: IsoDate; kind: 'bank-holiday' | 'closure'; title: string; projected: boolean };

/**
 * Every day from `from` to `to` (both included; none when `to` is earlier), each marked as a
 * numbered working day, a weekend day, or a bank holiday or closure day with its title. It
 * walks day by day, so it is for showing a count, not for computing one: the range bounds the
 * work, and the arithmetic itself stays in the calendar.
 *
 * @example describeDays(englandAndWales(), '2024-12-24', '2024-12-27')
 * // Tue 24 working day 1, Wed 25 bank holiday (Christmas Day), Thu 26 bank holiday (Boxing Day), Fri 27 working day 2
 */
export function describeDays(calendar: WorkingDayCalendar, from: DateInput, to: DateInput): DescribedDay[] {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  if (last < first) return [];
  // daysOffBetween counts from the day after its first argument, so start it the day before; the
  // calendar's first day, Sunday 1 January 1978, cannot be a weekday day off.
  const dayBefore = fromDayNumber(Math.max(first - 1, FIRST_DAY));
  const daysOff = new Map(calendar.daysOffBetween(dayBefore, fromDayNumber(last)).map((d) => [d.date, d]));
  const days: DescribedDay[] = [];
  let workingDay = 0;
  for (let day = first; day <= last; day += 1) {
    const date = fromDayNumber(day);
    const off = daysOff.get(date);
    if (off) days.push({ date, kind: off.reason, title: off.title, projected: off.projected });
    else if (calendar.isWorkingDay(date)) days.push({ date, kind: 'working', workingDay: (workingDay += 1) });
    else days.push({ date, kind: 'weekend' }); // days off on weekdays are all in daysOff
  }
  return days;
}
