/** The case's events as the evaluator reads them: in order, each counted once, with what they imply. */
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/calendar/dayNumber.js';
import { caseTimeline } from '../../src/evaluate/caseTimeline.js';
import type { CaseEvent } from '../../src/evaluate/caseRecord.js';

const read = (events: object[]) => caseTimeline(events as CaseEvent[], toDayNumber('2025-12-31'));
const order = (events: object[]): number[] => read(events).events.map((e) => e.index);

describe('caseTimeline, the order of one day', () => {
  it('events of two types on one day are read in the vocabulary\'s order, not by their names as text', () => {
    // The vocabulary lists contact-received (0), screening-completed (1), referral-received (2) … closed (last);
    // as text 'closed' < 'contact-received' and 'referral-received' < 'screening-completed', the other way round.
    const on = '2025-01-06';
    expect(order([{ type: 'referral-received', on }, { type: 'screening-completed', on, outcomeLevel: 3 }])).toEqual([1, 0]);
    expect(order([{ type: 'closed', on }, { type: 'contact-received', on }])).toEqual([1, 0]);
    expect(order([{ type: 'contact-received', on }, { type: 'closed', on }])).toEqual([0, 1]);
  });

  it('events of one type on one day: a date alone first (the day\'s start), then by instant, whatever the record\'s order', () => {
    // Mon 6 Jan 2025 is GMT: 15:00Z is 3 pm, 09:00Z 9 am in England.
    expect(order([{ type: 'contact-received', at: '2025-01-06T15:00:00Z' }, { type: 'contact-received', at: '2025-01-06T09:00:00Z' },
      { type: 'contact-received', on: '2025-01-06' }])).toEqual([2, 1, 0]);
    expect(order([{ type: 'contact-received', on: '2025-01-06' }, { type: 'contact-received', at: '2025-01-06T09:00:00Z' },
      { type: 'contact-received', at: '2025-01-06T15:00:00Z' }])).toEqual([0, 1, 2]);
  });

  it('events of one type on one day with no instant are read by their attributes, whatever the record\'s order', () => {
    // By kind, as text: child-and-family, early-help, gcp2, pre-birth.
    const started = (kind: string) => ({ type: 'assessment-started', on: '2025-01-06', kind });
    expect(order([started('early-help'), started('pre-birth'), started('gcp2'), started('child-and-family')])).toEqual([3, 0, 2, 1]);
    expect(order([started('pre-birth'), started('child-and-family'), started('gcp2'), started('early-help')])).toEqual([1, 3, 2, 0]);
  });

  it('two review conferences on one day, one with an outcome: a warning names the same one whichever is listed first', () => {
    // Found by the any-order property: the end-before-start warning named the first of the two in the record.
    // An attribute absent sorts before one present (`|kind=review` before `|kind=review|outcome=plan`).
    const review = { type: 'child-protection-conference', on: '2024-03-14', kind: 'review' };
    const withPlan = { ...review, outcome: 'plan' };
    expect(order([review, withPlan])).toEqual([0, 1]);
    expect(order([withPlan, review])).toEqual([1, 0]);
  });
});

describe('caseTimeline, duplicates', () => {
  it('two events of one type and day that differ only in an attribute are both counted', () => {
    const timeline = read([{ type: 'assessment-started', on: '2025-01-06', kind: 'early-help' },
      { type: 'assessment-started', on: '2025-01-06', kind: 'child-and-family' }]);
    expect(timeline.duplicates).toEqual([]);
    expect(timeline.events.map((e) => [e.index, (e.event as { kind?: string }).kind])).toEqual([[1, 'child-and-family'], [0, 'early-help']]);
  });

  it('the same type, day and attributes is a duplicate, whatever its note', () => {
    const timeline = read([{ type: 'assessment-started', on: '2025-01-06', kind: 'early-help' },
      { type: 'assessment-started', on: '2025-01-06', kind: 'early-help', note: 'again' }]);
    expect(timeline.duplicates.map((d) => [d.index, d.firstIndex])).toEqual([[1, 0]]);
  });
});

describe('caseTimeline, implied events', () => {
  const conference = { type: 'child-protection-conference', on: '2025-01-06', kind: 'initial', outcome: 'plan' };
  const read3 = (events: object[]) => read(events).events.map((e) => [e.type, e.date, e.implied]);

  it('an initial conference that makes a plan implies the plan started that day', () => {
    expect(read3([conference])).toEqual([['child-protection-conference', '2025-01-06', false], ['child-protection-plan-started', '2025-01-06', true]]);
  });

  it('not when a plan start is recorded that day; a start recorded on another day does not stand for it', () => {
    expect(read3([conference, { type: 'child-protection-plan-started', on: '2025-01-06' }]))
      .toEqual([['child-protection-conference', '2025-01-06', false], ['child-protection-plan-started', '2025-01-06', false]]);
    expect(read3([conference, { type: 'child-protection-plan-started', on: '2025-01-07' }]))
      .toEqual([['child-protection-conference', '2025-01-06', false], ['child-protection-plan-started', '2025-01-06', true],
        ['child-protection-plan-started', '2025-01-07', false]]);
  });
});
