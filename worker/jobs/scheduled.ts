import { Db } from '../db/client.ts';
import { purgeExpired } from './purge-expired.ts';

/** The daily Cron Trigger (wrangler.toml `[triggers]`): the retention purge, dated by the trigger's day (UTC). */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  const today = new Date(controller.scheduledTime).toISOString().slice(0, 10);
  const purged = await purgeExpired(new Db(env.DB), today);
  console.log(`retention: raw responses of ${purged.length} survey(s) deleted`);
};
