#!/usr/bin/env node
import { runCli } from './runCli.js';

// An output that fails (a full disc, `> /dev/full`) ends the run with one line and exit 2. A
// pipe closed early (`report … | head`) ends it quietly, as other tools do, also with exit 2:
// not everything was written.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && stream === process.stdout) {
      process.stderr.write(`early-help-rules: cannot write to standard output: ${error.code ?? error.message}\n`);
    }
    process.exit(2);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stderrIsTTY: process.stderr.isTTY === true,
});
