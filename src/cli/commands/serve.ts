import { parseArgs } from 'node:util';
import { EXIT, UsageError, type Command } from '../command.js';
import type { RuleSet } from '../../rules/resolveRuleSet.js';
import { ruleSetArgument } from '../ruleSetArgument.js';

function whole(option: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`${option} is a whole number from ${min} to ${max}, not "${text}"`);
  return n;
}

export const serve: Command = {
  usage: `Usage: early-help-rules serve [--port 8080] [--host 127.0.0.1] [--rules <rules.json> ...] [--log-ids] [--timeout 60]

  Serves the evaluator as JSON over HTTP until SIGTERM or Ctrl-C, which finish the requests in
  flight before it stops. The routes and their schemas: GET /openapi.json (OpenAPI 3.1).
  Logs are JSON lines on standard output, with a request id and without case content.

  --port     the port to listen on (default 8080; 0 for any free port)
  --host     the address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for every interface)
  --rules    a council's own rule file, used for the records whose authority is its id; repeat for several
  --log-ids  log the id of each case evaluated (never logged otherwise)
  --timeout  seconds a client has to send its whole request, a batch included (default 60)`,
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
      port: { type: 'string' }, host: { type: 'string' }, rules: { type: 'string', multiple: true },
      'log-ids': { type: 'boolean' }, timeout: { type: 'string' },
    } });
    if (positionals.length > 0) throw new UsageError(`serve takes options only, not "${positionals[0]}"`);
    const port = whole('--port', values.port, 0, 65_535);
    const timeout = whole('--timeout', values.timeout, 1, 3600);
    const ruleSets: RuleSet[] = [];
    for (const file of values.rules ?? []) ruleSets.push(await ruleSetArgument(file));
    // Loaded only for this command, so that the others start without the HTTP framework.
    const { startServer } = await import('../../server/startServer.js');
    try {
      await startServer({ host: values.host, port, ruleSets, logIds: values['log-ids'], requestTimeoutMs: timeout === undefined ? undefined : timeout * 1000 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
        throw new UsageError(`cannot listen on ${values.host ?? '127.0.0.1'}:${port ?? 8080}: ${code}`);
      }
      throw error;
    }
    return EXIT.ok;
  },
};
