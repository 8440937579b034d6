/**
 * The facts rule conditions test, read from a record on a day: whether consent stands that day,
 * the need profile (null where the record gives none), the lead ('none' when nobody leads yet),
 * whether the child is unborn, and which types of event the case has had.
 */
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/calendar/dayNumber.js';
import { caseFacts, consentStands } from '../../src/evaluate/caseFacts.js';
import type { CaseRecord } from '../../src/evaluate/caseRecord.js';
import { caseTimeline } from '../../src/evaluate/caseTimeline.js';

const day = (date: string): number => toDayNumber(date);
const withConsent = (consent: CaseRecord['consent']): CaseRecord => ({ id: 'C-1', authority: 'st-helens', events: [], consent });

describe('consentStands', () => {
  it('never without consent given', () => {
    expect(consentStands(withConsent(undefined), day('2025-01-10'))).toBe(false);
    expect(consentStands(withConsent({ given: false }), day('2025-01-10'))).toBe(false);
  });

  it('given with no dates: every day', () => {
    expect(consentStands(withConsent({ given: true }), day('1990-01-01'))).toBe(true);
  });

  it('given on Fri 10 Jan 2025, withdrawn on Sat 1 Feb: from the 10th to the 31st inclusive', () => {
    const record = withConsent({ given: true, on: '2025-01-10', withdrawnOn: '2025-02-01' });
    expect(['2025-01-09', '2025-01-10', '2025-01-31', '2025-02-01'].map((date) => consentStands(record, day(date))))
      .toEqual([false, true, true, false]);
  });
});

describe('caseFacts', () => {
  it('a record with no level, needs, lead or child (the national rules alone): conditions on them cannot hold', () => {
    const record: CaseRecord = { id: 'C-2', authority: 'england', events: [] };
    expect(caseFacts(record, [], day('2025-01-10'))).toEqual({
      section47: null, section17: null, agencies: null, complexity: null, currentLevel: null,
      lead: 'none', unborn: false, consentGiven: false, eventTypes: [], start: null,
    });
  });

  it('a full record: its needs, level and lead; each type of event once, in the order first seen', () => {
    const record: CaseRecord = {
      id: 'C-3', authority: 'st-helens', currentLevel: 2, lead: 'early-help-team',
      needs: { section47: 'none', section17: 'possibly-met', agencies: 2, complexity: 'additional' },
      consent: { given: true, on: '2025-01-06' }, child: { unborn: true },
      events: [
        { type: 'contact-received', on: '2025-01-06', receivedAsLevel: 2 },
        { type: 'assessment-started', on: '2025-01-07' },
        { type: 'contact-received', on: '2025-01-08', receivedAsLevel: 3 },
      ],
    };
    const { events: timeline } = caseTimeline(record.events, day('2025-01-10'));
    expect(caseFacts(record, timeline, day('2025-01-10'))).toEqual({
      section47: 'none', section17: 'possibly-met', agencies: 2, complexity: 'additional', currentLevel: 2,
      lead: 'early-help-team', unborn: true, consentGiven: true, eventTypes: ['contact-received', 'assessment-started'], start: null,
    });
  });

  it('a child record that does not say unborn: born', () => {
    const record: CaseRecord = { id: 'C-4', authority: 'england', events: [], child: { dateOfBirth: '2024-05-01' } };
    expect(caseFacts(record, [], day('2025-01-10')).unborn).toBe(false);
  });
});
