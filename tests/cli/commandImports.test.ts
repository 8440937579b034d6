import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The source files a module loads as it is imported: its static value imports and re-exports,
 * followed through the package's own files. `import type` is erased, and an `import()` is loaded
 * only when the code runs, so neither is followed.
 */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    for (const [, kind, specifier] of source.matchAll(/^(?:import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'/gm)) {
      if (kind === undefined) visit(relative(root, join(root, dirname(file), specifier as string)).replace(/\.js$/, '.ts'));
    }
    for (const [, specifier] of source.matchAll(/^import\s+'(\.[^']+)'/gm)) visit(relative(root, join(root, dirname(file), specifier as string)).replace(/\.js$/, '.ts'));
  };
  visit(entry);
  return seen;
}

describe('what a command loads as it starts', () => {
  it('evaluate, on a built-in rule set, never loads the rule file schema (about 20 ms of its start)', () => {
    const loaded = staticImports('src/cli/commands/evaluate.ts');
    expect(loaded).toContain('src/evaluate/evaluateCase.ts');
    expect(loaded).toContain('src/rules/resolveRuleSet.ts');
    expect(loaded).not.toContain('src/rules/ruleFileSchema.ts');
    expect(loaded).not.toContain('src/rules/loadRuleSet.ts');
  });

  it('nor does --rules with a built-in id: rule-file reading is imported only for a path', () => {
    const loaded = staticImports('src/cli/ruleSetArgument.ts');
    expect(loaded).toContain('src/rules/resolveRuleSet.ts');
    expect(loaded).not.toContain('src/rules/ruleFileSchema.ts');
  });

  it('calendar loads neither the rules nor the evaluator', () => {
    const loaded = [...staticImports('src/cli/commands/calendar.ts')];
    expect(loaded.filter((file) => file.startsWith('src/rules/') || file.startsWith('src/evaluate/'))).toEqual([]);
  });
});
