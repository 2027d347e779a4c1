import { Hono } from 'hono';
import { databaseAnswers } from '../db/health.ts';
import type { AppEnv } from '../env.ts';
import { withDb } from '../middleware/db.ts';

/** Up means the worker answers and D1 does too: 503 otherwise, so a monitor sees the database go. */
export const health = new Hono<AppEnv>().get('/', withDb, async (c) =>
  (await databaseAnswers(c.var.db))
    ? c.json({ status: 'ok' as const, database: 'ok' as const })
    : c.json({ status: 'down' as const, database: 'unreachable' as const }, 503),
);

/** Alive means the worker answers, nothing more (no D1 read): for a load balancer, and the bench's no-op floor. */
export const liveness = new Hono<AppEnv>().get('/', (c) => c.json({ status: 'ok' as const }));
