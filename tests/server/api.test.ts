import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateEntry, outcomeJsonLine, readJsonLines } from '../../src/evaluate/caseloadLines.js';
import { BUILT_IN_RULE_SETS, bankHolidays, evaluateCase, loadRuleSet, parseRuleSet, RuleSetError, ruleSetInForce, safeEvaluateCase } from '../../src/index.js';
import { Readable } from 'node:stream';
import { repoRoot } from '../support/sharedDir.js';
import { asJson, postJson, startTestServer, type TestServer } from './serverHarness.js';

const exampleFiles = readdirSync(resolve(repoRoot, 'examples')).filter((f) => f.endsWith('.json'));
const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(repoRoot, 'examples', name), 'utf8')) as Record<string, unknown>;
const caseload = readFileSync(resolve(repoRoot, 'examples/caseload.jsonl'), 'utf8');

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.app.close(); });

describe('POST /evaluate', () => {
  it.each(exampleFiles)('answers %s exactly as evaluateCase does, on several dates', async (file) => {
    for (const asOf of ['2025-01-06', '2025-02-20', '2025-11-03']) {
      const record = example(file);
      const response = await postJson(`${server.url}/evaluate`, { record, asOf });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual(asJson(evaluateCase(record, { asOf })));
    }
  });

  it('passes the options through: start-included counting and a wider due-soon window', async () => {
    const record = example('st-helens-case.json');
    const options = { counting: 'start-included', dueSoonWorkingDays: 10 } as const;
    const response = await postJson(`${server.url}/evaluate`, { record, asOf: '2025-01-06', options });
    expect(await response.json()).toEqual(asJson(evaluateCase(record, { asOf: '2025-01-06', ...options })));
  });

  it("refuses a bad record with the library's own issues, path and message", async () => {
    const record = { ...example('st-helens-case.json'), currentLevel: 7, events: [{ type: 'meeting-held', on: '2025-02-30' }] };
    const response = await postJson(`${server.url}/evaluate`, { record, asOf: '2025-13-01' });
    expect(response.status).toBe(400);
    const result = safeEvaluateCase(record, { asOf: '2025-13-01' });
    expect(result.success).toBe(false);
    const body = await response.json() as { issues: unknown[] };
    expect(body).toEqual({ issues: asJson(result.success ? [] : result.error.issues) });
    expect(body.issues.map((i) => (i as { path: string }).path)).toEqual(expect.arrayContaining(['currentLevel', 'events[0].on', 'asOf']));
  });

  it('refuses an unknown authority and a date outside the rule set, as the library does', async () => {
    for (const [record, asOf] of [[{ ...example('york-case.json'), authority: 'atlantis' }, '2025-02-20'], [example('york-case.json'), '1990-01-01']] as const) {
      const response = await postJson(`${server.url}/evaluate`, { record, asOf });
      expect(response.status).toBe(400);
      const result = safeEvaluateCase(record, { asOf });
      expect(await response.json()).toEqual({ issues: asJson(result.success ? [] : result.error.issues) });
    }
  });

  it('refuses a body that is not { record, asOf, options }, naming each field', async () => {
    const response = await postJson(`${server.url}/evaluate`, { record: [], options: { counting: 'sideways', extra: 1 }, more: true });
    expect(response.status).toBe(400);
    const { issues } = await response.json() as { issues: { path: string; message: string }[] };
    expect(issues).toEqual(expect.arrayContaining([
      { path: 'record', message: 'a case record is a JSON object' },
      { path: 'asOf', message: 'asOf is required: a date written YYYY-MM-DD' },
      expect.objectContaining({ path: 'options.counting' }),
      expect.objectContaining({ path: 'options', message: expect.stringContaining('extra') }),
      expect.objectContaining({ path: '', message: expect.stringContaining('more') }),
    ]));
  });
});

describe('POST /batch', () => {
  const batch = (body: string | Readable, asOf = '2025-03-03'): Promise<Response> => fetch(`${server.url}/batch?asOf=${asOf}`, {
    method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: body as string, duplex: 'half',
  } as RequestInit);

  it('answers one line per record in order, as the batch command writes them, bad lines in place', async () => {
    const input = `${caseload.trim()}\n\nnot json\n{"id":"X-1"}\n`;
    const response = await batch(input);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const expected: string[] = [];
    for await (const entry of readJsonLines(Readable.from([input]))) expected.push(outcomeJsonLine(evaluateEntry(entry, { asOf: '2025-03-03' })));
    const lines = (await response.text()).trim().split('\n');
    expect(lines).toEqual(expected);
    const recordCount = caseload.trim().split('\n').length;
    // The blank line keeps its number: "not json" is line recordCount + 2, {"id":"X-1"} the next.
    expect(JSON.parse(lines.at(-2) as string)).toMatchObject({ line: recordCount + 2, id: null });
    expect(JSON.parse(lines.at(-1) as string)).toMatchObject({ line: recordCount + 3, id: 'X-1', error: { issues: expect.any(Array) } });
  });

  it('streams both ways: the first result arrives before the caseload has all been sent', async () => {
    const [first, ...rest] = caseload.trim().split('\n');
    let sendRest: () => void = () => undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`${first}\n`));
        sendRest = () => { controller.enqueue(new TextEncoder().encode(`${rest.join('\n')}\n`)); controller.close(); };
      },
    });
    const response = await fetch(`${server.url}/batch?asOf=2025-03-03`, {
      method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body, duplex: 'half',
    } as RequestInit);
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    const firstAnswer = new TextDecoder().decode(value);
    expect(JSON.parse(firstAnswer.split('\n')[0] as string)).toMatchObject({ line: 1, caseId: (JSON.parse(first as string) as { id: string }).id });
    sendRest();
    let text = firstAnswer;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += new TextDecoder().decode(chunk.value);
    expect(text.trim().split('\n')).toHaveLength(rest.length + 1);
  });

  it('refuses a batch without asOf, or sent as JSON', async () => {
    const missing = await fetch(`${server.url}/batch`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: caseload });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ issues: [{ path: 'asOf', message: 'asOf is required: a date written YYYY-MM-DD' }] });
    const json = await postJson(`${server.url}/batch?asOf=2025-03-03`, {});
    expect(json.status).toBe(415);
    expect(await json.json()).toEqual({ issues: [{ path: '', message: 'send the body as application/x-ndjson, not application/json' }] });
  });
});

describe('rule sets and validation', () => {
  it('GET /rule-sets lists every built-in rule set', async () => {
    const list = await (await fetch(`${server.url}/rule-sets`)).json() as { id: string; builtIn: boolean; version: string }[];
    expect(list.map((r) => r.id)).toEqual(BUILT_IN_RULE_SETS);
    expect(list[1]).toMatchObject({ id: 'st-helens', builtIn: true, version: loadRuleSet('st-helens').version, extends: ['england/working-together'] });
  });

  it('GET /rule-sets/{id} gives loadRuleSet, and with asOf ruleSetInForce; a slash in the id is written %2F', async () => {
    expect(await (await fetch(`${server.url}/rule-sets/st-helens`)).json()).toEqual(asJson(loadRuleSet('st-helens')));
    const national = await (await fetch(`${server.url}/rule-sets/england%2Fworking-together?asOf=2023-12-14`)).json();
    expect(national).toEqual(asJson(ruleSetInForce(loadRuleSet('england/working-together'), '2023-12-14')));
    const missing = await fetch(`${server.url}/rule-sets/atlantis`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe('id');
    expect((await fetch(`${server.url}/rule-sets/st-helens?asOf=yesterday`)).status).toBe(400);
  });

  it('POST /validate gives parseRuleSet, or its issues with their JSON paths', async () => {
    const file = JSON.parse(readFileSync(resolve(repoRoot, 'rules/york.json'), 'utf8')) as Record<string, unknown>;
    const valid = await postJson(`${server.url}/validate`, file);
    expect(valid.status).toBe(200);
    expect(await valid.json()).toEqual(asJson(parseRuleSet(file)));
    const broken = { ...file, version: 3, extends: 'nowhere' };
    const invalid = await postJson(`${server.url}/validate`, broken);
    expect(invalid.status).toBe(400);
    let issues: unknown;
    try { parseRuleSet(broken); } catch (error) { issues = (error as RuleSetError).issues; }
    expect(await invalid.json()).toEqual({ issues: asJson(issues) });
  });
});

describe('the calendar', () => {
  it('GET /calendar/add: 19 Dec 2024 + 15 working days is Tue 14 Jan 2025, skipping 25, 26 Dec and 1 Jan', async () => {
    const answer = await (await fetch(`${server.url}/calendar/add?date=2024-12-19&days=15`)).json() as { date: string; skipped: { date: string }[] };
    expect(answer.date).toBe('2025-01-14');
    expect(answer.skipped.map((d) => d.date)).toEqual(['2024-12-25', '2024-12-26', '2025-01-01']);
    // Counting back from 14 Jan by 15 comes to 19 Dec.
    expect(((await (await fetch(`${server.url}/calendar/add?date=2025-01-14&days=-15`)).json()) as { date: string }).date).toBe('2024-12-19');
  });

  it('GET /calendar/between: 15 working days, NETWORKDAYS 16 (19 Dec is itself a working day)', async () => {
    const answer = await (await fetch(`${server.url}/calendar/between?from=2024-12-19&to=2025-01-14`)).json();
    expect(answer).toMatchObject({ workingDays: 15, networkDays: 16 });
  });

  it('GET /calendar/holidays/{year}: the eight of 2025, as bankHolidays gives them', async () => {
    const answer = await (await fetch(`${server.url}/calendar/holidays/2025`)).json() as unknown[];
    expect(answer).toHaveLength(8);
    expect(answer).toEqual(asJson(bankHolidays(2025)));
  });

  it('refuses a date, a count or a year it cannot read, naming the parameter', async () => {
    const cases: [string, string][] = [
      ['/calendar/add?date=2024-02-30&days=1', 'date'], ['/calendar/add?date=2024-12-19&days=1.5', 'days'],
      ['/calendar/add?date=2024-12-19', 'days'], ['/calendar/add?date=2200-12-01&days=100', 'days'],
      ['/calendar/between?from=2024-12-19', 'to'], ['/calendar/holidays/1977', 'year'], ['/calendar/holidays/twenty', 'year'],
    ];
    for (const [path, field] of cases) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(400);
      expect(((await response.json()) as { issues: { path: string }[] }).issues.map((i) => i.path), path).toContain(field);
    }
  });
});

describe('errors: always { issues }, never a stack', () => {
  const refused = async (response: Response, status: number, message: RegExp): Promise<void> => {
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).not.toMatch(/\bat .*\.(js|ts):\d+/);
    expect(JSON.parse(text)).toEqual({ issues: [{ path: '', message: expect.stringMatching(message) }] });
  };

  it('malformed JSON, an empty body, a wrong content type', async () => {
    const post = (body: string, type = 'application/json'): Promise<Response> => fetch(`${server.url}/evaluate`, { method: 'POST', headers: { 'content-type': type }, body });
    await refused(await post('{"record": {'), 400, /^the body is not valid JSON/);
    await refused(await post(''), 400, /^the body is empty/);
    await refused(await post('record=1', 'application/x-www-form-urlencoded'), 415, /^send the body as application\/json, not application\/x-www-form-urlencoded$/);
    await refused(await post('{}', 'text/plain'), 415, /not text\/plain/);
    // A key that would reach an object's prototype is refused by the JSON parser itself.
    await refused(await post('{"record": {"__proto__": {"x": 1}}, "asOf": "2025-01-01"}'), 400, /./);
  });

  it('an unknown route, and a known one with the wrong method: 404 naming the route', async () => {
    await refused(await fetch(`${server.url}/evaluations`), 404, /^no route GET \/evaluations: the routes are listed at GET \/openapi.json$/);
    await refused(await fetch(`${server.url}/evaluate`), 404, /^no route GET \/evaluate/);
    await refused(await fetch(`${server.url}/health`, { method: 'DELETE' }), 404, /^no route DELETE \/health/);
  });

  it('a body over 1 MiB: 413, before it is read whole', async () => {
    const record = { ...example('st-helens-case.json'), padding: 'x'.repeat(1024 * 1024) };
    await refused(await postJson(`${server.url}/evaluate`, { record, asOf: '2025-02-20' }), 413, /over 1048576 bytes \(1 MiB\)/);
    // Just under the limit is read, and answered by the library (here: an unknown key).
    const under = await postJson(`${server.url}/evaluate`, { record: { ...example('st-helens-case.json'), padding: 'x'.repeat(1000 * 1000) }, asOf: '2025-02-20' });
    expect(under.status).toBe(400);
    expect(((await under.json()) as { issues: { message: string }[] }).issues[0]?.message).toMatch(/padding/);
  });
});

describe('GET /health, GET /openapi.json, request ids and logs', () => {
  it('health answers ok; openapi.json is OpenAPI 3.1 with every route', async () => {
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok' });
    const document = await (await fetch(`${server.url}/openapi.json`)).json() as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual(['/batch', '/calendar/add', '/calendar/between', '/calendar/holidays/{year}',
      '/evaluate', '/health', '/openapi.json', '/rule-sets', '/rule-sets/{id}', '/validate']);
  });

  it('gives each request an id (the client\'s X-Request-Id when it is a plain token), in the answer and every log line', async () => {
    const own = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'case-system-42' } });
    expect(own.headers.get('x-request-id')).toBe('case-system-42');
    expect(server.logs.filter((l) => l.reqId === 'case-system-42').map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    const odd = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'two words' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs no case content and no case id; --log-ids logs the id', async () => {
    const base = example('st-helens-case.json');
    const events = [...(base.events as object[]), { type: 'child-seen-alone', on: '2025-02-01', note: 'PERSONAL-NOTE: mother said' }];
    const record = { ...base, id: 'PERSONAL-ID-5150', events };
    const before = server.logs.length;
    await postJson(`${server.url}/evaluate`, { record, asOf: '2025-02-20' });
    await postJson(`${server.url}/evaluate`, { record: { ...record, currentLevel: 9 }, asOf: '2025-02-20' });
    await fetch(`${server.url}/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"record": {"id": "PERSONAL-ID-5150"' });
    await fetch(`${server.url}/batch?asOf=2025-02-20`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: `${JSON.stringify(record)}\n` });
    const written = JSON.stringify(server.logs.slice(before));
    expect(written).not.toContain('PERSONAL-ID-5150');
    expect(written).not.toContain('PERSONAL-NOTE');
    expect(written).not.toContain('2016-03-02');
    expect(server.logs.slice(before).every((l) => typeof l.reqId === 'string' || l.msg === undefined)).toBe(true);

    const withIds = await startTestServer({ logIds: true });
    try {
      await postJson(`${withIds.url}/evaluate`, { record, asOf: '2025-02-20' });
      expect(withIds.logs).toContainEqual(expect.objectContaining({ caseId: 'PERSONAL-ID-5150', msg: 'evaluated' }));
    } finally {
      await withIds.app.close();
    }
  });
});

describe('councils\' own rule files (--rules)', () => {
  it('evaluates a record under the file whose id is its authority, and lists the file', async () => {
    const file = { ...(JSON.parse(readFileSync(resolve(repoRoot, 'rules/york.json'), 'utf8')) as Record<string, unknown>), id: 'york-local', version: '9.9.9' };
    const own = await startTestServer({ ruleSets: [parseRuleSet(file)] });
    try {
      const record = { ...example('york-case.json'), authority: 'york-local' };
      const answer = await (await postJson(`${own.url}/evaluate`, { record, asOf: '2025-02-20' })).json();
      expect(answer).toEqual(asJson(evaluateCase(record, { asOf: '2025-02-20', ruleSet: parseRuleSet(file) })));
      expect(answer).toMatchObject({ ruleSet: { id: 'york-local', version: '9.9.9' } });
      const list = await (await fetch(`${own.url}/rule-sets`)).json() as { id: string; builtIn: boolean }[];
      expect(list[0]).toMatchObject({ id: 'york-local', builtIn: false });
    } finally {
      await own.app.close();
    }
  });
});
