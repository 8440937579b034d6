/**
 * Characters a terminal acts on rather than shows: C0 controls (escape sequences, carriage
 * return, tab, line breaks), DEL, C1 controls, and the bidirectional marks and overrides that
 * can make text read other than it is stored (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069),
 * and the Unicode line and paragraph separators.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escaped = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * User data made safe to print: every control character written as its `\uXXXX` escape, so an
 * id holding an ANSI escape shows as text and cannot recolour, move or clear the terminal.
 * @example escapeControls('X-1\u001b[2J') // 'X-1\\u001b[2J'
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** A multi-line text of ours (a table, a summary) with the data in it escaped: only its own line breaks stay. */
export function terminalLines(text: string): string {
  return text.split('\n').map(escapeControls).join('\n');
}

/** The same characters, inside JSON: the text means the same value, so data stays exact. */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON that is safe in a terminal and means the same value: JSON.stringify escapes C0 controls
 * already; this escapes DEL, C1 and the bidirectional characters as `\uXXXX` too.
 * @example safeJson({ id: 'A\u202eB' }) // '{"id":"A\\u202eB"}'
 */
export function safeJson(value: unknown, indent?: number): string {
  return safeJsonText(JSON.stringify(value, null, indent));
}

/** {@link safeJson} for JSON already written: the same value, safe in a terminal. */
export function safeJsonText(json: string): string {
  return json.replace(JSON_UNSAFE, escaped);
}
