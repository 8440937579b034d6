import { parseArgs } from 'node:util';
import { createCalendar, type DayOff, type WorkingDayCalendar } from '../../calendar/createCalendar.js';
import { englandAndWales } from '../../calendar/englandAndWales.js';
import { formatDate } from '../../calendar/formatDate.js';
import { networkDays } from '../../calendar/networkDays.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { dateArgument } from '../dateArgument.js';
import { formatTable } from '../formatTable.js';
import { readJsonFile } from '../readJsonFile.js';
import { escapeControls, terminalLines } from '../terminalText.js';

/** The England and Wales calendar, with a newer published list and closure days when given. */
function calendarFrom(holidays: string | undefined, closures: string | undefined): WorkingDayCalendar {
  // The one the date arguments were checked against: built once a run.
  if (holidays === undefined && closures === undefined) return englandAndWales();
  const bankHolidays = holidays === undefined ? undefined : readJsonFile(holidays, 'bank holiday list');
  try {
    return createCalendar({ bankHolidays, closures: closures?.split(',').map((d) => d.trim()).filter((d) => d !== '')
      .map((d) => dateArgument('--closures', d)) });
  } catch (error) {
    // The list is checked by a zod schema (TypeError); closure dates by the calendar (RangeError).
    if (error instanceof TypeError) throw new UsageError(`--holidays ${holidays}: ${error.message}`);
    if (error instanceof RangeError) throw new UsageError(`--closures: ${error.message}`);
    throw error;
  }
}

const title = (day: { title: string; projected: boolean }): string => `${day.title}${day.projected ? ' (projected)' : ''}`;

function skipped(daysOff: readonly DayOff[]): string[] {
  return daysOff.length === 0 ? [] : [formatTable(['skipped', 'day off'], daysOff.map((d) => [formatDate(d.date), title(d)]))];
}

function wholeNumber(text: string): number {
  if (!/^-?\d+$/.test(text)) throw new UsageError(`<n> is a whole number of working days, not "${text}"`);
  return Number(text);
}

function year(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new UsageError(`<year> is a year such as 2025, not "${text}"`);
  return Number(text);
}

type SubCommand = 'add' | 'between' | 'holidays';
const ARITY = new Map<string, number>([['add', 2], ['between', 2], ['holidays', 1]]);

/** The lines a sub-command prints. */
function answer(calendar: WorkingDayCalendar, sub: SubCommand, args: readonly string[]): string[] {
  const [a = '', b = ''] = args;
  switch (sub) {
    case 'add': {
      const result = calendar.addWorkingDays(dateArgument('<date>', a), wholeNumber(b));
      return [result, ...skipped(calendar.daysOffBetween(a, result))];
    }
    case 'between':
      dateArgument('<a>', a);
      dateArgument('<b>', b);
      return [String(calendar.workingDaysBetween(a, b)),
        `NETWORKDAYS(${a}, ${b}) = ${networkDays(calendar, a, b)}: the spreadsheet figure, counting both ends`,
        ...skipped(calendar.daysOffBetween(a, b))];
    case 'holidays': {
      const holidays = calendar.bankHolidays(year(a));
      const rows = holidays.map((h) => [h.date, formatDate(h.date), title(h)]);
      return [formatTable(['date', 'day', 'bank holiday'], rows, ''),
        ...(holidays.some((h) => h.projected) ? [`Projected: the published list ends in ${calendar.lastPublishedYear}; these dates follow the standing rules.`] : [])];
    }
  }
}

export const calendar: Command = {
  usage: `Usage: early-help-rules calendar add <date> <n>        the n-th working day after <date> (Excel WORKDAY)
       early-help-rules calendar between <a> <b>    the working days d with a < d <= b, and NETWORKDAYS(a, b)
       early-help-rules calendar holidays <year>    the bank holidays on weekdays in <year>
  [--holidays <bank-holidays.json>] [--closures <date,date,...>]

  add prints the date on the first line and the bank holidays and closure days it skipped after
  it; between prints the count first. A negative n counts back: put -- before it, as in
  "calendar add -- 2025-01-14 -15". Years after the published list are projected from the
  standing rules and marked so.

  --holidays  a newer GOV.UK bank-holidays.json (https://www.gov.uk/bank-holidays.json), as published
  --closures  a council's closure days, as in its rule file's calendar.closures, e.g. 2025-12-29,2025-12-30`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true,
      options: { holidays: { type: 'string' }, closures: { type: 'string' } } });
    const [sub = '', ...rest] = positionals;
    const arity = ARITY.get(sub);
    if (arity === undefined) {
      throw new UsageError(sub === '' ? 'calendar needs a sub-command: add, between or holidays' : `unknown calendar sub-command "${sub}": add, between or holidays`);
    }
    if (rest.length !== arity) {
      throw new UsageError(`calendar ${sub} takes ${arity === 1 ? 'one argument' : `${arity} arguments`}`);
    }
    const cal = calendarFrom(values.holidays, values.closures);
    try {
      io.stdout.write(`${terminalLines(answer(cal, sub as SubCommand, rest).join('\n'))}\n`);
    } catch (error) {
      // An impossible date or a count past the calendar's range (1978 to 2200): the message names the input.
      if (!(error instanceof RangeError)) throw error;
      io.stderr.write(`early-help-rules calendar: ${escapeControls(error.message)}\n`);
      return EXIT.cannotRun;
    }
    return EXIT.ok;
  },
};
