import type { z } from 'zod';

/** One problem found in untrusted input: where, and what. */
export interface InputIssue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * zod's `safeParse` for input from outside, which must end in data or issues. zod itself can
 * throw on values JSON never makes, such as a `length` that is an object with no prototype
 * (it compares lengths even after a type error); that too becomes an issue here.
 */
export function safeParseUntrusted<T>(schema: z.ZodType<T>, input: unknown):
  { success: true; data: T } | { success: false; issues: InputIssue[] } {
  try {
    const result = schema.safeParse(input);
    return result.success ? { success: true, data: result.data }
      : { success: false, issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })) };
  } catch (error) {
    return { success: false, issues: [{ path: [], message: `the input cannot be read: ${error instanceof Error ? error.message : 'unknown error'}` }] };
  }
}
