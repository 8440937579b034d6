import * as z from 'zod';
import { IsoDateSchema } from './dateSchemas.js';
import type { BankHoliday } from './standingBankHolidays.js';


/**
 * The shape of the UK government's `bank-holidays.json`, as published: one entry per division
 * (`england-and-wales`, `scotland`, `northern-ireland`), each with its `events`. Only the
 * England and Wales division is read; the others may be present or not.
 */
export const GovUkBankHolidaysSchema = z.looseObject({
  'england-and-wales': z.object({
    division: z.literal('england-and-wales'),
    events: z.array(z.object({
      title: z.string().min(1),
      date: IsoDateSchema,
      notes: z.string().optional(),
      bunting: z.boolean().optional(),
    })).min(1),
  }),
});

export type GovUkBankHolidays = z.infer<typeof GovUkBankHolidaysSchema>;

/**
 * Reads a published `bank-holidays.json` (already parsed from JSON) into the England and Wales
 * list, sorted by date.
 *
 * @example parseGovUkBankHolidays(JSON.parse(fs.readFileSync('bank-holidays.json', 'utf8')))
 * @throws TypeError listing each field that does not have the published shape.
 */
export function parseGovUkBankHolidays(json: unknown): BankHoliday[] {
  const parsed = GovUkBankHolidaysSchema.safeParse(json);
  if (!parsed.success) {
    throw new TypeError(`Not a GOV.UK bank-holidays.json:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data['england-and-wales'].events
    .map(({ date, title }) => ({ date, title }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
