import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recordPath } from '../evaluate/caseRecordError.js';
import { GoldenCaseSchema, type GoldenCase } from '../goldenCases/goldenCaseSchema.js';
import { safeParseUntrusted } from '../rules/safeParseUntrusted.js';
import { UsageError } from './command.js';
import { readJsonFile } from './readJsonFile.js';

/** One file of a folder of golden cases: the case, or what is wrong with the file. */
export type GoldenCaseRead = { file: string; goldenCase: GoldenCase } | { file: string; problems: string[] };

/** Every golden case (*.json) in a folder, by file name; a folder with none is a UsageError. */
export function readGoldenCases(dir: string): GoldenCaseRead[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    throw new UsageError(`cannot read the folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (files.length === 0) throw new UsageError(`there are no golden cases (*.json) in ${dir}`);
  return files.map((file) => {
    let json: unknown;
    try {
      json = readJsonFile(join(dir, file), 'golden case');
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return { file, problems: [error.message] };
    }
    const parsed = safeParseUntrusted(GoldenCaseSchema, json);
    return parsed.success ? { file, goldenCase: parsed.data }
      : { file, problems: parsed.issues.map((i) => `${recordPath(i.path) || '(file)'}: ${i.message}`) };
  });
}
