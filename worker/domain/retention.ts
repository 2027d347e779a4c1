/**
 * The day a closed survey's raw responses are due for deletion: `months` after the day it
 * closed, on the same day of the month, or the month's last day when that one is shorter
 * (closed 31 January, kept one month: due 28 or 29 February). Days are Paris days (domain/paris-time.ts), YYYY-MM-DD.
 */
export function purgeDay(closedOn: string, months: number): string {
  const [year, month, day] = closedOn.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whether the retention period is over on `today`. */
export function purgeIsDue(closedOn: string, months: number, today: string): boolean {
  return today >= purgeDay(closedOn, months);
}

/** The same time `months` calendar months before `now` (UTC), on the month's last day when that one is shorter (31 March − 1 month: 28 or 29 February). */
export function monthsBefore(now: Date, months: number): Date {
  const target = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1, now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return target;
}
