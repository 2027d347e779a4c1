import { describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

describe('GET /healthz', () => {
  it('answers 200 with the security headers', async () => {
    const response = await call('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
  });

  it('answers unknown API routes with a 404 in the error shape', async () => {
    const response = await call('/api/nope', { headers: { 'Accept-Language': 'en' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ path: '/api/nope', message: 'No such API route' }] });
  });
});
