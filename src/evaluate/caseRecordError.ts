/** One problem with a case record: where (e.g. `events[2].on`) and what. */
export interface CaseRecordIssue {
  path: string;
  message: string;
}

/** A case record that cannot be evaluated, with every problem found in it. */
export class CaseRecordError extends Error {
  override readonly name = 'CaseRecordError';
  constructor(readonly caseId: string | null, readonly issues: readonly CaseRecordIssue[]) {
    super(`Case ${caseId ?? '(no id)'} cannot be evaluated:\n${issues.map((i) => `  ${i.path || '(record)'}: ${i.message}`).join('\n')}`);
  }
}

/** A key path as a case system writes it: `['events', 2, 'on']` → `events[2].on`. */
export function recordPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}
