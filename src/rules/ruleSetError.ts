/** One problem in a rule file: where it is (a JSON path such as `$.timescales[2].unit`) and what is wrong. */
export interface RuleSetIssue {
  path: string;
  message: string;
}

/** Formats a path of keys and indexes as a JSON path: `['timescales', 2, 'unit']` → `$.timescales[2].unit`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${text}.${String(key)}` : `${text}[${JSON.stringify(String(key))}]`), '$');
}

/** A rule file that cannot be used, with every problem found in it. */
export class RuleSetError extends Error {
  override readonly name = 'RuleSetError';
  constructor(readonly ruleSetId: string, readonly issues: readonly RuleSetIssue[]) {
    super(`Rule set ${ruleSetId} is invalid:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  }
}
