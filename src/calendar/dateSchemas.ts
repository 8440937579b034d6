import { z } from 'zod';
import { toDayNumber } from './dayNumber.js';
import { describeValue } from './describeValue.js';
import { instantToEpochMs } from './londonInstant.js';

/** Whether `read` accepts a value, for a zod refinement: the readers throw on what they refuse. */
function reads(read: (value: string) => unknown): (value: string) => boolean {
  return (value) => {
    try {
      read(value);
      return true;
    } catch {
      return false;
    }
  };
}

/** A real calendar date written `YYYY-MM-DD`, wherever one is read: rule files, case records, published lists. */
export const IsoDateSchema = z.string().refine(reads(toDayNumber),
  { error: (issue) => `${describeValue(issue.input)} is not a real date written YYYY-MM-DD` });

/** An ISO 8601 timestamp with an explicit offset (see `instantToEpochMs`). */
export const IsoInstantSchema = z.string().refine(reads(instantToEpochMs),
  { error: (issue) => `${describeValue(issue.input)} is not an ISO 8601 timestamp with an offset, e.g. 2025-01-06T09:30:00Z` });
