import shipped from '../../rules/calendars/england-and-wales.json';
import { toDayNumber } from './dayNumber.js';
import { standingBankHolidays, type BankHoliday } from './standingBankHolidays.js';

/** A one-off change by royal proclamation: an extra day, or a standing holiday moved. */
interface Proclamation extends BankHoliday {
  /** The standing holiday that this day replaces, if it was moved rather than added. */
  replaces?: string;
}

const proclamations: readonly Proclamation[] = shipped.proclamations;

/** The published England and Wales list shipped with the package (rules/calendars/). */
export const shippedBankHolidays: readonly BankHoliday[] = shipped.events;

/** The years the shipped published list covers, whole. */
export const shippedPublishedYears = shipped.source.published;

/**
 * The bank holidays of a year for which no published list is at hand: the standing pattern
 * with the one-off proclamations of that year applied (1981 Royal Wedding, 1995 VE Day, 1999
 * Millennium, 2002 Golden Jubilee, 2011 Royal Wedding, and any others listed in rules/calendars/).
 *
 * @example derivedBankHolidays(1995)[2] // { date: '1995-05-08', title: 'Early May bank holiday (VE Day)' }
 */
export function derivedBankHolidays(year: number): BankHoliday[] {
  const ofYear = proclamations.filter((p) => p.date.startsWith(`${year}-`));
  // Stryker disable next-line ArrayDeclaration: [] to ["Stryker was here"] only adds a string no standing holiday's ISO date can equal
  const replaced = new Set(ofYear.flatMap((p) => (p.replaces ? [p.replaces] : [])));
  return [
    ...standingBankHolidays(year).filter((h) => !replaced.has(h.date)),
    ...ofYear.map(({ date, title }) => ({ date, title })),
  ].sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
}
