/**
 * early-help-rules: councils' early help levels of need and practice timescales as cited
 * JSON rule sets, with England and Wales working-day arithmetic.
 * @packageDocumentation
 */
export type { IsoDate, DateInput } from './calendar/dayNumber.js';
export type { IsoInstant } from './calendar/londonInstant.js';
export type { BankHoliday } from './calendar/standingBankHolidays.js';
export {
  createCalendar, FIRST_YEAR, LAST_YEAR,
  type CalendarOptions, type WorkingDayCalendar, type DayOff, type CalendarBankHoliday,
} from './calendar/createCalendar.js';
export { englandAndWales, isWorkingDay, addWorkingDays, workingDaysBetween, nextWorkingDay, bankHolidays } from './calendar/englandAndWales.js';
export { addDays, addWeeks, addMonths } from './calendar/addCalendarTime.js';
export { addHours, hoursBetween, londonDate } from './calendar/londonInstant.js';
export { parseGovUkBankHolidays, GovUkBankHolidaysSchema, type GovUkBankHolidays } from './calendar/govUkBankHolidays.js';
