import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import type { AppEnv } from '../env.ts';
import { logLine } from '../observability/log.ts';

/**
 * One log line per request: a random id (also sent back as `X-Request-Id`, so a coordinator can quote
 * it), the method, the route pattern that answered (`/api/orgs/:orgId/surveys/:id`, never the URL with
 * its ids and query string), the status and the duration. A worker has no API for the CPU time of its
 * request, so none is logged: the dashboard's metrics give CPU time per worker (percentiles). The
 * duration is wall time (a worker's clock only moves across I/O), from Date.now, not the injected clock. Nothing about the client — address, user agent, headers, body — is read.
 */
export const requestLog = createMiddleware<AppEnv>(async (c, next) => {
  const requestId = crypto.randomUUID();
  c.set('requestId', requestId);
  const started = Date.now();
  await next();
  c.header('X-Request-Id', requestId);
  logLine(c.res.status >= 500 ? 'error' : 'info', 'request', {
    requestId,
    method: c.req.method,
    route: routePath(c),
    status: c.res.status,
    durationMs: Date.now() - started,
  });
});
