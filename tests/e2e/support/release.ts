/**
 * Releases on demand, without the wall clock: the survey is made due (its `next_release_at` in the
 * past, in the run's local D1), then the worker's hourly job runs through wrangler's `/__scheduled`
 * (`wrangler dev --test-scheduled`). Only that survey is due: organisations made for tests publish 12
 * hours away from now (`quietReleaseHour`), and `wrangler dev` never fires the Cron Trigger by itself.
 */
import { inject } from 'vitest';
import { queryLocal } from '../../../scripts/lib/wrangler.ts';

const sql = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Runs the hourly job now, as the Cron Trigger would. */
export async function runHourlyJob(baseUrl = inject('baseUrl')): Promise<void> {
  const response = await fetch(`${baseUrl}/__scheduled?cron=${encodeURIComponent('17 * * * *')}`);
  if (!response.ok) throw new Error(`/__scheduled: HTTP ${response.status} ${await response.text()}`);
}

/** Makes the survey due and runs the job: a release follows if at least k responses arrived since the last one. */
export async function releaseNow(surveyId: string): Promise<void> {
  await queryLocal(`UPDATE surveys SET next_release_at = '2000-01-01T00:00:00.000Z' WHERE id = ${sql(surveyId)}`, { persistTo: inject('persistTo') });
  await runHourlyJob();
}

/** A publication hour (Paris time) twelve hours from now: no survey of the organisation falls due while a test runs. */
export function quietReleaseHour(now = new Date()): number {
  const parisHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: 'numeric', hourCycle: 'h23' }).format(now));
  return (parisHour + 12) % 24;
}
