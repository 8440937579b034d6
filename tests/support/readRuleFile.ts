import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './sharedDir.js';

/** A shipped rule file as written (before `extends` is resolved), e.g. `readRuleFile('york')`. */
export function readRuleFile(id: string): { timescales?: { id: string }[] } {
  return JSON.parse(readFileSync(resolve(repoRoot, 'rules', `${id}.json`), 'utf8')) as { timescales?: { id: string }[] };
}
