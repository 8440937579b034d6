import type { IsoDate } from '../calendar/dayNumber.js';
import { englandAndWales } from '../calendar/englandAndWales.js';
import { UsageError } from './command.js';

/**
 * A date given on the command line: a real `YYYY-MM-DD` date that the calendar covers (1978 to
 * 2200), so that a bad one stops the command before it starts, naming the argument.
 * @example dateArgument('--as-of', '2025-02-24') // '2025-02-24'
 * @throws UsageError `--as-of: …` for '2300-01-01', '2O24-12-09' or '2025-02-30'.
 */
export function dateArgument(name: string, text: string): IsoDate {
  try {
    // The calendar reads the date and refuses a day outside its range.
    englandAndWales().isWorkingDay(text);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`${name}: ${error.message}`);
    throw error;
  }
  return text;
}
