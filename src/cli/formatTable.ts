import { escapeControls } from './terminalText.js';

/** Rows of text as aligned columns, for the terminal; control characters in a cell are shown escaped. */
export function formatTable(header: readonly string[], data: readonly (readonly string[])[], indent = '  '): string {
  const rows = data.map((row) => row.map(escapeControls));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    indent + cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
