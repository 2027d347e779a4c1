import { createMiddleware } from 'hono/factory';
import { Db } from '../db/client.ts';
import type { AppEnv } from '../env.ts';

/** One Db per request, so rows read can be reported per request. */
export const withDb = createMiddleware<AppEnv>(async (c, next) => {
  c.set('db', new Db(c.env.DB));
  await next();
});

/** Reports D1 rows read (Server-Timing), so cost per request is observable from outside. */
export const reportRowsRead = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.header('Server-Timing', `d1;desc="rows read";dur=0, d1-rows;desc="${c.var.db.rowsRead}"`, { append: true });
});
