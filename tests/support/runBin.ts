import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './sharedDir.js';

/** The built command line, as `npx early-help-rules` runs it. `npm test` builds it first. */
export const BIN = resolve(repoRoot, 'dist/cli.js');

export interface BinRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `early-help-rules` bin with arguments and optional standard input. */
export function runBin(args: readonly string[], options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): BinRun {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build (npm test does)`);
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? repoRoot, input: options.input, encoding: 'utf8', env: { ...process.env, ...options.env },
    maxBuffer: 512 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
