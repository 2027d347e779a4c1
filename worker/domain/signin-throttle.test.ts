import { describe, expect, it } from 'vitest';
import { afterFailure, delayAfter, FIRST_DELAY_MS, FREE_FAILURES, MAX_DELAY_MS, QUIET_RESET_MS, waitBeforeAttempt, type Throttle } from './signin-throttle.ts';

const at = (ms: number) => new Date(Date.UTC(2031, 2, 14, 9) + ms);

/** Fails `n` times in a row, each as soon as allowed; returns the state and the time of the last failure. */
function failRepeatedly(n: number): { state: Throttle | null; time: number } {
  let state: Throttle | null = null;
  let time = 0;
  for (let i = 0; i < n; i++) {
    time += waitBeforeAttempt(state, at(time));
    state = afterFailure(state, at(time));
  }
  return { state, time };
}

describe('sign-in delays per account', () => {
  it('let the first failures through at once', () => {
    const { state, time } = failRepeatedly(FREE_FAILURES - 1);
    expect(time).toBe(0);
    expect(waitBeforeAttempt(state, at(0))).toBe(0);
  });

  it('then double the wait after each failure, up to a cap, never more', () => {
    expect([5, 6, 7, 8, 9, 10, 50, 5000].map(delayAfter)).toEqual([15_000, 30_000, 60_000, 120_000, 240_000, MAX_DELAY_MS, MAX_DELAY_MS, MAX_DELAY_MS]);
    const { state, time } = failRepeatedly(FREE_FAILURES);
    expect(waitBeforeAttempt(state, at(time))).toBe(FIRST_DELAY_MS);
    expect(waitBeforeAttempt(state, at(time + FIRST_DELAY_MS - 1))).toBe(1);
    expect(waitBeforeAttempt(state, at(time + FIRST_DELAY_MS))).toBe(0);
  });

  it('never lock an account: even after a thousand failures, the wait is at most the cap', () => {
    const { state, time } = failRepeatedly(1000);
    expect(state?.failures).toBe(1000);
    expect(waitBeforeAttempt(state, at(time))).toBe(MAX_DELAY_MS);
    expect(waitBeforeAttempt(state, at(time + MAX_DELAY_MS))).toBe(0);
  });

  it('start over after a quiet day', () => {
    const { state, time } = failRepeatedly(12);
    expect(waitBeforeAttempt(state, at(time + QUIET_RESET_MS))).toBe(0);
    expect(afterFailure(state, at(time + QUIET_RESET_MS)).failures).toBe(1);
    expect(afterFailure(state, at(time + QUIET_RESET_MS - 1)).failures).toBe(13);
  });
});
