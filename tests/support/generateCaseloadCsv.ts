import { CSV_CASE_COLUMNS } from '../../src/cli/csvCaseRecord.js';
import { formatCsvLine } from '../../src/cli/csvLine.js';
import { generatedCaseLine } from './generateCaseload.js';

type Json = Record<string, unknown>;

/** The column of an event field in the caseload CSV layout: `on`, `at`, or the attribute's suffix. */
const SUFFIX: Record<string, string> = { receivedAsLevel: 'level', outcomeLevel: 'level', toLevel: 'level', servicesAllocated: 'services_allocated',
  conferenceRequired: 'conference_required' };

/** A record's cells by column, the case system's export of it: events of one type share columns, `;` between them. */
function cells(record: Json): Map<string, string> {
  const row = new Map<string, string>();
  const put = (column: string, value: unknown): void => {
    if (!CSV_CASE_COLUMNS.includes(column)) throw new Error(`no CSV column ${column}`);
    row.set(column, String(value));
  };
  for (const [key, value] of Object.entries(record)) {
    if (key === 'events') continue;
    const column = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (value !== null && typeof value === 'object') {
      for (const [field, inner] of Object.entries(value)) put(key === 'needs' || key === 'child' ? column(field) : `${column(key)}_${column(field)}`, inner);
    } else put(column(key), value);
  }
  const events = record.events as Json[];
  for (const type of new Set(events.map((e) => e.type as string))) {
    const ofType = events.filter((e) => e.type === type);
    const fields = new Set(ofType.flatMap((e) => Object.keys(e).filter((k) => k !== 'type')));
    for (const field of fields) {
      put(`${type.replaceAll('-', '_')}_${SUFFIX[field] ?? field}`, ofType.map((e) => (e[field] === undefined ? '' : String(e[field]))).join(';'));
    }
  }
  return row;
}

/** The columns the generated caseload fills (those of its ten templates), in the documented order. */
export const GENERATED_CSV_COLUMNS: readonly string[] = (() => {
  const used = new Set(Array.from({ length: 10 }, (_, i) => [...cells(JSON.parse(generatedCaseLine(i)) as Json).keys()]).flat());
  return CSV_CASE_COLUMNS.filter((c) => used.has(c));
})();

/**
 * The i-th record of the generated caseload ({@link generatedCaseLine}) as a row of the caseload
 * CSV layout under the header {@link GENERATED_CSV_COLUMNS}, without its line break.
 * @example generatedCaseCsvRow(0) // 'SH-2025-0142-0,st-helens,2,partner-agency,,,true,2024-12-09,…'
 */
export function generatedCaseCsvRow(i: number): string {
  const row = cells(JSON.parse(generatedCaseLine(i)) as Json);
  return formatCsvLine(GENERATED_CSV_COLUMNS.map((c) => row.get(c) ?? ''));
}
