import { toDayNumber } from '../calendar/dayNumber.js';
import { UsageError } from './command.js';

/** `--as-of`, checked; without it, today in England: the CLI is the one place that may read the clock. */
export function asOfOption(value: string | undefined): string {
  if (value === undefined) return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  try {
    toDayNumber(value);
  } catch (error) {
    throw new UsageError(`--as-of: ${(error as Error).message}`);
  }
  return value;
}
