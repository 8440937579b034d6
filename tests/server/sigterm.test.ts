import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/runBin.js';
import { repoRoot } from '../support/sharedDir.js';

const record = JSON.parse(readFileSync(resolve(repoRoot, 'examples/st-helens-case.json'), 'utf8')) as unknown;
const caseload = readFileSync(resolve(repoRoot, 'examples/caseload.jsonl'), 'utf8').trim().split('\n');

/** A request whose body is sent in two parts: the first now, the rest when `finish` is called. */
function halfSent(url: string, contentType: string, first: string, rest: string): { response: Promise<Response>; finish: () => void } {
  let finish: () => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
      finish = () => { controller.enqueue(new TextEncoder().encode(rest)); controller.close(); };
    },
  });
  const response = fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body, duplex: 'half' } as RequestInit);
  return { response, finish: () => finish() };
}

describe('early-help-rules serve, as a process', () => {
  it('on SIGTERM stops taking connections, answers every request in flight in full, then exits 0', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    const exited = once(child, 'exit');
    try {
      while (!/listening at (http:\/\/127\.0\.0\.1:\d+)/.test(log)) await new Promise((done) => setTimeout(done, 50));
      const url = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1] as string;

      // Twenty evaluations and a batch, each with its body half sent when the signal comes.
      const evaluation = JSON.stringify({ record, asOf: '2025-02-20' });
      const evaluations = Array.from({ length: 20 }, () => halfSent(`${url}/evaluate`, 'application/json', evaluation.slice(0, 100), evaluation.slice(100)));
      const batch = halfSent(`${url}/batch?asOf=2025-03-03`, 'application/x-ndjson', `${caseload.slice(0, 2).join('\n')}\n`, `${caseload.slice(2).join('\n')}\n`);
      while ((log.match(/"incoming request"/g) ?? []).length < 21) await new Promise((done) => setTimeout(done, 50));
      child.kill('SIGTERM');
      await new Promise((done) => setTimeout(done, 300));
      for (const request of [...evaluations, batch]) request.finish();

      const answers = await Promise.all(evaluations.map((e) => e.response));
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
      for (const answer of answers) expect(await answer.json()).toMatchObject({ caseId: 'SH-2025-0142' });
      const batchAnswer = await batch.response;
      expect(batchAnswer.status).toBe(200);
      const lines = (await batchAnswer.text()).trim().split('\n').map((l) => JSON.parse(l) as { line: number });
      expect(lines.map((l) => l.line)).toEqual(caseload.map((_, i) => i + 1));

      const [code] = await exited;
      expect(code).toBe(0);
      expect(log).toContain('"msg":"stopping: finishing the requests in flight"');
      expect(log).toContain('"msg":"stopped"');
      await expect(fetch(`${url}/health`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('refuses to start on a port in use, saying which', async () => {
    const first = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    first.stdout.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    try {
      while (!/listening at http:\/\/127\.0\.0\.1:(\d+)/.test(log)) await new Promise((done) => setTimeout(done, 50));
      const port = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(log)?.[1] as string;
      const second = spawn(process.execPath, [BIN, 'serve', '--port', port], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      second.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      const [code] = await once(second, 'exit');
      expect(code).toBe(2);
      expect(stderr).toContain(`early-help-rules serve: cannot listen on 127.0.0.1:${port}: EADDRINUSE`);
    } finally {
      first.kill('SIGKILL');
    }
  }, 60_000);
});
