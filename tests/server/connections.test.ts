import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/sharedDir.js';
import { postJson, startTestServer, type TestServer } from './serverHarness.js';

const record = JSON.parse(readFileSync(resolve(repoRoot, 'examples/st-helens-case.json'), 'utf8')) as unknown;
const line = `${JSON.stringify(record)}\n`;

let server: TestServer;
// A short timeout, so that a client too slow to send its request is cut off within the test.
beforeAll(async () => { server = await startTestServer({ requestTimeoutMs: 1500 }); });
afterAll(async () => { await server.app.close(); });

/** A raw connection to the server, and everything it has answered until it closes. */
function rawConnection(): { socket: Socket; closed: Promise<string> } {
  const { port } = new URL(server.url);
  const socket = connect(Number(port), '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk: Buffer) => { answer += chunk.toString(); });
  const closed = new Promise<string>((done) => { socket.on('close', () => done(answer)); socket.on('error', () => undefined); });
  return { socket, closed };
}

const isAnswered = async (): Promise<void> => {
  expect((await fetch(`${server.url}/health`)).status).toBe(200);
  const evaluated = await postJson(`${server.url}/evaluate`, { record, asOf: '2025-02-20' });
  expect(evaluated.status).toBe(200);
};

describe('slow and vanishing clients', () => {
  it('cuts off a client that sends its body too slowly (408), answering others meanwhile', async () => {
    const { socket, closed } = rawConnection();
    const body = JSON.stringify({ record, asOf: '2025-02-20' });
    socket.write(`POST /evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    socket.write(body.slice(0, 10));
    const trickle = setInterval(() => socket.write(' '), 200);
    await isAnswered();
    const started = Date.now();
    const answer = await closed;
    clearInterval(trickle);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    // Cut off by the 1.5 s request timeout (checked every second or so by Node), not left open.
    expect(Date.now() - started).toBeLessThan(5000);
    await isAnswered();
  });

  it('goes on when a client disconnects in the middle of a batch, and answers the next request', async () => {
    const { socket, closed } = rawConnection();
    socket.write('POST /batch?asOf=2025-02-20 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = line.repeat(200);
    socket.write(`${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`);
    // Wait for results to flow back, then vanish with the caseload half sent.
    await new Promise<void>((done) => { socket.once('data', () => done()); });
    socket.destroy();
    await closed;
    await isAnswered();
    const logs = server.logs.filter((l) => l.msg === 'batch');
    expect(logs.at(-1)).toMatchObject({ rejected: 0 });
    expect(logs.at(-1)?.read).toBeGreaterThan(0);
  });

  it('goes on when a client stops reading a large batch answer and then vanishes', async () => {
    const { socket, closed } = rawConnection();
    socket.write('POST /batch?asOf=2025-02-20 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n');
    socket.pause();
    const chunk = line.repeat(2000);
    for (let i = 0; i < 5; i += 1) socket.write(`${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`);
    await new Promise((done) => setTimeout(done, 300));
    await isAnswered();
    socket.destroy();
    await closed;
    await isAnswered();
  });
});
