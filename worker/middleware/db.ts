import { createMiddleware } from 'hono/factory';
import { Db } from '../db/client.ts';
import type { AppEnv } from '../env.ts';

/** One Db per request, so rows read can be reported per request. */
export const withDb = createMiddleware<AppEnv>(async (c, next) => {
  c.set('db', new Db(c.env.DB));
  await next();
});

/**
 * Reports D1 rows read and written (Server-Timing) where REPORT_ROWS_READ is on: the bench's and the tests'
 * configurations only. In production it stays off, since the count would tell anyone how many
 * distinct answer cells a survey holds.
 */
export const reportRowsRead = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.env.REPORT_ROWS_READ === 'on')
    c.header('Server-Timing', `d1;desc="rows read";dur=0, d1-rows;desc="${c.var.db.rowsRead}", d1-rows-written;desc="${c.var.db.rowsWritten}"`, {
      append: true,
    });
});
