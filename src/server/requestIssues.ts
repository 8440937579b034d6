import type { CaseRecordIssue } from '../evaluate/caseRecordError.js';

/**
 * A request the server refuses, with every problem in it: answered with its status and
 * `{ issues: [{ path, message }] }`, the shape of the library's own errors.
 */
export class RequestIssuesError extends Error {
  override readonly name = 'RequestIssuesError';
  constructor(readonly statusCode: number, readonly issues: readonly CaseRecordIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '));
  }
}
