import { writeFile } from 'node:fs/promises';
import { UsageError } from './command.js';

/** Writes a page to the file the user named, or fails with a UsageError naming the file and the problem. */
export async function writePage(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
