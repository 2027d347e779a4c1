import { Db } from '../db/client.ts';
import { parisDay, parisHour } from '../domain/paris-time.ts';
import { logLine } from '../observability/log.ts';
import { purgeExpiredAccounts } from './purge-accounts.ts';
import { purgeExpired, purgeExpiredLive } from './purge-expired.ts';
import { purgeExpiredIdeas } from './purge-ideas.ts';
import { releaseDueSurveys } from './release-surveys.ts';

/**
 * The daily work runs in the hourly trigger of this hour in Paris: Cron Triggers are UTC, so the
 * hourly job decides by the Paris clock and the work stays at 03:xx in Paris summer and winter alike
 * (the hour the autumn change repeats is 02:xx, the one spring skips 02:xx: 03:xx happens once a day).
 */
export const DAILY_HOUR_PARIS = 3;

/**
 * The hourly Cron Trigger (wrangler.toml `[triggers]`), timed by the trigger itself (tests pass any
 * time): releases of the surveys due; once a day, the retention purges (surveys' raw responses,
 * ended live sessions, idea boxes' settled ideas and receipts), dated by the trigger's day in Paris.
 */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  const now = new Date(controller.scheduledTime);
  const db = new Db(env.DB);
  const released = await releaseDueSurveys(db, now);
  logLine('info', 'releases', { surveys: released.length });
  if (parisHour(now) !== DAILY_HOUR_PARIS) return;
  const today = parisDay(now);
  const purged = await purgeExpired(db, today);
  logLine('info', 'retention: raw responses deleted', { surveys: purged.length });
  const live = await purgeExpiredLive(env, db, today);
  logLine('info', 'retention: live sessions deleted', { sessions: live.length });
  logLine('info', 'retention: idea boxes', await purgeExpiredIdeas(db, now));
  logLine('info', 'accounts: expired rows deleted', await purgeExpiredAccounts(db, now));
};
