import { version } from '../../package.json';
import { CaseRecordError } from '../evaluate/caseRecordError.js';
import { RuleSetError } from '../rules/ruleSetError.js';
import { EXIT, UsageError, type CliIo } from './command.js';
import { commands } from './commands/index.js';
import { escapeControls } from './terminalText.js';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: early-help-rules <command> [options]   (early-help-rules <command> --help for more; --version)

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Exit status: 0 all good, 1 some input was invalid (each problem is listed), 2 the command could not run.`;
}

/** A rule file's or case record's problems, one a line, with any control characters in them escaped. */
function issuesText(error: CaseRecordError | RuleSetError): string {
  const [heading = ''] = error.message.split('\n');
  return [heading, ...error.issues.map((i) => `  ${i.path || '(record)'}: ${i.message}`)].map(escapeControls).join('\n');
}

/** Runs the command line and returns its exit status; every error becomes a message and a status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${overview()}\n`);
    return name === undefined ? EXIT.cannotRun : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`early-help-rules ${version}\n`);
    return EXIT.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`early-help-rules: unknown command "${escapeControls(name)}" (see early-help-rules --help)\n`);
    return EXIT.cannotRun;
  }
  const command = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CaseRecordError || error instanceof RuleSetError) {
      io.stderr.write(`${issuesText(error)}\n`);
      return error instanceof RuleSetError ? EXIT.cannotRun : EXIT.invalidInput;
    }
    // parseArgs's own errors (unknown option, missing value) are usage errors too.
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`early-help-rules ${name}: ${escapeControls((error as Error).message)} (see early-help-rules ${name} --help)\n`);
      return EXIT.cannotRun;
    }
    // Anything else is a bug: one line to report, never a stack trace over the user's terminal.
    io.stderr.write(`early-help-rules ${name}: internal error, please report it: ${escapeControls(String(error))}\n`);
    return EXIT.cannotRun;
  }
}
