/**
 * Reads shared/data/bank-holidays-england-and-wales.txt: the published England and Wales list
 * for 2012–2028, one "YYYY-MM-DD Title" line each, with '#' comment lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../support/sharedDir.js';

export const SHARED_BANK_HOLIDAYS_FILE = path.resolve(sharedDir, 'data/bank-holidays-england-and-wales.txt');

export interface ListedHoliday {
  date: string;
  title: string;
}

export interface SharedBankHolidays {
  /** The '#' comment lines, without the '#'. */
  comments: string[];
  /** The listed holidays, in file order. */
  holidays: ListedHoliday[];
}

export function readSharedBankHolidays(): SharedBankHolidays {
  const comments: string[] = [];
  const holidays: ListedHoliday[] = [];
  for (const line of readFileSync(SHARED_BANK_HOLIDAYS_FILE, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      comments.push(line.slice(1).trim());
      continue;
    }
    const match = /^(\d{4}-\d{2}-\d{2}) (.+)$/.exec(line);
    if (!match) throw new Error(`Unexpected line in ${SHARED_BANK_HOLIDAYS_FILE}: ${line}`);
    holidays.push({ date: match[1] as string, title: match[2] as string });
  }
  return { comments, holidays };
}

/** The listed holidays of one year, in file order. */
export function sharedHolidaysOf(year: number): ListedHoliday[] {
  return readSharedBankHolidays().holidays.filter((h) => h.date.startsWith(`${year}-`));
}
