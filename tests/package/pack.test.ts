import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/sharedDir.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let scratch: string;
let packedFiles: string[];

/** Packs the package as npm would publish it and installs the tarball into a scratch project. */
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'ehr-pack-'));
  const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', scratch], { cwd: repoRoot, encoding: 'utf8' })) as
    [{ filename: string; files: { path: string }[] }];
  packedFiles = packed.files.map((f) => f.path);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed.filename)], { cwd: scratch, stdio: 'ignore' });
  writeFileSync(join(scratch, 'case.json'), readFileSync(join(repoRoot, 'examples/st-helens-case.json')));
}, 180_000);

const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: scratch, encoding: 'utf8' });
const evaluation = `evaluateCase(JSON.parse(require('fs').readFileSync('case.json', 'utf8')), { asOf: '2025-02-20' })`;

describe('the packed package', () => {
  // The CLI bundles zod for a quick start; a named `import { z }` anywhere in src pulls in all 64
  // of zod's locales (about 480 KB more to compile at every start), the namespace import only
  // the English one its messages use.
  it('bundles only zod\'s English locale into the command line', () => {
    const locales = readdirSync(join(repoRoot, 'dist')).filter((f) => f.endsWith('.js'))
      .flatMap((f) => readFileSync(join(repoRoot, 'dist', f), 'utf8').match(/(?<=^\/\/ node_modules\/zod\/v4\/locales\/)\S+/gm) ?? []);
    expect(locales).toEqual(['en.js']);
  });

  it('can be imported as ESM and evaluates a case', () => {
    const out = node(['--input-type=module', '-e',
      `import { evaluateCase } from 'early-help-rules'; import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
       const r = ${evaluation}; console.log(r.deadlines.find((d) => d.id === 'family-action-meeting').due, r.recommendation.action);`]);
    expect(out.trim()).toBe('2025-01-14 step-up');
  });

  it('can be required as CommonJS and evaluates a case', () => {
    const out = node(['-e', `const { evaluateCase, addWorkingDays } = require('early-help-rules'); const r = ${evaluation};
       console.log(r.level.assessed, addWorkingDays('2024-12-19', 15));`]);
    expect(out.trim()).toBe('3 2025-01-14');
  });

  it('installs the early-help-rules bin', () => {
    const out = execFileSync(join(scratch, 'node_modules/.bin/early-help-rules'), ['evaluate', 'case.json', '--as-of', '2025-02-20'], { cwd: scratch, encoding: 'utf8' });
    expect(out).toContain('Recommendation: step-up from level 2 to level 3');
  });

  it('holds the build, the rule files and the README, and no tests or sources', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts',
      'dist/cli.js', 'rules/st-helens.json', 'rules/schema.json', 'rules/calendars/england-and-wales.json', 'README.md', 'package.json']));
    expect(packedFiles.filter((f) => /^(src|tests|bench|examples|scripts)\//.test(f) || f.endsWith('.test.ts'))).toEqual([]);
  });

  it('brings in zod, saxes (with its one dependency xmlchars) for census returns, and fastify for the serve command, at run time: the whole production tree a council installs', () => {
    const tree = JSON.parse(execFileSync(npm, ['ls', '--all', '--omit=dev', '--json'], { cwd: scratch, encoding: 'utf8' })) as
      { dependencies: Record<string, { version: string; dependencies?: Record<string, unknown> }> };
    const ours = tree.dependencies['early-help-rules'];
    const ownPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(ours?.dependencies ?? {}).sort()).toEqual(['fastify', 'saxes', 'zod']);
    const zod = ours?.dependencies?.zod as { version: string; dependencies?: Record<string, unknown> };
    expect(zod.version).toBe(ownPackage.dependencies.zod);
    expect(zod.dependencies ?? {}).toEqual({});
    const saxes = ours?.dependencies?.saxes as { version: string; dependencies?: Record<string, { dependencies?: unknown }> };
    expect(saxes.version).toBe(ownPackage.dependencies.saxes);
    expect(Object.keys(saxes.dependencies ?? {})).toEqual(['xmlchars']);
    expect(saxes.dependencies?.xmlchars?.dependencies ?? {}).toEqual({});
    const fastify = ours?.dependencies?.fastify as { version: string };
    expect(fastify.version).toBe(ownPackage.dependencies.fastify);
  });

  it('keeps fastify out of `import "early-help-rules"`: only the serve command loads it', () => {
    const loaded = node(['-e', `require('early-help-rules'); console.log(Object.keys(require.cache).filter((p) => p.includes('fastify')).length)`]);
    expect(loaded.trim()).toBe('0');
    const esm = readFileSync(join(scratch, 'node_modules/early-help-rules/dist/index.js'), 'utf8');
    expect(esm).not.toMatch(/fastify/);
    const cli = readFileSync(join(scratch, 'node_modules/early-help-rules/dist/cli.js'), 'utf8');
    expect(cli).not.toMatch(/from ['"]fastify['"]/);
  });
});
