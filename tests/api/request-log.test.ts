import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEnv } from '../../worker/env.ts';
import { onError } from '../../worker/middleware/errors.ts';
import { requestLog } from '../../worker/middleware/request-log.ts';
import { account, call, postJson } from './helpers.ts';

/** Every line the worker writes to the console while `run` runs, as written. */
async function captureLogs(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  const spies = [
    vi.spyOn(console, 'log').mockImplementation(keep),
    vi.spyOn(console, 'error').mockImplementation(keep),
    vi.spyOn(console, 'warn').mockImplementation(keep),
  ];
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines;
}

const requestLines = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.message === 'request');

afterEach(() => vi.restoreAllMocks());

describe('request logs', () => {
  it('writes one JSON line per request: id, route pattern, status, duration, and nothing about the client', async () => {
    const owner = await account('owner');
    const marker = `marker-${crypto.randomUUID()}`;
    const client = { 'CF-Connecting-IP': '203.0.113.77', 'User-Agent': `Browser/${marker}` };
    let response: Response | undefined;
    const lines = await captureLogs(async () => {
      response = await postJson(
        `/api/orgs/${owner.organisationId}/surveys?secret=${marker}`,
        { title: { fr: marker }, marker },
        { ...owner.headers, ...client },
      );
    });
    const logged = requestLines(lines);
    expect(logged).toHaveLength(1);
    const [line] = logged;
    expect(line).toEqual({
      level: 'info',
      message: 'request',
      requestId: response!.headers.get('X-Request-Id'),
      method: 'POST',
      route: '/api/orgs/:orgId/surveys',
      status: response!.status,
      durationMs: expect.any(Number),
    });
    expect(line!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    for (const text of lines) {
      expect(text).not.toContain(marker);
      expect(text).not.toContain('203.0.113.77');
      expect(text).not.toContain(owner.organisationId);
      expect(text).not.toContain('Browser/');
    }
  });

  it('gives each request its own id, and names the pattern of routes with ids', async () => {
    const lines = await captureLogs(async () => {
      await call('/api/s/some-survey-slug');
      await call('/healthz');
    });
    const [survey, health] = requestLines(lines);
    expect(survey!.route).toBe('/api/s/:slug');
    expect(JSON.stringify(survey)).not.toContain('some-survey-slug');
    expect(health).toMatchObject({ route: '/healthz', status: 200 });
    expect(survey!.requestId).not.toBe(health!.requestId);
  });
});

describe('error logs', () => {
  it('logs an unexpected error with its stack and the request id, and answers a 500 without them', async () => {
    const app = new Hono<AppEnv>().use(requestLog).get('/items/:id', () => {
      throw new Error('the database went away');
    });
    app.onError(onError);
    let response: Response | undefined;
    const lines = await captureLogs(async () => {
      response = await app.request('/items/42', { headers: { 'CF-Connecting-IP': '198.51.100.9' } });
    });
    expect(response!.status).toBe(500);
    expect(await response!.text()).not.toContain('database');
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const error = parsed.find((l) => l.message === 'unexpected error');
    expect(error).toMatchObject({ level: 'error', route: '/items/:id', error: 'the database went away', requestId: response!.headers.get('X-Request-Id') });
    expect(error!.stack).toContain('Error: the database went away');
    expect(parsed.find((l) => l.message === 'request')).toMatchObject({ level: 'error', route: '/items/:id', status: 500 });
    expect(lines.join('\n')).not.toContain('198.51.100.9');
  });
});

describe('GET /healthz', () => {
  it('checks that D1 answers', async () => {
    const response = await call('/healthz');
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});
