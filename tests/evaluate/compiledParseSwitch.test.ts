/**
 * compiledParse switches from zod's parse to zod's compiled form after `after` parses, compiles
 * once, and goes back to zod's parse only for input the compiled form does not accept, so that
 * every issue is zod's own. (compiledParse.test.ts shows on 10,000 records that both paths give
 * the same answers; this file shows which path each parse takes.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { compiledParse } from '../../src/evaluate/compiledParse.js';

// z.compile as zod has it, counting the parses of each compiled form it returns.
const compiledParses = vi.hoisted(() => ({ count: 0 }));
vi.mock('zod', async (importOriginal) => {
  const actual = await importOriginal<typeof import('zod')>();
  return {
    ...actual,
    compile: vi.fn((schema: Parameters<typeof actual.compile>[0]) => {
      const compiled = actual.compile(schema);
      const form = compiled as unknown as { safeParse: (input: unknown) => unknown };
      const safeParse = form.safeParse;
      form.safeParse = (input) => { compiledParses.count += 1; return safeParse(input); };
      return compiled;
    }),
  };
});

const compile = vi.mocked(z.compile);

describe('compiledParse(schema, 2)', () => {
  beforeEach(() => { compile.mockClear(); compiledParses.count = 0; });

  it('parses twice with zod, compiles on the third parse and never again; zod parses again only what the compiled form refuses', () => {
    // `checks` counts how often a valid n is checked: once a parse on either path, twice if one
    // input were parsed by both. (A spy on the schema's safeParse would change what the
    // compiled form does: it calls that method, unbound, for the error of what it refuses.)
    let checks = 0;
    const parse = compiledParse(z.object({ n: z.number().refine(() => { checks += 1; return true; }) }), 2);
    const refused = { success: false, issues: [{ path: ['n'], message: 'Invalid input: expected number, received string' }] };
    // Parses 1 and 2: zod's own, nothing compiled.
    expect(parse({ n: 1 })).toEqual({ success: true, data: { n: 1 } });
    expect(parse({ n: 'x' })).toEqual(refused);
    expect([compile.mock.calls.length, compiledParses.count, checks]).toEqual([0, 0, 1]);
    // Parse 3, valid: compiled once, parsed by the compiled form, n checked once.
    expect(parse({ n: 3 })).toEqual({ success: true, data: { n: 3 } });
    expect([compile.mock.calls.length, compiledParses.count, checks]).toEqual([1, 1, 2]);
    // Parse 4, invalid: the compiled form refuses it; the issues are zod's, in safeParseUntrusted's shape.
    expect(parse({ n: 'y' })).toEqual(refused);
    // Parses 5 and 6, valid: the one compiled form, each n checked once.
    expect(parse({ n: 5 })).toEqual({ success: true, data: { n: 5 } });
    expect(parse({ n: 6 })).toEqual({ success: true, data: { n: 6 } });
    expect([compile.mock.calls.length, compiledParses.count, checks]).toEqual([1, 4, 4]);
  });

  it('input that throws in the compiled form is zod\'s to describe', () => {
    const parse = compiledParse(z.object({ n: z.number() }), 0);
    const hostile = { get n(): number { throw new Error('no reading n'); } };
    expect(parse(hostile)).toEqual({ success: false, issues: [{ path: [], message: 'the input cannot be read: no reading n' }] });
    expect(parse({ n: 7 })).toEqual({ success: true, data: { n: 7 } });
    expect(compile).toHaveBeenCalledTimes(1);
  });
});
