import { Db } from '../db/client.ts';
import { purgeExpiredAccounts } from './purge-accounts.ts';
import { purgeExpired, purgeExpiredLive } from './purge-expired.ts';

/** The daily Cron Trigger (wrangler.toml `[triggers]`): the retention purges (surveys' raw responses, ended live sessions), dated by the trigger's day (UTC). */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  const today = new Date(controller.scheduledTime).toISOString().slice(0, 10);
  const db = new Db(env.DB);
  const purged = await purgeExpired(db, today);
  console.log(`retention: raw responses of ${purged.length} survey(s) deleted`);
  const live = await purgeExpiredLive(env, db, today);
  console.log(`retention: ${live.length} live session(s) ended over a year ago deleted`);
  console.log('accounts: expired rows deleted', await purgeExpiredAccounts(db, new Date(controller.scheduledTime)));
};
