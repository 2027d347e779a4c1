import { describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

describe('GET /livez', () => {
  it('answers 200 without reading D1', async () => {
    const response = await call('/livez');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /healthz', () => {
  it('answers 200 with the security headers', async () => {
    const response = await call('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
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

describe('cross-site request protection', () => {
  it('refuses unsafe requests a browser marks as cross-site, and lets same-origin ones through', async () => {
    const body = JSON.stringify({ answers: {} });
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': 'k'.repeat(20) };
    const crossSite = await call('/api/s/demo/responses', { method: 'POST', body, headers: { ...headers, 'Sec-Fetch-Site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toEqual({ errors: [{ path: 'origin', message: 'Requête d’un autre site refusée' }] });
    const foreignOrigin = await call('/api/s/demo/responses', { method: 'POST', body, headers: { ...headers, Origin: 'https://evil.example' } });
    expect(foreignOrigin.status).toBe(403);
    const sameOrigin = await call('/api/s/demo/responses', {
      method: 'POST',
      body,
      headers: { ...headers, Origin: 'https://pouls.example', 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(sameOrigin.status).toBe(404); // past the guard: no demo survey in this test database
  });
});
