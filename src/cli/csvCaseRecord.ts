import type { z } from 'zod';
import { CaseRecordSchema, type CaseRecord } from '../evaluate/caseRecord.js';
import { recordPath, type CaseRecordIssue } from '../evaluate/caseRecordError.js';
import type { CaseloadEntry } from '../evaluate/caseloadLines.js';
import { EVENT_TYPES, EVENT_TYPE_NAMES, type EventType } from '../rules/eventTypes.js';
import { UsageError } from './command.js';

/** How a cell is read: as written, as a whole number, or as true/false. */
type CellKind = 'text' | 'integer' | 'boolean';

interface RecordColumn {
  column: string;
  /** Where the value goes in the case record. */
  path: readonly string[];
  kind: CellKind;
  required: boolean;
}

/** The columns of a case record's own fields, in the documented order. */
const RECORD_COLUMNS: readonly RecordColumn[] = [
  { column: 'id', path: ['id'], kind: 'text', required: true },
  { column: 'authority', path: ['authority'], kind: 'text', required: true },
  { column: 'current_level', path: ['currentLevel'], kind: 'integer', required: true },
  { column: 'lead', path: ['lead'], kind: 'text', required: false },
  { column: 'team', path: ['team'], kind: 'text', required: false },
  { column: 'worker', path: ['worker'], kind: 'text', required: false },
  { column: 'consent_given', path: ['consent', 'given'], kind: 'boolean', required: false },
  { column: 'consent_on', path: ['consent', 'on'], kind: 'text', required: false },
  { column: 'consent_withdrawn_on', path: ['consent', 'withdrawnOn'], kind: 'text', required: false },
  { column: 'unborn', path: ['child', 'unborn'], kind: 'boolean', required: false },
  { column: 'date_of_birth', path: ['child', 'dateOfBirth'], kind: 'text', required: false },
  { column: 'section47', path: ['needs', 'section47'], kind: 'text', required: true },
  { column: 'section17', path: ['needs', 'section17'], kind: 'text', required: true },
  { column: 'agencies', path: ['needs', 'agencies'], kind: 'integer', required: true },
  { column: 'complexity', path: ['needs', 'complexity'], kind: 'text', required: true },
];

/** The column suffix of each event attribute: the level attributes are all `_level`, as exports write them. */
const ATTRIBUTE_SUFFIX: Record<string, string> = {
  kind: 'kind', receivedAsLevel: 'level', outcomeLevel: 'level', toLevel: 'level',
  servicesAllocated: 'services_allocated', section47: 'section47', conferenceRequired: 'conference_required',
};

interface EventColumn {
  column: string;
  type: EventType;
  /** The event field the column fills: `on`, `at` or an attribute. */
  field: string;
  kind: CellKind;
}

/** Per event type: `<type>_on` (dates), `<type>_at` (instants), then one column per attribute. */
const EVENT_COLUMNS: readonly EventColumn[] = EVENT_TYPE_NAMES.flatMap((type) => {
  const prefix = type.replaceAll('-', '_');
  const attributes: Record<string, readonly unknown[]> = EVENT_TYPES[type].attributes;
  return [
    { column: `${prefix}_on`, type, field: 'on', kind: 'text' as const },
    { column: `${prefix}_at`, type, field: 'at', kind: 'text' as const },
    ...Object.entries(attributes).map(([name, values]) => ({
      column: `${prefix}_${ATTRIBUTE_SUFFIX[name] ?? name}`, type, field: name,
      kind: typeof values[0] === 'number' ? 'integer' as const : typeof values[0] === 'boolean' ? 'boolean' as const : 'text' as const,
    })),
  ];
});

/** Every column a caseload CSV may have, in the documented order. */
export const CSV_CASE_COLUMNS: readonly string[] = [...RECORD_COLUMNS, ...EVENT_COLUMNS].map((c) => c.column);

const COLUMNS = new Map<string, RecordColumn | EventColumn>([...RECORD_COLUMNS, ...EVENT_COLUMNS].map((c) => [c.column, c]));

/** Where a column sits in the rows of one CSV. */
interface Placed<C> {
  column: C;
  index: number;
}

/** What each position of a caseload CSV holds, read from its header row once for all its rows. */
export interface CsvCaseLayout {
  columns: readonly string[];
  /** The record columns the header has, in the documented order. */
  record: readonly Placed<RecordColumn>[];
  /** Per event type the header has columns for, in the order of the shared vocabulary: its columns, `_on` first. */
  events: readonly { type: EventType; columns: readonly Placed<EventColumn>[] }[];
}

/**
 * Checks a caseload CSV's header row: every column known, none twice, the required ones there.
 * Columns may come in any order and optional ones may be left out.
 * @throws UsageError naming the columns at fault: a file with another layout cannot be read at all.
 */
export function csvCaseLayout(header: readonly string[]): CsvCaseLayout {
  const columns = header.map((h) => h.trim());
  const problems: string[] = [];
  const unknown = columns.filter((c) => !COLUMNS.has(c));
  if (unknown.length > 0) {
    problems.push(`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => JSON.stringify(c)).join(', ')} `
      + `(event columns are <event_type>_on or _at, with _kind, _level, _services_allocated or _section47 where the event has one; event types: ${EVENT_TYPE_NAMES.map((t) => t.replaceAll('-', '_')).join(', ')})`);
  }
  const twice = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (twice.length > 0) problems.push(`column${twice.length > 1 ? 's' : ''} given twice: ${[...new Set(twice)].join(', ')}`);
  const missing = RECORD_COLUMNS.filter((c) => c.required && !columns.includes(c.column)).map((c) => c.column);
  if (missing.length > 0) problems.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (problems.length > 0) throw new UsageError(`the CSV header does not follow the caseload layout: ${problems.join('; ')}`);
  const placed = <C extends { column: string }>(list: readonly C[]): Placed<C>[] => list
    .map((column) => ({ column, index: columns.indexOf(column.column) })).filter((c) => c.index !== -1);
  const events = EVENT_TYPE_NAMES.map((type) => ({ type, columns: placed(EVENT_COLUMNS.filter((c) => c.type === type)) }))
    .filter((e) => e.columns.length > 0);
  return { columns, record: placed(RECORD_COLUMNS), events };
}

/** A cell as a value of its kind, or the problem with it. */
function readCell(text: string, kind: CellKind): { value: string | number | boolean } | { problem: string } {
  if (kind === 'integer') return /^[+-]?\d+$/.test(text) ? { value: Number(text) } : { problem: `${JSON.stringify(text)} is not a whole number` };
  if (kind === 'boolean') {
    const lower = text.toLowerCase();
    return lower === 'true' || lower === 'false' ? { value: lower === 'true' } : { problem: `${JSON.stringify(text)} is not true or false` };
  }
  return { value: text };
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  const last = path.length - 1;
  for (let i = 0; i < last; i += 1) node = (node[path[i] as string] ??= {}) as Record<string, unknown>;
  node[path[last] as string] = value;
}

const entriesText = (n: number): string => `${n} ${n === 1 ? 'entry' : 'entries'}`;

function entryMessage(entry: number, entries: number, message: string): string {
  return entries > 1 ? `entry ${entry + 1} of ${entries}: ${message}` : message;
}

/** Where an event of the record came from: its type, and its entry among the entries of that type's columns. */
interface EventOrigin {
  type: EventType;
  entry: number;
  entries: number;
}

export type CsvCaseResult = { record: CaseRecord } | { id: string | null; issues: CaseRecordIssue[] };

/** A row read into a record not yet checked against the record schema, with what it needs to tell that check's issues by column. */
interface RowReading {
  id: string | null;
  record: Record<string, unknown>;
  /** The cells that could not be read as their kind. */
  issues: CaseRecordIssue[];
  /** The row's trimmed cell under a column, '' when it is blank or the header has no such column. */
  cell: (column: string) => string;
  origins: EventOrigin[];
}

/** Reads one CSV row into a record; only a row of the wrong length cannot be read at all. */
function readRow(layout: CsvCaseLayout, fields: readonly string[]): RowReading | { id: string | null; issues: CaseRecordIssue[] } {
  const at = (index: number): string => (fields[index] ?? '').trim();
  const cell = (column: string): string => {
    const index = layout.columns.indexOf(column);
    return index === -1 ? '' : at(index);
  };
  const id = cell('id') || null;
  if (fields.length !== layout.columns.length) {
    return { id, issues: [{ path: '', message: `the record has ${fields.length} fields; the header has ${layout.columns.length}` }] };
  }
  const issues: CaseRecordIssue[] = [];
  const record: Record<string, unknown> = { needs: {}, events: [] };

  for (const { column, index } of layout.record) {
    const text = at(index);
    if (!text) continue;
    const read = readCell(text, column.kind);
    if ('problem' in read) issues.push({ path: column.column, message: read.problem });
    else setPath(record, column.path, read.value);
  }

  const events: Record<string, unknown>[] = [];
  const origins: EventOrigin[] = [];
  for (const { type, columns } of layout.events) {
    const lists: { column: EventColumn; entries: string[] }[] = [];
    for (const { column, index } of columns) {
      const text = at(index);
      if (text) lists.push({ column, entries: text.includes(';') ? text.split(';').map((e) => e.trim()) : [text] });
    }
    const [first] = lists;
    if (!first) continue;
    const count = first.entries.length;
    const uneven = lists.filter((list) => list.entries.length !== count);
    for (const { column, entries } of uneven) {
      issues.push({ path: column.column, message: `lists ${entriesText(entries.length)}, but ${first.column.column} lists ${entriesText(count)}: the n-th entries of an event type's columns make its n-th event` });
    }
    if (uneven.length > 0) continue;
    for (let entry = 0; entry < count; entry += 1) {
      const event: Record<string, unknown> = { type };
      for (const { column, entries } of lists) {
        const text = entries[entry] as string;
        if (text === '') continue;
        const read = readCell(text, column.kind);
        if ('problem' in read) issues.push({ path: column.column, message: entryMessage(entry, count, read.problem) });
        else event[column.field] = read.value;
      }
      events.push(event);
      origins.push({ type, entry, entries: count });
    }
  }
  record.events = events;
  return { id, record, issues, cell, origins };
}

/** A read row checked against {@link CaseRecordSchema}: the record, or every problem by column. */
function checkRow({ id, record, issues, cell, origins }: RowReading): CsvCaseResult {
  const parsed = CaseRecordSchema.safeParse(record);
  if (parsed.success && issues.length === 0) return { record: parsed.data };
  // A cell that could not be read has said why; zod would only add that its field is missing.
  const unread = new Set(issues.map((i) => i.path));
  const schemaIssues = parsed.success ? [] : parsed.error.issues.map((issue) => columnIssue(issue, cell, origins));
  return { id, issues: [...issues, ...schemaIssues.filter((i) => !unread.has(i.path))] };
}

/**
 * One CSV row as a case record, validated with {@link CaseRecordSchema}; every problem names
 * its column (and, in a column holding several `;`-separated entries, which entry). Cells are
 * trimmed and a blank cell leaves its field out. The n-th entries of one event type's columns
 * make its n-th event; events are listed in the order of the shared vocabulary.
 */
export function csvCaseRecord(layout: CsvCaseLayout, fields: readonly string[]): CsvCaseResult {
  const reading = readRow(layout, fields);
  return 'record' in reading ? checkRow(reading) : reading;
}

/**
 * One CSV row as a caseload entry, read as {@link csvCaseRecord} reads it but, when every cell
 * could be read, checked only once: by the evaluator, as any record is. Should the evaluator
 * reject it, the entry explains why by column, as {@link csvCaseRecord} would have; an issue of
 * the evaluator's own (an unknown authority) stays as the evaluator gave it.
 */
export function csvCaseEntry(layout: CsvCaseLayout, fields: readonly string[], line: number): CaseloadEntry {
  const reading = readRow(layout, fields);
  if (!('record' in reading)) return { line, ...reading };
  if (reading.issues.length > 0) return { line, ...(checkRow(reading) as { id: string | null; issues: CaseRecordIssue[] }) };
  return { line, record: reading.record, explain: (issues) => {
    const checked = checkRow(reading);
    return 'issues' in checked ? checked.issues : issues;
  } };
}

/** A zod issue about the built record, told in terms of the CSV's columns. */
function columnIssue(issue: z.core.$ZodIssue, cell: (column: string) => string, origins: readonly EventOrigin[]): CaseRecordIssue {
  const [first, index, field = 'on'] = issue.path;
  if (first === 'events' && typeof index === 'number') {
    const origin = origins[index] as EventOrigin;
    const column = EVENT_COLUMNS.find((c) => c.type === origin.type && c.field === field)
      ?? EVENT_COLUMNS.find((c) => c.type === origin.type) as EventColumn;
    return { path: column.column, message: entryMessage(origin.entry, origin.entries, issue.message) };
  }
  const key = issue.path.join('.');
  const column = RECORD_COLUMNS.find((c) => c.path.join('.') === key);
  if (!column) return { path: recordPath(issue.path), message: issue.message };
  const blank = issue.code === 'invalid_type' && !cell(column.column);
  return { path: column.column, message: blank ? 'the cell is blank, and a case record needs this field' : issue.message };
}
