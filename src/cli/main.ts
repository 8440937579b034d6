#!/usr/bin/env node
import { runCli } from './runCli.js';

// `early-help-rules report … | head` closes the pipe early: stop quietly, as other tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stderrIsTTY: process.stderr.isTTY === true,
});
