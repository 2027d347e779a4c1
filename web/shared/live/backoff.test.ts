import { describe, expect, it } from 'vitest';
import { reconnectDelay, sessionGone, socketUrl } from './backoff.ts';

describe('reconnectDelay', () => {
  it('doubles from 1 s up to 30 s, with jitter in [½, 1) of the step', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((n) => reconnectDelay(n, top))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(reconnectDelay(0, () => 0)).toBe(500);
    expect(reconnectDelay(5, () => 0)).toBe(15000);
    expect(reconnectDelay(-3, () => 0)).toBe(500);
  });
});

describe('socketUrl', () => {
  it('keeps the origin and swaps the scheme', () => {
    expect(socketUrl('https://pouls.example', '/api/live/s1/socket', { token: 'abc', view: undefined })).toBe(
      'wss://pouls.example/api/live/s1/socket?token=abc',
    );
    expect(socketUrl('http://127.0.0.1:8787', '/api/orgs/o/live/s/socket', { view: 'projector' })).toBe(
      'ws://127.0.0.1:8787/api/orgs/o/live/s/socket?view=projector',
    );
  });
});

describe('sessionGone', () => {
  it('is close code 4404 or a 404, nothing else', () => {
    expect(sessionGone({ closeCode: 4404 })).toBe(true);
    expect(sessionGone({ status: 404 })).toBe(true);
    expect(sessionGone({ closeCode: 1006 })).toBe(false);
    expect(sessionGone({ closeCode: 1000 })).toBe(false);
    expect(sessionGone({ status: 429 })).toBe(false);
    expect(sessionGone({ status: 0 })).toBe(false);
  });
});
