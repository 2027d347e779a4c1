import { describe, expect, it } from 'vitest';
import { isRetryable, retryDelay, sendUntilFinal } from './retry.ts';

const reply = (status: number, headers: Record<string, string> = {}) => new Response(status === 204 ? null : '{}', { status, headers });

describe('retryDelay', () => {
  it('backs off, then settles at 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((failures) => retryDelay(failures))).toEqual([1, 2, 4, 8, 15, 30, 30, 30]);
  });

  it('waits at least as long as the server asks, within two minutes', () => {
    expect(retryDelay(0, '60')).toBe(60);
    expect(retryDelay(5, '10')).toBe(30);
    expect(retryDelay(0, '3600')).toBe(120);
    expect(retryDelay(0, 'Wed, 21 Oct 2026 07:28:00 GMT')).toBe(1);
  });
});

describe('isRetryable', () => {
  it('retries server errors and rate limiting, not refusals', () => {
    expect([500, 502, 503, 429, 408].every(isRetryable)).toBe(true);
    expect([400, 403, 404, 409, 413, 422].some(isRetryable)).toBe(false);
  });
});

describe('sendUntilFinal', () => {
  it('retries network failures, 5xx and 429 until the server acknowledges', async () => {
    const outcomes: (() => Response)[] = [
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => reply(503),
      () => reply(429, { 'Retry-After': '60' }),
      () => reply(201),
    ];
    const waits: number[] = [];
    const response = await sendUntilFinal(
      async () => outcomes.shift()!(),
      async (seconds) => void waits.push(seconds),
    );
    expect(response.status).toBe(201);
    expect(waits).toEqual([1, 2, 60]);
  });

  it('returns a refusal at once, without waiting', async () => {
    const waits: number[] = [];
    const response = await sendUntilFinal(
      async () => reply(422),
      async (seconds) => void waits.push(seconds),
    );
    expect(response.status).toBe(422);
    expect(waits).toEqual([]);
  });
});
