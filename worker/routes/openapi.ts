import { Hono } from 'hono';
import type { RouterRoute } from 'hono/types';
import type { AppEnv } from '../env.ts';
import { openApiDocument } from '../openapi/document.ts';

/**
 * GET /api/openapi.json, built once per isolate from the routes the app registered: `routes` is read
 * when first asked, once the app is complete (the app cannot name itself while it is being built).
 */
export function openApiRoute(routes: () => readonly RouterRoute[]) {
  let document: ReturnType<typeof openApiDocument> | undefined;
  return new Hono<AppEnv>().get('/', (c) => {
    document ??= openApiDocument(routes());
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(document);
  });
}
