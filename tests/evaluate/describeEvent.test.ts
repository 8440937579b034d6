/**
 * How warnings and the rule book name events: a rule set's own term, else the shared name with
 * its hyphens spelt as spaces; a match's attribute values in brackets; an event's kind and day.
 */
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/calendar/dayNumber.js';
import type { TimelineEvent } from '../../src/evaluate/caseTimeline.js';
import { describeEvent, describeMatch, eventDatePath, eventName } from '../../src/evaluate/describeEvent.js';
import type { CaseEvent } from '../../src/evaluate/caseRecord.js';
import { loadRuleSet } from '../../src/rules/loadRuleSet.js';

/** A timeline event as caseTimeline makes it from `event`, the record's `index`-th event. */
function timelineEvent(event: CaseEvent, index: number): TimelineEvent {
  const date = event.on ?? (event.at as string).slice(0, 10);
  const epochMs = event.at === undefined ? undefined : Date.parse(event.at);
  return { type: event.type, at: event.at, date, day: toDayNumber(date), epochMs, event, index, implied: false } as TimelineEvent;
}

describe('eventName', () => {
  it("is the rule set's own term where it has one (rules/st-helens.json vocabulary)", () => {
    expect(eventName(loadRuleSet('st-helens'), 'closed')).toBe('EHAT record closed');
  });

  it('else the shared name, hyphens as spaces: neither York nor the national base names a child seen alone', () => {
    expect(eventName(loadRuleSet('york'), 'child-seen-alone')).toBe('child seen alone');
  });
});

describe('describeMatch', () => {
  it('an event alone, or with an empty where, is its name', () => {
    expect(describeMatch({ event: 'strategy-discussion' })).toBe('strategy discussion');
    expect(describeMatch({ event: 'strategy-discussion', where: {} })).toBe('strategy discussion');
  });

  it('attribute values in brackets: "or" between values, a comma between attributes', () => {
    expect(describeMatch({ event: 'referral-decision', where: { outcome: ['assessment'] } })).toBe('referral decision (outcome assessment)');
    expect(describeMatch({ event: 'child-protection-conference', where: { kind: ['initial', 'review'], outcome: ['plan'] } }))
      .toBe('child protection conference (kind initial or review, outcome plan)');
  });
});

describe('describeEvent and eventDatePath', () => {
  it('an event with a kind, by its date: 4 Mar 2022 was a Friday', () => {
    const event = timelineEvent({ type: 'child-protection-conference', on: '2022-03-04', kind: 'initial', outcome: 'plan' } as CaseEvent, 3);
    expect(describeEvent(event)).toBe('child protection conference (initial) on Fri 4 Mar 2022');
    expect(eventDatePath(event)).toBe('events[3].on');
  });

  it('an event with no kind, recorded by its instant: with its London time, and its path is "at"; 6 Jan 2025 was a Monday', () => {
    const event = timelineEvent({ type: 'strategy-discussion', at: '2025-01-06T10:30:00Z', section47: true } as CaseEvent, 0);
    expect(describeEvent(event)).toBe('strategy discussion on Mon 6 Jan 2025 10:30');
    expect(eventDatePath(event)).toBe('events[0].at');
  });

  it('an instant in summer is told in British Summer Time: 09:05 UTC on Mon 7 Jul 2025 is 10:05 in London', () => {
    const event = timelineEvent({ type: 'contact-received', at: '2025-07-07T09:05:00Z', receivedAsLevel: 2 } as CaseEvent, 1);
    expect(describeEvent(event)).toBe('contact received on Mon 7 Jul 2025 10:05');
  });
});
