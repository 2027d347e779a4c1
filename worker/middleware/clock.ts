import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

/** What time it is, for everything a route dates or checks (expiry, delays, audit): tests pass their own. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Sets `c.var.clock` for the routes after it. */
export const useClock = (clock: Clock) =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('clock', clock);
    await next();
  });
