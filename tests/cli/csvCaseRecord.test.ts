import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { CSV_CASE_COLUMNS, csvCaseEntry, csvCaseLayout, csvCaseRecord } from '../../src/cli/csvCaseRecord.js';
import { evaluateEntry } from '../../src/evaluate/caseloadLines.js';
import { evaluateCase } from '../../src/evaluate/evaluateCase.js';
import { repoRoot } from '../support/sharedDir.js';

const RECORD_COLUMNS = 'id,authority,current_level,lead,team,worker,consent_given,consent_on,consent_withdrawn_on,unborn,date_of_birth,section47,section17,agencies,complexity';

/** A row of the caseload layout from column → cell, the other columns of `columns` blank. */
function row(columns: string[], cells: Record<string, string>): string[] {
  return columns.map((c) => cells[c] ?? '');
}

const BASE = { id: 'X-1', authority: 'york', current_level: '2', section47: 'none', section17: 'not-met', agencies: '1', complexity: 'additional' };

describe('the caseload CSV layout', () => {
  it('has the record columns, then per event type <type>_on, <type>_at and its attribute columns', () => {
    expect(CSV_CASE_COLUMNS.slice(0, 15).join(',')).toBe(RECORD_COLUMNS);
    expect(CSV_CASE_COLUMNS.slice(15, 21)).toEqual(['contact_received_on', 'contact_received_at', 'contact_received_level',
      'screening_completed_on', 'screening_completed_at', 'screening_completed_level']);
    for (const column of ['meeting_decided_on', 'meeting_held_on', 'meeting_held_kind', 'assessment_started_kind',
      'panel_referral_services_allocated', 'strategy_discussion_section47', 'step_up_requested_level', 'closed_on']) {
      expect(CSV_CASE_COLUMNS).toContain(column);
    }
    expect(CSV_CASE_COLUMNS).not.toContain('meeting_decided_kind'); // meeting-decided events have no kind
    // 15 record columns (team and worker among them); 25 event types; 15 of them have attributes,
    // child-protection-conference two (kind, outcome): 16 attribute columns.
    expect(CSV_CASE_COLUMNS).toHaveLength(15 + 25 * 2 + 16);
    // Every column is written as exports write them, in lower case with underscores, the new attributes too.
    expect(CSV_CASE_COLUMNS.filter((c) => !/^[a-z0-9_]+$/.test(c))).toEqual([]);
    expect(CSV_CASE_COLUMNS).toEqual(expect.arrayContaining(['referral_decision_outcome', 'section_47_concluded_conference_required',
      'child_protection_conference_outcome', 'child_protection_plan_started_on', 'child_protection_plan_ended_on']));
  });

  it('accepts a header with the required columns in any order, trimmed', () => {
    expect(csvCaseLayout([' complexity', 'agencies', 'section17', 'section47', 'current_level', 'authority', 'id ']).columns)
      .toEqual(['complexity', 'agencies', 'section17', 'section47', 'current_level', 'authority', 'id']);
  });

  it('refuses a header with unknown, repeated or missing columns, saying which', () => {
    const check = (header: string[], message: string): void => {
      expect(() => csvCaseLayout(header)).toThrow(UsageError);
      expect(() => csvCaseLayout(header)).toThrow(message);
    };
    check([...RECORD_COLUMNS.split(','), 'meeting_cancelled_on'], 'unknown column "meeting_cancelled_on" (event columns are <event_type>_on or _at');
    check([...RECORD_COLUMNS.split(','), 'closed_on', 'closed_on'], 'column given twice: closed_on');
    check(['id', 'authority'], 'missing columns current_level, section47, section17, agencies, complexity');
  });
});

describe('csvCaseRecord', () => {
  const columns = CSV_CASE_COLUMNS as string[];
  const layout = csvCaseLayout(columns);

  it('maps a row to the same case record, and the same evaluation, as the JSON example', () => {
    const json = JSON.parse(readFileSync(resolve(repoRoot, 'examples/st-helens-case.json'), 'utf8'));
    const result = csvCaseRecord(layout, row(columns, {
      id: 'SH-2025-0142', authority: 'st-helens', current_level: '2', lead: 'partner-agency', consent_given: 'TRUE',
      consent_on: '2024-12-09', unborn: 'false', date_of_birth: '2016-03-02', section47: 'none', section17: 'met', agencies: '3',
      complexity: 'multiple', contact_received_at: '2024-12-02T10:15:00Z', contact_received_level: '2',
      screening_completed_on: '2024-12-05', screening_completed_level: '2', assessment_started_on: '2024-12-09',
      assessment_started_kind: 'early-help', child_seen_alone_on: ' 2024-12-16 ; 2025-01-10 ', meeting_decided_on: '2024-12-19',
      assessment_completed_on: '2025-01-06', assessment_completed_kind: 'early-help', meeting_held_on: '2025-01-13',
      meeting_held_kind: 'initial', plan_circulated_on: '2025-01-29', plan_circulated_kind: 'initial',
    }));
    if (!('record' in result)) throw new Error(JSON.stringify(result.issues));
    // Events come in the order of the shared vocabulary: the two child-seen-alone events after the assessment completed.
    expect(result.record.events.map((e) => `${e.type} ${e.on ?? e.at}`)).toEqual([
      'contact-received 2024-12-02T10:15:00Z', 'screening-completed 2024-12-05', 'assessment-started 2024-12-09',
      'assessment-completed 2025-01-06', 'meeting-decided 2024-12-19', 'meeting-held 2025-01-13', 'plan-circulated 2025-01-29',
      'child-seen-alone 2024-12-16', 'child-seen-alone 2025-01-10',
    ]);
    expect({ ...result.record, events: [] }).toEqual({ ...json, events: [] });
    expect(evaluateCase(result.record, { asOf: '2025-02-20' })).toEqual(evaluateCase(json, { asOf: '2025-02-20' }));
  });

  it('leaves out blank cells: no consent or child when their columns are blank', () => {
    const result = csvCaseRecord(layout, row(columns, BASE));
    expect(result).toEqual({ record: { id: 'X-1', authority: 'york', currentLevel: 2,
      needs: { section47: 'none', section17: 'not-met', agencies: 1, complexity: 'additional' }, events: [] } });
  });

  it('names the column of every problem, and the entry in a column of several', () => {
    const result = csvCaseRecord(layout, row(columns, { ...BASE, current_level: 'two', consent_given: 'yes', section17: 'maybe',
      meeting_held_on: '2025-02-03;2025-02-30', meeting_held_kind: 'initial;final', closed_on: '2025-03-01', closed_at: '2025-03-02T10:00:00Z' }));
    expect(result).toEqual({ id: 'X-1', issues: [
      { path: 'current_level', message: '"two" is not a whole number' },
      { path: 'consent_given', message: '"yes" is not true or false' },
      { path: 'section17', message: 'Invalid option: expected one of "not-met"|"possibly-met"|"met"' },
      { path: 'meeting_held_on', message: 'entry 2 of 2: "2025-02-30" is not a real date written YYYY-MM-DD' },
      { path: 'meeting_held_kind', message: 'entry 2 of 2: "final" is not a possible kind of "meeting-held" ("initial", "review")' },
      { path: 'closed_at', message: 'the instant 2025-03-02T10:00:00Z falls on 2025-03-02 in England, not on 2025-03-01' },
    ] });
  });

  it('says when a required cell is blank, or a field needed by another is missing', () => {
    const result = csvCaseRecord(layout, row(columns, { ...BASE, id: '', agencies: ' ', consent_on: '2025-01-06', plan_reviewed_at: '' }));
    expect(result).toEqual({ id: null, issues: [
      { path: 'id', message: 'the cell is blank, and a case record needs this field' },
      { path: 'consent_given', message: 'the cell is blank, and a case record needs this field' },
      { path: 'agencies', message: 'the cell is blank, and a case record needs this field' },
    ] });
  });

  it('needs as many entries in each of an event type\'s columns', () => {
    const result = csvCaseRecord(layout, row(columns, { ...BASE, assessment_started_on: '2025-01-06;2025-02-03', assessment_started_kind: 'early-help' }));
    expect(result).toEqual({ id: 'X-1', issues: [{ path: 'assessment_started_kind',
      message: 'lists 1 entry, but assessment_started_on lists 2 entries: the n-th entries of an event type\'s columns make its n-th event' }] });
  });

  it('reads an event with only an attribute as one without a date, under its _on column', () => {
    const result = csvCaseRecord(layout, row(columns, { ...BASE, meeting_held_kind: 'review' }));
    expect(result).toEqual({ id: 'X-1', issues: [{ path: 'meeting_held_on', message: 'an event needs a date (on) or an instant (at)' }] });
  });

  it('rejects a row with more or fewer fields than the header', () => {
    expect(csvCaseRecord(layout, ['X-2', 'york'])).toEqual({ id: 'X-2',
      issues: [{ path: '', message: `the record has 2 fields; the header has ${columns.length}` }] });
  });

  it('in a batch, checks a row once, by the evaluator, and reports the same problems by column as csvCaseRecord', () => {
    const rows: Record<string, string>[] = [
      BASE,
      { ...BASE, section17: 'maybe', meeting_held_on: '2025-02-03;2025-02-30', meeting_held_kind: 'initial;final', closed_on: '2025-03-01', closed_at: '2025-03-02T10:00:00Z' },
      { ...BASE, current_level: 'two', consent_given: 'yes' },
      { ...BASE, id: '', agencies: ' ', consent_on: '2025-01-06' },
      { ...BASE, meeting_held_kind: 'review' },
      { ...BASE, date_of_birth: '2016-02-30' },
      { ...BASE, assessment_started_on: '2025-01-06;2025-02-03', assessment_started_kind: 'early-help' },
    ];
    for (const cells of rows) {
      const fields = row(columns, cells);
      const alone = csvCaseRecord(layout, fields);
      const entry = csvCaseEntry(layout, fields, 7);
      const outcome = evaluateEntry(entry, { asOf: '2025-03-10' });
      if ('record' in alone) {
        expect(entry).toMatchObject({ line: 7, record: alone.record });
        expect(outcome).toEqual({ line: 7, evaluation: evaluateCase(alone.record, { asOf: '2025-03-10' }) });
      } else {
        expect(outcome).toEqual({ line: 7, ...alone });
      }
    }
    // A problem only the evaluator knows (no such authority) is told as the evaluator tells it, at the authority column's name.
    const outcome = evaluateEntry(csvCaseEntry(layout, row(columns, { ...BASE, authority: 'atlantis' }), 2), { asOf: '2025-03-10' });
    expect(outcome).toMatchObject({ line: 2, id: 'X-1', issues: [{ path: 'authority' }] });
    expect('issues' in outcome && outcome.issues[0]?.message).toMatch(/atlantis/);
  });
});
