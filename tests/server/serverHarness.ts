import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { createServer, type ServerOptions } from '../../src/server/createServer.js';

/** A server on a free loopback port, its base URL, and the JSON log lines it wrote. */
export interface TestServer {
  app: FastifyInstance;
  url: string;
  logs: Record<string, unknown>[];
}

export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const logs: Record<string, unknown>[] = [];
  const stream = new Writable({ write(chunk: Buffer, _encoding, done) { logs.push(JSON.parse(chunk.toString()) as Record<string, unknown>); done(); } });
  const app = await createServer({ ...options, logger: { level: 'info', stream } });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url, logs };
}

export const postJson = (url: string, body: unknown): Promise<Response> =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** A value as JSON carries it: undefined fields dropped, as the server's answer has them. */
export const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
