/** Waits between attempts, in seconds: quick at first, then every 30 s for as long as it takes. */
const BACKOFF = [1, 2, 4, 8, 15, 30];

/** Network failures, server errors and rate limiting are worth another try; other refusals are final. */
export function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** The wait before retry number `failures` (0 for the first), stretched to the server's Retry-After. */
export function retryDelay(failures: number, retryAfter?: string | null): number {
  const backoff = BACKOFF[Math.min(failures, BACKOFF.length - 1)]!;
  const asked = Number(retryAfter);
  return Number.isFinite(asked) && asked > backoff ? Math.min(asked, 120) : backoff;
}

/**
 * Sends until the server gives a final answer (an acknowledgement or a refusal), waiting with
 * `wait(seconds)` between attempts. Safe to repeat because every attempt carries the same Idempotency-Key.
 */
export async function sendUntilFinal<R extends Response>(send: () => Promise<R>, wait: (seconds: number) => Promise<void>): Promise<R> {
  for (let failures = 0; ; failures++) {
    let retryAfter: string | null = null;
    try {
      const response = await send();
      if (!isRetryable(response.status)) return response;
      retryAfter = response.headers.get('Retry-After');
    } catch {
      // offline, connection reset, DNS…: try again
    }
    await wait(retryDelay(failures, retryAfter));
  }
}
