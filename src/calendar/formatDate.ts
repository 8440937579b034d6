import { dayOfWeek, partsFromDayNumber, toDayNumber, type DateInput } from './dayNumber.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as a practitioner reads it.
 * @example formatDate('2024-12-19') // 'Thu 19 Dec 2024'
 */
export function formatDate(date: DateInput): string {
  return formatDayNumber(toDayNumber(date));
}

/**
 * {@link formatDate} of a day number (days since 1970-01-01).
 * @example formatDayNumber(20076) // 'Thu 19 Dec 2024'
 */
export function formatDayNumber(day: number): string {
  const { year, month, day: dayOfMonth } = partsFromDayNumber(day);
  return `${WEEKDAYS[dayOfWeek(day)]} ${dayOfMonth} ${MONTHS[month - 1]} ${year}`;
}

/**
 * A list of dates grouped by month, as in "skipping 25 and 26 Dec and 1 Jan".
 * @example formatDayList(['2024-12-25', '2024-12-26', '2025-01-01']) // '25 and 26 Dec and 1 Jan'
 */
export function formatDayList(dates: readonly DateInput[]): string {
  const groups: { month: string; days: number[] }[] = [];
  for (const date of dates) {
    const { month, day } = partsFromDayNumber(toDayNumber(date));
    const name = MONTHS[month - 1] as string;
    const last = groups.at(-1);
    if (last?.month === name) last.days.push(day);
    else groups.push({ month: name, days: [day] });
  }
  // Stryker disable next-line StringLiteral: joining no item or one item uses no separator, so any string there gives the same text
  const join = (items: string[]): string => (items.length < 2 ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
  return join(groups.map((g) => `${join(g.days.map(String))} ${g.month}`));
}

/**
 * A due date as a practitioner reads it, or an hour rule's due instant (written in London time)
 * as its date and London time of day.
 * @example formatDateOrInstant('2025-10-25T16:40:00+01:00') // 'Sat 25 Oct 2025 16:40'
 */
export function formatDateOrInstant(value: string): string {
  return value.length > 10 ? `${formatDate(value.slice(0, 10))} ${value.slice(11, 16)}` : formatDate(value);
}
