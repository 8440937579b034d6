import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repo's root. */
export const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');

/**
 * The project's shared folder (council documents, published bank holidays): it sits beside
 * the repo, here and in CI. SHARED_DIR overrides it.
 */
export const sharedDir = process.env.SHARED_DIR ?? resolve(repoRoot, '../shared');

if (!existsSync(resolve(sharedDir, 'SOURCES.md'))) {
  throw new Error(`The shared folder with the source documents is not at ${sharedDir}: set SHARED_DIR`);
}
