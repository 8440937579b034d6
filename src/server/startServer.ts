import type { FastifyInstance } from 'fastify';
import { createServer, type ServerOptions } from './createServer.js';

export interface ListenOptions extends ServerOptions {
  /** Default 127.0.0.1: only this machine can call it until told otherwise. */
  host?: string | undefined;
  /** Default 8080; 0 for any free port. */
  port?: number | undefined;
}

/**
 * Starts the service and stops it gracefully on SIGTERM or SIGINT: it stops taking connections,
 * finishes the requests in flight, then lets the process end.
 * @example const { address } = await startServer({ port: 0 }); // 'http://127.0.0.1:41234'
 */
export async function startServer(options: ListenOptions = {}): Promise<{ app: FastifyInstance; address: string }> {
  const app = await createServer(options);
  const address = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 8080 });
  const stop = (signal: NodeJS.Signals): void => {
    app.log.info({ signal }, 'stopping: finishing the requests in flight');
    app.close().then(() => app.log.info('stopped'), (error: unknown) => app.log.error({ err: error }, 'failed to stop cleanly'));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return { app, address };
}
