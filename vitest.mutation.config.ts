import { statSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.js';

/**
 * Smallest test files first. Stryker stops a mutant's run at its first failing test, and the
 * small files are the unit tests that kill most mutants; the large property files come last.
 */
class SmallestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => statSync(a.moduleId).size - statSync(b.moduleId).size);
  }
}

/**
 * The suite as `npm run mutation` runs it: every test that imports the source, none that runs
 * the built bin or packs the package. Those test `dist/`, which Stryker never mutates (and its
 * sandbox has no build), so they could kill no mutant and would only slow every run.
 * MUTATION_TESTS narrows it to one folder or file of tests (e.g. `tests/calendar`) for a quicker
 * run on one target; the score can then only be lower than with the whole suite.
 */
const only = process.env.MUTATION_TESTS;

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    ...(only === undefined ? {} : { include: [only.endsWith('.ts') ? only : `${only}/**/*.test.ts`] }),
    exclude: [
      'tests/package/**',
      'tests/cli/{batch,calendar,evaluate,explain,ics,report,validate}.test.ts',
    ],
    sequence: { sequencer: SmallestFirst },
    // Stryker's instrumented source counts every statement per test: the property tests over
    // every clock change 1972–2200 take minutes, not seconds, in its first run.
    testTimeout: 900_000,
  },
});
