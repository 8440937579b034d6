import type { Command } from '../command.js';
import { evaluate } from './evaluate.js';

/** Every sub-command, in the order `--help` lists them. */
export const commands: readonly Command[] = [evaluate];
