/**
 * A value as an error message quotes it: JSON where it can be, cut short when long, and its
 * type where it cannot be written (a BigInt, a circular object), so that describing a bad input
 * can never itself throw.
 *
 * @example describeValue('2025-02-30') // '"2025-02-30"'
 * @example describeValue(10n) // 'a bigint'
 */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    return `a ${typeof value}`;
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
