import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import type { Bindings } from '../../../worker/env.ts';
import { createApp } from '../../../worker/index.ts';

/** A clock the test moves by hand: nothing it checks depends on when the test runs. */
export class TestClock {
  private ms: number;
  constructor(start: string) {
    this.ms = Date.parse(start);
    if (Number.isNaN(this.ms)) throw new Error(`not a time: ${start}`);
  }
  readonly now = () => new Date(this.ms);
  iso(): string {
    return new Date(this.ms).toISOString();
  }
  advance(ms: number): this {
    this.ms += ms;
    return this;
  }
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const DAY = 24 * 60 * MINUTE;

export type Caller = {
  call: (path: string, init?: RequestInit) => Promise<Response>;
  postJson: (path: string, body: unknown, headers?: Record<string, string>, method?: string) => Promise<Response>;
};

/**
 * The worker's app as production builds it, but reading the time from `clock`, and with some bindings
 * swapped if asked (a limiter, a var): the same routes, middleware and D1 as `exports.default.fetch`.
 */
export function appAt(clock: TestClock, bindings: Partial<Bindings> = {}): Caller {
  const app = createApp(clock.now);
  const call = async (path: string, init: RequestInit = {}) => {
    const ctx = createExecutionContext();
    const response = await app.fetch(new Request(`https://pouls.example${path}`, init), { ...env, ...bindings }, ctx);
    await waitOnExecutionContext(ctx);
    return response;
  };
  const postJson = (path: string, body: unknown, headers: Record<string, string> = {}, method = 'POST') =>
    call(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { call, postJson };
}
