import type { Command } from '../command.js';
import { batch } from './batch.js';
import { calendar } from './calendar.js';
import { census } from './census.js';
import { evaluate } from './evaluate.js';
import { explain } from './explain.js';
import { ics } from './ics.js';
import { report } from './report.js';
import { rulebook } from './rulebook.js';
import { serve } from './serve.js';
import { test } from './test.js';
import { validate } from './validate.js';

/** Every sub-command, in the order `--help` lists them. */
export const commands: readonly Command[] = [evaluate, batch, report, census, validate, rulebook, test, explain, calendar, ics, serve];
