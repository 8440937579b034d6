import * as z from 'zod';
import type { ApiRoute } from './apiRoutes.js';
import { IssuesAnswerSchema } from './requestSchemas.js';

type JsonSchema = Record<string, unknown>;

/** Shared definitions, by name: the document's components.schemas. */
type Components = Record<string, JsonSchema>;

/**
 * A schema as JSON Schema 2020-12, the dialect of OpenAPI 3.1 (a zod one for what a client sends,
 * `input`, or receives, `output`). Its own definitions ($defs, as in the rule file's recursive
 * conditions) move to the document's components, where its references then point.
 */
function jsonSchema(schema: z.ZodType | JsonSchema, io: 'input' | 'output', components: Components): JsonSchema {
  const generated = schema instanceof z.ZodType ? z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) : schema;
  // $id would make its references relative to another document; $schema is the document's own dialect.
  const { $schema: _dialect, $id: _id, $defs, ...rest } = JSON.parse(JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  for (const [name, definition] of Object.entries(($defs ?? {}) as Components)) {
    if (components[name] && JSON.stringify(components[name]) !== JSON.stringify(definition)) throw new Error(`two schemas define ${name} differently`);
    components[name] = definition;
  }
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path', components: Components): JsonSchema[] {
  if (!schema) return [];
  const { properties = {}, required = [] } = jsonSchema(schema, 'input', components) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name, in: where, required: where === 'path' || required.includes(name), ...(description === undefined ? {} : { description }), schema: property,
  }));
}

const issues = (description: string): JsonSchema => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Issues' } } } });

function operation(route: ApiRoute, components: Components): JsonSchema {
  const params = [...parameters(route.params, 'path', components), ...parameters(route.query, 'query', components)];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body ? { requestBody: { required: true, content: { [route.body.contentType]: { schema: jsonSchema(route.body.documented, 'input', components) } } } } : {}),
    responses: {
      [route.answer.status]: { description: route.answer.description, content: { [route.answer.contentType]: { schema: jsonSchema(route.answer.schema, 'output', components) } } },
      ...(params.length > 0 || route.body ? { 400: issues('The request is not valid: every problem, with its path.') } : {}),
      ...(route.path.includes('{id}') ? { 404: issues('No such rule set.') } : {}),
      ...(route.body?.contentType === 'application/json' ? { 413: issues('The body is over 1 MiB.') } : {}),
      ...(route.body ? { 415: issues(`The body is not ${route.body.contentType}.`) } : {}),
    },
  };
}

/**
 * The OpenAPI 3.1 document of the API, made from the routes' own zod schemas, so that a team
 * that calls the service from .NET or Java generates its client from the schemas requests are checked with.
 * @example openApiDocument(API_ROUTES, '0.1.0').paths['/evaluate'].post.operationId // 'evaluate'
 */
export function openApiDocument(routes: readonly ApiRoute[], version: string): JsonSchema {
  const components: Components = {};
  components.Issues = jsonSchema(IssuesAnswerSchema, 'output', components);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route, components);
  paths['/openapi.json'] = { get: { operationId: 'openApi', summary: 'This document.', responses: { 200: { description: 'OpenAPI 3.1.', content: { 'application/json': { schema: { type: 'object' } } } } } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'early-help-rules',
      version,
      description: "Councils' early help levels of need and practice timescales: evaluate case records, read rule sets, count working days.",
    },
    paths,
    components: { schemas: components },
  };
}
