import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/index.js';
import { repoRoot } from '../support/sharedDir.js';
import type { paths } from './generatedApiTypes.js';
import { asJson, startTestServer, type TestServer } from './serverHarness.js';

let server: TestServer;
let document: Record<string, unknown>;
beforeAll(async () => {
  server = await startTestServer();
  document = await (await fetch(`${server.url}/openapi.json`)).json() as Record<string, unknown>;
});
afterAll(async () => { await server.app.close(); });

type CaseRecordBody = paths['/evaluate']['post']['requestBody']['content']['application/json']['record'];

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('gives the client types in tests/server/generatedApiTypes.ts (npm run schema writes them)', async () => {
    const generated = astToString(await openapiTS({ ...document, info: { ...(document.info as object), version: '0.0.0' } } as unknown as Parameters<typeof openapiTS>[0]));
    expect(readFileSync(resolve(repoRoot, 'tests/server/generatedApiTypes.ts'), 'utf8')).toContain(generated);
  });

  it('a client generated from it round-trips the example cases and the calendar', async () => {
    const client = createClient<paths>({ baseUrl: server.url });
    for (const file of readdirSync(resolve(repoRoot, 'examples')).filter((f) => f.endsWith('.json'))) {
      const record = JSON.parse(readFileSync(resolve(repoRoot, 'examples', file), 'utf8')) as CaseRecordBody;
      const { data, error, response } = await client.POST('/evaluate', { body: { record, asOf: '2025-02-20' } });
      expect(error, file).toBeUndefined();
      expect(response.status).toBe(200);
      expect(data).toEqual(asJson(evaluateCase(record, { asOf: '2025-02-20' })));
    }
    const added = await client.GET('/calendar/add', { params: { query: { date: '2024-12-19', days: '15' } } });
    expect(added.data?.date).toBe('2025-01-14');
    const refused = await client.POST('/evaluate', { body: { record: {} as CaseRecordBody, asOf: '2025-02-20' } });
    expect(refused.response.status).toBe(400);
    expect(refused.error?.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['id', 'authority']));
    const ruleSet = await client.GET('/rule-sets/{id}', { params: { path: { id: 'england/working-together' } } });
    expect(ruleSet.response.status).toBe(200);
  });
});
