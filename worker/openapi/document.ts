import { toJsonSchema } from '@valibot/to-json-schema';
import type { RouterRoute } from 'hono/types';
import type * as v from 'valibot';
import { OPERATIONS } from './operations.ts';

type JsonObject = Record<string, unknown>;

/** The routes the document describes: the API and the health check, once per method and path (route middleware repeats them). */
export function describedRoutes(routes: readonly RouterRoute[]): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const { method, path } of routes) {
    if (method === 'ALL' || path.includes('*')) continue;
    if (!path.startsWith('/api/') && path !== '/api' && path !== '/healthz' && path !== '/livez') continue;
    seen.set(`${method} ${path}`, { method, path });
  }
  return [...seen.values()];
}

/** Hono's `/:id` and `/:id{regex}` as OpenAPI's `/{id}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g, '{$1}');

const pathParameters = (path: string) =>
  [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));

/** JSON Schema 2020-12, the dialect of OpenAPI 3.1, of what a client sends (before trims and transforms). */
export function jsonSchemaOf(schema: v.GenericSchema): JsonObject {
  const { $schema: _dialect, ...rest } = toJsonSchema(schema, { target: 'draft-2020-12', typeMode: 'input', errorMode: 'ignore' }) as JsonObject;
  return rest;
}

const errorSchema = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: { type: 'array', items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } } },
  },
};

/**
 * The OpenAPI 3.1 document of the app's registered routes (`app.routes`): every API route, with the
 * JSON body schema its route validates with when it takes one (worker/openapi/operations.ts).
 */
export function openApiDocument(routes: readonly RouterRoute[]): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const { method, path } of describedRoutes(routes)) {
    const operation = OPERATIONS[`${method} ${path}`];
    const parameters = pathParameters(path);
    const entry: JsonObject = {
      operationId: `${method.toLowerCase()}${openApiPath(path).replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: operation?.summary ?? `${method} ${path}`,
      tags: [path === '/healthz' || path === '/livez' ? 'health' : (path.split('/')[2] ?? 'api')],
      ...(parameters.length > 0 ? { parameters } : {}),
      responses: {
        '2XX': { description: 'Success' },
        '4XX': {
          description: 'Refused: each error names the field, in the language of Accept-Language (fr, en)',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Errors' } } },
        },
      },
    };
    if (operation?.body) {
      const examples = Object.fromEntries((operation.examples ?? []).map((value, i) => [`example${i + 1}`, { value }]));
      entry.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchemaOf(operation.body), ...(operation.examples ? { examples } : {}) } },
      };
    }
    (paths[openApiPath(path)] ??= {})[method.toLowerCase()] = entry;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pouls API',
      version: '1',
      description:
        'Anonymous surveys, live votes and idea boxes for French primary care. Coordinators sign in with a session cookie; every error is `{errors: [{path, message}]}`.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: { Errors: errorSchema } },
  };
}
