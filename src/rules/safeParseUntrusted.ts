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
 *
 * Without zod's eval-based fast path (`jitless`): generating it costs more than it saves on the
 * few parses a schema gets here (a rule file, a command's one case, a record before
 * `compiledParse` compiles its schema): the first evaluation of a process took about 30 ms, not 40.
 */
export function safeParseUntrusted<T>(schema: z.ZodType<T>, input: unknown):
  { success: true; data: T } | { success: false; issues: InputIssue[] } {
  try {
    const result = schema.safeParse(input, { jitless: true });
    return result.success ? { success: true, data: result.data }
      : { success: false, issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })) };
  } catch (error) {
    return { success: false, issues: [{ path: [], message: `the input cannot be read: ${error instanceof Error ? error.message : 'unknown error'}` }] };
  }
}
