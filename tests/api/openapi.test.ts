import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createApp } from '../../worker/index.ts';
import { describedRoutes, openApiPath } from '../../worker/openapi/document.ts';
import { OPERATIONS } from '../../worker/openapi/operations.ts';
import { call } from './helpers.ts';

type Document = {
  openapi: string;
  paths: Record<
    string,
    Record<string, { requestBody?: { content: { 'application/json': { schema: object; examples?: Record<string, { value: unknown }> } } } }>
  >;
};

const document = async () => (await (await call('/api/openapi.json')).json()) as Document;
const routes = describedRoutes(createApp().routes);

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document with every route the app registered', async () => {
    const response = await call('/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Document;
    expect(doc.openapi).toBe('3.1.0');
    expect(routes.length).toBeGreaterThan(80);
    const missing = routes.filter(({ method, path }) => !doc.paths[openApiPath(path)]?.[method.toLowerCase()]);
    expect(missing).toEqual([]);
    expect(Object.values(doc.paths).flatMap((p) => Object.keys(p))).toHaveLength(routes.length);
  });

  it('describes only routes that exist, with the JSON schema of the valibot schema each body is validated with', async () => {
    const registered = new Set(routes.map((r) => `${r.method} ${r.path}`));
    expect(Object.keys(OPERATIONS).filter((key) => !registered.has(key))).toEqual([]);
    const doc = await document();
    const signIn = doc.paths['/api/auth/sign-in']!.post!.requestBody!.content['application/json'].schema;
    expect(signIn).toMatchObject({ type: 'object', required: ['email', 'password'], additionalProperties: false });
    expect(doc.paths['/api/orgs/{orgId}/surveys/{id}']!.put!.requestBody).toBeDefined();
  });

  it('has examples that its own schemas accept', async () => {
    const doc = await document();
    let checked = 0;
    for (const [key, operation] of Object.entries(OPERATIONS)) {
      const [method, path] = key.split(' ') as [string, string];
      const examples = doc.paths[openApiPath(path)]![method.toLowerCase()]!.requestBody?.content['application/json'].examples ?? {};
      expect(Object.keys(examples)).toHaveLength(operation.examples?.length ?? 0);
      for (const { value } of Object.values(examples)) {
        const parsed = v.safeParse(operation.body!, value);
        expect(parsed.issues, `${key}: ${JSON.stringify(value)}`).toBeUndefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });
});
