import { fromDayNumber } from '../calendar/dayNumber.js';
import { londonDayNumber } from '../calendar/londonInstant.js';
import { dateArgument } from './dateArgument.js';

/** `--as-of`, checked; without it, today in England: the CLI is the one place that may read the clock. */
export function asOfOption(value: string | undefined): string {
  if (value === undefined) return fromDayNumber(londonDayNumber(Date.now()));
  return dateArgument('--as-of', value);
}
