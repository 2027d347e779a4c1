import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

/** Re-wraps an asset response so our middleware can still set headers on it. */
async function asset(env: AppEnv['Bindings'], request: Request, path?: string): Promise<Response> {
  const url = path ? new URL(path, request.url) : request.url;
  const response = await env.ASSETS.fetch(new Request(url, { method: request.method, headers: request.headers }));
  return new Response(response.body, response);
}

/** The front end: one small page per audience, served from Workers static assets. */
export const pages = new Hono<AppEnv>()
  .get('/s/:slug{[a-z0-9-]+}', async (c) => {
    const page = await asset(c.env, c.req.raw, '/respond/');
    // The definition the page fetches first, asked for beside its script: one round trip fewer before the first question.
    page.headers.append('Link', `</api/s/${c.req.param('slug')}>; rel=preload; as=fetch; crossorigin=anonymous`);
    return page;
  })
  .get('/s/:slug{[a-z0-9-]+}/results', (c) => asset(c.env, c.req.raw, '/results/'))
  // Live workshops: enter a code, or join directly (the QR code on the projector points here).
  .get('/live', (c) => asset(c.env, c.req.raw, '/live/'))
  .get('/live/:code{[A-Za-z0-9]{6}}', (c) => asset(c.env, c.req.raw, '/live/'))
  // The idea box: propose and support (phone), answers, follow a receipt, the enrolled kiosk; the waiting room's TV apart.
  .get('/b/:slug{[a-z0-9-]+}', (c) => asset(c.env, c.req.raw, '/ideas/'))
  .get('/b/:slug{[a-z0-9-]+}/:view{answers|receipt|kiosk}', (c) => asset(c.env, c.req.raw, '/ideas/'))
  .get('/b/:slug{[a-z0-9-]+}/display', (c) => asset(c.env, c.req.raw, '/ideas/display/'))
  // The coordinators' app (web/app): sign-in, setup, invitations, surveys, builder, sharing, results.
  .get('/app', (c) => asset(c.env, c.req.raw, '/app/'))
  .get('/app/*', (c) => asset(c.env, c.req.raw, '/app/'))
  .get('/login', (c) => asset(c.env, c.req.raw, '/app/'))
  .get('/setup/:token{[A-Za-z0-9_-]+}', (c) => asset(c.env, c.req.raw, '/app/'))
  .get('/invite/:token{[A-Za-z0-9_-]+}', (c) => asset(c.env, c.req.raw, '/app/'))
  .all('*', (c) => asset(c.env, c.req.raw));
