import { dayNumberFromParts, dayOfWeek, daysInMonth, fromDayNumber, type IsoDate } from './dayNumber.js';
import { easterSunday } from './easterSunday.js';

/** A weekday off in England and Wales. */
export interface BankHoliday {
  date: IsoDate;
  title: string;
}

const MONDAY = 1;
const isWeekend = (day: number): boolean => dayOfWeek(day) === 0 || dayOfWeek(day) === 6;

function firstMonday(year: number, month: number): number {
  const first = dayNumberFromParts(year, month, 1);
  return first + ((MONDAY - dayOfWeek(first) + 7) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = dayNumberFromParts(year, month, daysInMonth(year, month));
  return last - ((dayOfWeek(last) - MONDAY + 7) % 7);
}

/**
 * The England and Wales bank holidays that the standing pattern (in force since 1978) gives
 * for a year, before any proclamation: New Year's Day, Good Friday, Easter Monday, early May
 * (first Monday), spring (last Monday in May), summer (last Monday in August), Christmas Day
 * and Boxing Day. A fixed-date holiday on a weekend moves to the next weekday that is not
 * already a holiday, so Christmas on a Sunday gives Boxing Day on Monday 26 and Christmas
 * (substitute day) on Tuesday 27.
 *
 * @example standingBankHolidays(2026).at(-1) // { date: '2026-12-28', title: 'Boxing Day (Substitute day)' }
 */
export function standingBankHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const taken = new Set<number>();
  const holidays: { day: number; title: string }[] = [];
  const add = (day: number, title: string): void => {
    taken.add(day);
    holidays.push({ day, title });
  };
  const addFixed = (month: number, dayOfMonth: number, title: string): void => {
    const day = dayNumberFromParts(year, month, dayOfMonth);
    if (!isWeekend(day)) return add(day, title);
    let substitute = day + 1;
    while (isWeekend(substitute) || taken.has(substitute)) substitute += 1;
    add(substitute, `${title} (Substitute day)`);
  };
  // Boxing Day is placed before Christmas's substitute: when Christmas is a Sunday, Monday
  // 26 December is Boxing Day itself and Christmas moves to Tuesday, as published (2016, 2022).
  const christmas = dayNumberFromParts(year, 12, 25);
  addFixed(1, 1, 'New Year’s Day');
  add(easter - 2, 'Good Friday');
  add(easter + 1, 'Easter Monday');
  add(firstMonday(year, 5), 'Early May bank holiday');
  add(lastMonday(year, 5), 'Spring bank holiday');
  add(lastMonday(year, 8), 'Summer bank holiday');
  if (dayOfWeek(christmas) === 0) {
    addFixed(12, 26, 'Boxing Day');
    addFixed(12, 25, 'Christmas Day');
  } else {
    addFixed(12, 25, 'Christmas Day');
    addFixed(12, 26, 'Boxing Day');
  }
  // Stryker disable next-line MethodExpression,ArrowFunction: the holidays are added in date order in every year (Easter Monday, 26 April at the latest, comes before early May; Boxing Day is added first exactly when it comes first), so leaving them unsorted gives the same list
  return holidays.sort((a, b) => a.day - b.day).map(({ day, title }) => ({ date: fromDayNumber(day), title }));
}
