import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    // zod bundled in: loading its many small ES modules took ~100 ms of every run's start,
    // one bundled chunk about half that. The library (above) keeps zod external.
    noExternal: ['zod'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
]);
