/**
 * Properties of warnings and of closed cases over generated case histories (issue 10): a
 * duplicate changes no deadline and adds exactly one warning; events after the as-of date
 * change nothing; no closed case has overdue work in the caseload report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseloadReportBuilder } from '../../src/pages/caseloadReport.js';
import { evaluateCase, londonDate, type CaseRecordInput, type Evaluation } from '../../src/index.js';
import { caseArb, isoDateIn, PROCESS_TYPES } from './arbitraries.js';
import type { EventInput } from './caseBuilder.js';

const FROM = '2023-06-01';
const TO = '2025-04-30';
const AUTHORITIES = ['st-helens', 'warrington', 'york', 'sefton'];
const dateOf = (event: EventInput): string => event.on ?? londonDate(event.at as string);

const casesAndDates = fc.tuple(caseArb(AUTHORITIES, FROM, TO, 20, PROCESS_TYPES), isoDateIn(FROM, TO));

describe('duplicates', () => {
  it('adding an exact copy of any event read as of the date changes no deadline and adds exactly one warning', () => {
    fc.assert(fc.property(casesAndDates, fc.nat(), ([record, asOf], pick) => {
      const visible = record.events.map((e, i) => [e, i] as const).filter(([e]) => dateOf(e) <= asOf);
      fc.pre(visible.length > 0);
      const [copied] = visible[pick % visible.length] as readonly [EventInput, number];
      const before = evaluateCase(record, { asOf });
      const after = evaluateCase({ ...record, events: [...record.events, structuredClone(copied)] }, { asOf });
      expect(after.deadlines).toEqual(before.deadlines);
      expect(after.flags).toEqual(before.flags);
      // The copy is last in the record, so its warning comes last.
      expect(after.warnings.slice(0, -1)).toEqual(before.warnings);
      expect(after.warnings.at(-1)).toMatchObject({ code: 'duplicate-event', path: `events[${record.events.length}]` });
    }), { numRuns: 150 });
  });
});

describe('events after the as-of date', () => {
  it('removing them changes nothing (warning paths follow the events they point to)', () => {
    fc.assert(fc.property(casesAndDates, ([record, asOf]) => {
      const kept = record.events.map((e, i) => [e, i] as const).filter(([e]) => dateOf(e) <= asOf);
      const reduced = evaluateCase({ ...record, events: kept.map(([e]) => e) }, { asOf });
      // Point the reduced record's warnings back at the same events in the full record.
      const repoint = (text: string): string => text.replace(/events\[(\d+)\]/g, (_, i: string) => `events[${kept[Number(i)]?.[1]}]`);
      const restored: Evaluation = { ...reduced, warnings: reduced.warnings.map((w) => ({ ...w, path: repoint(w.path), message: repoint(w.message) })) };
      expect(restored).toEqual(evaluateCase(record, { asOf }));
    }), { numRuns: 150 });
  });
});

describe('the order of the record', () => {
  it('listing the events in any order changes nothing (warning paths follow the events they point to)', () => {
    // Exports list events by type or by id as often as by time; a CSV row keeps no order at all.
    // Events crowded into a fortnight, so that many share a day.
    const crowded = fc.tuple(caseArb(AUTHORITIES, '2024-03-04', '2024-03-15', 20, PROCESS_TYPES), isoDateIn('2024-03-04', '2024-06-30'));
    const distinctEvents = crowded.filter(([record]) => new Set(record.events.map((e) => JSON.stringify(e))).size === record.events.length);
    fc.assert(fc.property(distinctEvents, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), ([record, asOf], keys) => {
      const order = record.events.map((_, i) => [i, keys.next().value as number] as const).sort((a, b) => a[1] - b[1]).map(([i]) => i);
      const shuffled = evaluateCase({ ...record, events: order.map((i) => record.events[i] as EventInput) }, { asOf });
      const repoint = (text: string): string => text.replace(/events\[(\d+)\]/g, (_, i: string) => `events[${order[Number(i)]}]`);
      const byPath = (a: Evaluation['warnings'][number], b: Evaluation['warnings'][number]): number =>
        a.path.localeCompare(b.path) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
      const original = evaluateCase(record, { asOf });
      expect({ ...shuffled, warnings: shuffled.warnings.map((w) => ({ ...w, path: repoint(w.path), message: repoint(w.message) })).sort(byPath) })
        .toEqual({ ...original, warnings: [...original.warnings].sort(byPath) });
    }), { numRuns: 300 });
  });
});

describe('closed cases', () => {
  /** A generated case closed on a day from its last event read to the as-of date. */
  const closedCase = fc.tuple(casesAndDates, fc.nat()).map(([[record, asOf], n]): [CaseRecordInput, string] => {
    const visible = record.events.filter((e) => dateOf(e) <= asOf && e.type !== 'closed');
    const last = visible.map(dateOf).sort().at(-1) ?? FROM;
    const days = Math.round((Date.parse(asOf) - Date.parse(last)) / 86_400_000);
    const closedOn = new Date(Date.parse(last) + (n % (days + 1)) * 86_400_000).toISOString().slice(0, 10);
    return [{ ...record, events: [...visible, { type: 'closed', on: closedOn }] }, asOf];
  });

  it('no closed case has open or overdue work, nor appears in the report\'s overdue list', () => {
    fc.assert(fc.property(fc.array(fc.tuple(closedCase, fc.boolean()), { minLength: 1, maxLength: 6 }), (cases) => {
      const asOf = TO;
      const report = new CaseloadReportBuilder(asOf);
      const closedIds = new Set<string>();
      cases.forEach(([[record], closeIt], i) => {
        const caseRecord = { ...record, id: `CASE-${i}`, events: closeIt ? record.events : record.events.filter((e) => e.type !== 'closed') };
        const result = evaluateCase(caseRecord, { asOf });
        if (result.closedOn !== null) {
          closedIds.add(result.caseId);
          for (const d of result.deadlines) expect(['met', 'met-late', 'not-required', 'closed-unmet']).toContain(d.status);
          expect(result.flags.filter((f) => f.deadlineId !== null)).toEqual([]);
        }
        report.add(i + 1, result);
      });
      const { overdue } = report.report({ read: cases.length, evaluated: cases.length, rejected: 0 });
      expect(overdue.filter((o) => closedIds.has(o.caseId))).toEqual([]);
    }), { numRuns: 100 });
  });
});
