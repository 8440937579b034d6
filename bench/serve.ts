// Serve: POST /evaluate under load from autocannon, on loopback, bounded in time (default 60 s,
// --seconds N to shorten), against the built server run as `early-help-rules serve` would be;
// requests per second, p99 latency, errors and the server's memory at the start and end of the
// load, beside the in-process evaluateCase rate for the same record in the same run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { evaluateCase } from '../dist/index.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '8' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const record = JSON.parse(readFileSync(new URL('../examples/st-helens-case.json', import.meta.url), 'utf8')) as unknown;
const body = JSON.stringify({ record, asOf: '2025-02-20' });

/** The in-process rate: evaluateCase on the same record for about two seconds. */
function inProcessRate(): number {
  for (let i = 0; i < 2000; i += 1) evaluateCase(record, { asOf: '2025-02-20' });
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) {
    for (let i = 0; i < 100; i += 1) evaluateCase(record, { asOf: '2025-02-20' });
    n += 100;
  }
  return n / ((performance.now() - start) / 1000);
}

/** A process's resident memory in MiB, from /proc (Linux). */
const rssMiB = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

const server = spawn(process.execPath, [fileURLToPath(new URL('../dist/cli.js', import.meta.url)), 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
// Its request log is read only for the address, then discarded, as a log shipper would take it.
const url = await new Promise<string>((done) => {
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    const found = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
    if (found?.[1]) { done(found[1]); log = ''; }
    else if (log.length > 1e6) log = '';
  });
});
const load = (duration: number): Promise<autocannon.Result> => autocannon({
  url: `${url}/evaluate`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration,
});

await load(Math.min(5, seconds)); // warm-up
const rssStart = rssMiB(server.pid as number);
let rssMax = rssStart;
const sampler = setInterval(() => { rssMax = Math.max(rssMax, rssMiB(server.pid as number)); }, 1000);
const result = await load(seconds);
clearInterval(sampler);
const rssEnd = rssMiB(server.pid as number);
server.kill('SIGTERM');
const inProcess = inProcessRate();

console.log(`POST /evaluate over loopback for ${seconds} s, ${connections} connections (the St Helens example case)`);
console.log(`  requests/s     ${Math.round(result.requests.average)} (${result.requests.total} requests)`);
console.log(`  latency        p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
console.log(`  errors         ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} answers not 2xx`);
console.log(`  server RSS     ${rssStart.toFixed(0)} MiB at the start, ${rssEnd.toFixed(0)} MiB at the end, ${rssMax.toFixed(0)} MiB at most`);
console.log(`  in-process     evaluateCase ${Math.round(inProcess)}/s on the same record: the server answers ${(result.requests.average / inProcess * 100).toFixed(0)}% of that`);
