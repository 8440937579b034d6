/**
 * The case record schema on valid records of every shape its fields allow (short ids and notes,
 * a team and a worker, an event given by its instant alone or by both date and instant) and on an
 * event that is not an object.
 */
import { describe, expect, it } from 'vitest';
import { CaseEventSchema, CaseRecordSchema } from '../../src/evaluate/caseRecord.js';

/** The issues of a record, as path and message, or [] for a valid one. */
function issues(record: unknown): string[] {
  const result = CaseRecordSchema.safeParse(record);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const record = (events: unknown[], fields: object = {}) => ({ id: 'C-1', authority: 'england/working-together', events, ...fields });

describe('CaseRecordSchema', () => {
  it('reads a valid event of each type given by its date', () => {
    expect(CaseEventSchema.parse({ type: 'closed', on: '2025-01-06' })).toEqual({ type: 'closed', on: '2025-01-06' });
    expect(CaseEventSchema.parse({ type: 'child-protection-conference', on: '2025-01-06', kind: 'initial', outcome: 'plan' }))
      .toEqual({ type: 'child-protection-conference', on: '2025-01-06', kind: 'initial', outcome: 'plan' });
  });

  it('short ids and notes, a team and a worker are valid (each may be up to 200 characters, a note 10,000)', () => {
    expect(issues(record([{ type: 'closed', on: '2025-01-06', id: 'e1', note: 'by phone' }], { team: 'North', worker: 'A. Smith' }))).toEqual([]);
    expect(issues(record([{ type: 'closed', on: '2025-01-06', id: 'e'.repeat(200), note: 'n'.repeat(10_000) }],
      { team: 't'.repeat(200), worker: 'w'.repeat(200) }))).toEqual([]);
  });

  it('an event by its instant alone, or by a date and an instant on that date in London, is valid', () => {
    // 23:30 UTC on Sun 29 Jun 2025 is 00:30 BST on Mon 30 Jun in London.
    expect(issues(record([{ type: 'referral-received', at: '2025-06-29T23:30:00Z' }]))).toEqual([]);
    expect(issues(record([{ type: 'referral-received', on: '2025-06-30', at: '2025-06-29T23:30:00Z' }]))).toEqual([]);
  });

  it('an event that is not an object is said to be one, not an unknown event type', () => {
    expect(issues(record([5, null]))).toEqual(['events.0: Invalid input: expected object, received number',
      'events.1: Invalid input: expected object, received null']);
  });
});
