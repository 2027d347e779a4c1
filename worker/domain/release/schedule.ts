/**
 * When releases happen: at the organisation's publication hour (Europe/Paris), at most once a day,
 * and at closing when the last release is a day old or more. Pure: the time is always given.
 */

export { RELEASE_TIME_ZONE } from '../../../schema/organisation.ts';
import { parisHour } from '../paris-time.ts';
const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** The first full hour after `after` that is `hour` o'clock in Paris (Paris is a whole number of hours off UTC). */
export function nextReleaseAt(after: Date, hour: number): Date {
  const start = Math.floor(after.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS;
  for (let i = 0; i < 50; i++) {
    const candidate = new Date(start + i * HOUR_MS);
    if (parisHour(candidate) === hour) return candidate;
  }
  throw new Error(`no ${hour} o'clock within two days`);
}

/**
 * When the job next looks at a survey: the publication hour after `now`, and never within 23 hours
 * of the last release (at most one a day, whatever the hour is changed to).
 */
export function plannedAfter(now: Date, lastReleaseAt: string | null, hour: number): Date {
  const earliest = lastReleaseAt ? Math.max(now.getTime(), Date.parse(lastReleaseAt) + 23 * HOUR_MS) : now.getTime();
  return nextReleaseAt(new Date(earliest), hour);
}

/** Whether closing may publish at once: nothing published yet, or the last release is at least a day old. */
export function closingMayRelease(lastReleaseAt: string | null, now: Date): boolean {
  return lastReleaseAt === null || now.getTime() - Date.parse(lastReleaseAt) >= DAY_MS;
}
