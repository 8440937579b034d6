/**
 * A citation's line numbers as a reader says them: one line or a range.
 * @example sourceLines('293') // 'line 293'
 * @example sourceLines('317-321') // 'lines 317-321'
 */
export function sourceLines(lines: string): string {
  return /^\d+$/.test(lines) ? `line ${lines}` : `lines ${lines}`;
}
