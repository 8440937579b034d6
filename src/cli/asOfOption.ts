import { dateArgument } from './dateArgument.js';

/** `--as-of`, checked; without it, today in England: the CLI is the one place that may read the clock. */
export function asOfOption(value: string | undefined): string {
  if (value === undefined) return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  return dateArgument('--as-of', value);
}
