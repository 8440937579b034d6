import type { Command } from '../command.js';

/**
 * A sub-command as `--help` lists it. Its module is loaded only when it runs or shows its own
 * help, so that a run of one command does not pay for loading all the others.
 */
export interface CommandEntry {
  name: string;
  /** One line for the command list. */
  summary: string;
  load(): Promise<Command>;
}

/** Every sub-command, in the order `--help` lists them. */
export const commands: readonly CommandEntry[] = [
  { name: 'evaluate', summary: 'the level, due dates, flags and recommended step for one case record',
    load: async () => (await import('./evaluate.js')).evaluate },
  { name: 'batch', summary: 'evaluate every record of a caseload (JSON Lines or CSV), one result line per record',
    load: async () => (await import('./batch.js')).batch },
  { name: 'report', summary: 'timeliness by timescale, levels, recommended steps and the overdue list for a caseload',
    load: async () => (await import('./report.js')).report },
  { name: 'census', summary: "the national timescales on a children-in-need census return: table C2, conferences, the DfE validator's queries",
    load: async () => (await import('./census.js')).census },
  { name: 'validate', summary: "checks a council's rule file and lists every problem with its JSON path",
    load: async () => (await import('./validate.js')).validate },
  { name: 'rulebook', summary: 'the rule set as a practice lead reads and signs it off, as an HTML page or Markdown',
    load: async () => (await import('./rulebook.js')).rulebook },
  { name: 'test', summary: "runs a council's golden cases against a rule file and says how each result differs",
    load: async () => (await import('./test.js')).test },
  { name: 'explain', summary: 'the arithmetic behind one due date, day by day, with the rule and its quote',
    load: async () => (await import('./explain.js')).explain },
  { name: 'calendar', summary: 'working-day arithmetic to check a figure by hand: add, between, holidays',
    load: async () => (await import('./calendar.js')).calendar },
  { name: 'ics', summary: 'the open due dates of one case as an iCalendar file to import into Outlook',
    load: async () => (await import('./ics.js')).ics },
  { name: 'serve', summary: 'an HTTP service for case systems in any language: evaluate, batch, rule sets, calendar',
    load: async () => (await import('./serve.js')).serve },
];
