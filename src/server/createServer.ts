import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { z } from 'zod';
import { recordPath } from '../evaluate/caseRecordError.js';
import type { RuleSet } from '../rules/loadRuleSet.js';
import { safeParseUntrusted } from '../rules/safeParseUntrusted.js';
import { API_ROUTES, type ApiRoute } from './apiRoutes.js';
import { openApiDocument } from './openApiDocument.js';
import { RequestIssuesError } from './requestIssues.js';
import { ServedRuleSets } from './servedRuleSets.js';
import { version } from '../../package.json';

export interface ServerOptions {
  /** Councils' own rule sets, each used for the records whose authority is its id. */
  ruleSets?: readonly RuleSet[] | undefined;
  /** Log each evaluated case's id (never logged otherwise). */
  logIds?: boolean | undefined;
  /** How long a client has to send its whole request, in milliseconds (default 60 s). */
  requestTimeoutMs?: number | undefined;
  /** Fastify's logger: JSON lines on standard output by default; false for none. */
  logger?: FastifyServerOptions['logger'];
}

/** A record, as the body of POST /evaluate or POST /validate, may be at most 1 MiB; a batch streams. */
export const BODY_LIMIT = 1024 * 1024;

/** A request id the client chose (`X-Request-Id`) when it is a plain token, else a new one. */
function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** A route part checked with its zod schema; a failure lists every problem with its path, as the library does. */
function zodValidator({ schema }: { schema: unknown }): (data: unknown) => { value: unknown } | { error: Error } {
  return (data) => {
    const result = safeParseUntrusted(schema as z.ZodType, data);
    return result.success ? { value: result.data }
      : { error: new RequestIssuesError(400, result.issues.map((i) => ({ path: recordPath(i.path), message: i.message }))) };
  };
}

/** What a client is told of an error Fastify raised, in words, without echoing the body. */
function clientMessage(error: FastifyError, request: FastifyRequest): string {
  const expected = (request.routeOptions.config as { contentType?: string }).contentType;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return `the body is over ${BODY_LIMIT} bytes (1 MiB): send one record per request, or a caseload to POST /batch`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': return `send the body as ${expected ?? 'application/json'}, not ${request.headers['content-type'] ?? 'without a Content-Type'}`;
    case 'FST_ERR_CTP_EMPTY_JSON_BODY': return 'the body is empty: send a JSON object';
    case 'FST_ERR_CTP_INVALID_JSON_BODY': return 'the body is not valid JSON';
    default: return error instanceof SyntaxError ? `the body is not valid JSON: ${error.message}` : error.message;
  }
}

function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof RequestIssuesError) return reply.code(error.statusCode).send({ issues: error.issues });
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) {
    // A bug: the stack goes to the log for whoever runs the service, never to the client.
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ issues: [{ path: '', message: `the server failed on this request (id ${request.id}); its log says why` }] });
  }
  // Only the code is logged: a JSON parser's message may quote the body.
  request.log.info({ code: error.code, statusCode: status }, 'request refused');
  return reply.code(status).send({ issues: [{ path: '', message: clientMessage(error, request) }] });
}

/** Whether the server has stopped listening: `close` has been called and only requests in flight remain. */
const closing = (app: FastifyInstance): boolean => !app.server.listening;

const fastifyPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

function register(app: FastifyInstance, route: ApiRoute, ruleSets: ServedRuleSets, logIds: boolean): void {
  app.route({
    method: route.method,
    url: fastifyPath(route.path),
    config: { contentType: route.body?.contentType },
    schema: {
      ...(route.query ? { querystring: route.query } : {}),
      ...(route.params ? { params: route.params } : {}),
      ...(route.body?.checked ? { body: route.body.checked } : {}),
    },
    handler: async (request, reply) => route.handle({
      query: request.query, params: request.params, body: request.body, log: request.log, reply, ruleSets, logIds,
    }),
  });
}

/**
 * The HTTP service: the library's evaluator, rule sets and calendar as a JSON API (see
 * `API_ROUTES`), with its OpenAPI document at /openapi.json. Not listening yet: see `startServer`.
 * @example const app = await createServer({ logger: false }); (await app.inject({ url: '/health' })).json() // { status: 'ok' }
 */
export async function createServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const ruleSets = new ServedRuleSets(options.ruleSets ?? []);
  const requestTimeout = options.requestTimeoutMs ?? 60_000;
  const app = Fastify({
    logger: options.logger ?? true,
    bodyLimit: BODY_LIMIT,
    requestTimeout,
    // Node enforces the request timeout only when the headers' timeout is no longer, and looks
    // for requests over their time every 30 s by default: look every second, so the timeout holds.
    http: { requestTimeout, headersTimeout: Math.min(requestTimeout, 10_000), connectionsCheckingInterval: 1000 },
    genReqId: requestId,
    // Rule set ids of up to 200 characters, as RuleSetParamsSchema takes them (the default stops at 100).
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(zodValidator);
  app.setErrorHandler(answerError);
  app.setNotFoundHandler((request, reply) => reply.code(404).send({
    issues: [{ path: '', message: `no route ${request.method} ${request.url.split('?')[0]}: the routes are listed at GET /openapi.json` }],
  }));
  app.addHook('onRequest', async (request, reply) => { reply.header('x-request-id', request.id); });
  // Once closing, a connection is let go as soon as its answer is sent, so that shutdown ends
  // when the requests in flight do rather than when clients drop their keep-alive connections.
  app.addHook('onSend', async (_request, reply) => { if (closing(app)) reply.header('connection', 'close'); });
  app.addHook('onResponse', async () => { if (closing(app)) setImmediate(() => app.server.closeIdleConnections()); });
  // Plain text would reach a route as a string: only JSON is taken, and JSON Lines by POST /batch alone.
  app.removeContentTypeParser('text/plain');

  const logIds = options.logIds === true;
  const streams = (route: ApiRoute): boolean => route.body?.contentType === 'application/x-ndjson';
  for (const route of API_ROUTES.filter((r) => !streams(r))) register(app, route, ruleSets, logIds);
  await app.register(async (streaming) => {
    // A caseload reaches its route as the request stream itself, read line by line: no body limit but the line's.
    streaming.removeAllContentTypeParsers();
    streaming.addContentTypeParser(['application/x-ndjson', 'application/jsonl'], (_request, payload, done) => { done(null, payload); });
    for (const route of API_ROUTES.filter(streams)) register(streaming, route, ruleSets, logIds);
  });
  const document = openApiDocument(API_ROUTES, version);
  app.get('/openapi.json', async () => document);
  return app;
}
