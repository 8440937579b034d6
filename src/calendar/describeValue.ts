/**
 * A value as an error message quotes it: JSON where it can be, cut short when long, and its
 * type where it cannot be written (a BigInt, a circular object), so that describing a bad input
 * can never itself throw.
 *
 * @example describeValue('2025-02-30') // '"2025-02-30"'
 * @example describeValue(10n) // 'a bigint'
 * @example describeValue(new Date(Number.NaN)) // 'an invalid Date'
 */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    if (value instanceof Date && Number.isNaN(value.getTime())) return 'an invalid Date';
    if (typeof value === 'number') return String(value); // JSON writes NaN and Infinity as null
    text = JSON.stringify(value) ?? String(value);
  } catch {
    return /^[aeiou]/.test(typeof value) ? `an ${typeof value}` : `a ${typeof value}`;
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
