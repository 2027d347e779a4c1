import { Db } from '../db/client.ts';
import { purgeExpiredAccounts } from './purge-accounts.ts';
import { purgeExpired, purgeExpiredLive } from './purge-expired.ts';
import { purgeExpiredIdeas } from './purge-ideas.ts';
import { releaseDueSurveys } from './release-surveys.ts';

/** The daily work runs in the hourly trigger of this UTC hour. */
export const DAILY_HOUR_UTC = 3;

/**
 * The hourly Cron Trigger (wrangler.toml `[triggers]`), timed by the trigger itself (tests pass any
 * time): releases of the surveys due; once a day, the retention purges (surveys' raw responses,
 * ended live sessions, idea boxes' settled ideas and receipts), dated by the trigger's day (UTC).
 */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  const now = new Date(controller.scheduledTime);
  const db = new Db(env.DB);
  const released = await releaseDueSurveys(db, now);
  console.log(`releases: ${released.length} survey(s) published`);
  if (now.getUTCHours() !== DAILY_HOUR_UTC) return;
  const today = now.toISOString().slice(0, 10);
  const purged = await purgeExpired(db, today);
  console.log(`retention: raw responses of ${purged.length} survey(s) deleted`);
  const live = await purgeExpiredLive(env, db, today);
  console.log(`retention: ${live.length} live session(s) ended over a year ago deleted`);
  console.log('retention: idea boxes', await purgeExpiredIdeas(db, now));
  console.log('accounts: expired rows deleted', await purgeExpiredAccounts(db, new Date(controller.scheduledTime)));
};
