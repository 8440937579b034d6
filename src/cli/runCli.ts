import { CaseRecordError } from '../evaluate/caseRecordError.js';
import { RuleSetError } from '../rules/ruleSetError.js';
import { EXIT, UsageError, type CliIo } from './command.js';
import { commands } from './commands/index.js';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: early-help-rules <command> [options]   (early-help-rules <command> --help for more)

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Exit status: 0 all good, 1 some input was invalid (each problem is listed), 2 the command could not run.`;
}

/** Runs the command line and returns its exit status; every error becomes a message and a status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${overview()}\n`);
    return name === undefined ? EXIT.cannotRun : EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`early-help-rules: unknown command "${name}"\n\n${overview()}\n`);
    return EXIT.cannotRun;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CaseRecordError || error instanceof RuleSetError) {
      io.stderr.write(`${error.message}\n`);
      return error instanceof RuleSetError ? EXIT.cannotRun : EXIT.invalidInput;
    }
    // parseArgs's own errors (unknown option, missing value) are usage errors too.
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`early-help-rules ${name}: ${(error as Error).message}\n\n${command.usage}\n`);
      return EXIT.cannotRun;
    }
    throw error;
  }
}
