/**
 * The case record schema as its module builds it. The module is imported inside the test, not
 * at the top of the file, so that a schema zod cannot build (an event schema without its `type`,
 * a union told apart by no field) fails this test. A top-level import that throws fails the file
 * before any test runs, which a mutation run does not count as a failing test.
 */
import { expect, it } from 'vitest';
import { EVENT_TYPE_NAMES } from '../../src/rules/eventTypes.js';

it('builds one event schema per type of the vocabulary, told apart by `type`', async () => {
  const { CaseEventSchema } = await import('../../src/evaluate/caseRecord.js');
  for (const type of EVENT_TYPE_NAMES) {
    expect(CaseEventSchema.safeParse({ type, on: '2025-01-06' }).success, type).toBe(true);
  }
  // Another type's attribute is refused by the event's own schema.
  expect(CaseEventSchema.safeParse({ type: 'closed', on: '2025-01-06', outcome: 'plan' }).error?.issues.map((i) => i.message))
    .toEqual(['"closed" events have no outcome']);
});
