/**
 * Sign-in delays per account, whatever the address (pure; stored by worker/db/signin-throttle.ts).
 * The first FREE_FAILURES failures cost nothing (typos happen); after that, each attempt waits twice
 * as long as the one before, from FIRST_DELAY_MS up to MAX_DELAY_MS and never more. Someone failing
 * on purpose can slow an account down but never lock it, and browsers the account signed in from
 * before skip the delay altogether (worker/middleware/trusted-device.ts). A quiet day starts over.
 */
export const FREE_FAILURES = 5;
export const FIRST_DELAY_MS = 15_000;
export const MAX_DELAY_MS = 5 * 60_000;
export const QUIET_RESET_MS = 24 * 60 * 60_000;

export type Throttle = { failures: number; lastFailureAt: string };

/** The failures that still count at `now`: none after a quiet day. */
function counted(state: Throttle | null, now: Date): Throttle | null {
  if (!state || now.getTime() - Date.parse(state.lastFailureAt) >= QUIET_RESET_MS) return null;
  return state;
}

/** The wait imposed after `failures` consecutive failures (ms). */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

/** How long the next attempt must wait (ms; 0: it may go now). */
export function waitBeforeAttempt(state: Throttle | null, now: Date): number {
  const live = counted(state, now);
  if (!live) return 0;
  return Math.max(0, Date.parse(live.lastFailureAt) + delayAfter(live.failures) - now.getTime());
}

/** The state once one more attempt failed at `now`. */
export function afterFailure(state: Throttle | null, now: Date): Throttle {
  return { failures: (counted(state, now)?.failures ?? 0) + 1, lastFailureAt: now.toISOString() };
}
