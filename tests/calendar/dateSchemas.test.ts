import { describe, expect, it } from 'vitest';
import { IsoDateSchema, IsoInstantSchema } from '../../src/calendar/dateSchemas.js';

const message = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('IsoDateSchema', () => {
  it('accepts real dates and names what it refuses', () => {
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(message(IsoDateSchema.safeParse('2025-02-29'))).toBe('"2025-02-29" is not a real date written YYYY-MM-DD');
    expect(message(IsoDateSchema.safeParse('29/02/2024'))).toBe('"29/02/2024" is not a real date written YYYY-MM-DD');
    expect(IsoDateSchema.safeParse(20240229).success).toBe(false);
  });
});

describe('IsoInstantSchema', () => {
  it('accepts timestamps with an offset and refuses those without', () => {
    expect(IsoInstantSchema.safeParse('2025-03-30T00:30:00Z').success).toBe(true);
    expect(IsoInstantSchema.safeParse('2025-07-01T09:00:00+01:00').success).toBe(true);
    expect(message(IsoInstantSchema.safeParse('2025-07-01T09:00:00')))
      .toBe('"2025-07-01T09:00:00" is not an ISO 8601 timestamp with an offset, e.g. 2025-01-06T09:30:00Z');
  });
});
