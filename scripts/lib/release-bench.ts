/**
 * Releases in the bench: a survey is made due in the local D1 and the worker's hourly job runs
 * through wrangler's `/__scheduled` (the server runs with `--test-scheduled`), the way the Cron
 * Trigger would at the organisation's publication hour. The request's time is the release's cost:
 * reading every raw response, the disclosure check, and storing the snapshot.
 */
import type { HttpClient } from './http.ts';
import { queryLocal, type LocalOptions } from './wrangler.ts';

const sql = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A publication hour (Paris) twelve hours from now: no survey falls due on its own during the run. */
export function quietReleaseHour(now = new Date()): number {
  const parisHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: 'numeric', hourCycle: 'h23' }).format(now));
  return (parisHour + 12) % 24;
}

export async function setQuietReleaseHour(client: HttpClient, orgId: string, headers: Record<string, string>, signal: AbortSignal): Promise<void> {
  const response = await client.json(`/api/orgs/${orgId}/settings`, { method: 'PUT', headers, body: { releaseHour: quietReleaseHour() }, signal });
  if (response.status !== 200) throw new Error(`setting the publication hour → ${response.status} ${response.body.slice(0, 300)}`);
}

/** Makes the survey due and runs the hourly job; returns the job's time in milliseconds. */
export async function releaseOnDemand(client: HttpClient, surveyId: string, local: LocalOptions, signal: AbortSignal): Promise<number> {
  await queryLocal(`UPDATE surveys SET next_release_at = '2000-01-01T00:00:00.000Z' WHERE id = ${sql(surveyId)}`, local);
  const started = performance.now();
  const response = await client.request(`/__scheduled?cron=${encodeURIComponent('17 * * * *')}`, { signal, timeoutMs: 300_000 });
  if (response.status !== 200) throw new Error(`/__scheduled → ${response.status} ${response.body.slice(0, 300)}`);
  return performance.now() - started;
}
