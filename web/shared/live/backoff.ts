/**
 * Timing of the live connection (participants' phones, the console, the projector), kept pure so it
 * can be unit-tested: reconnect waits, the ping period and the polling period while the socket is down.
 */

/** Clients send `{"type":"ping"}` this often; proxies close quiet sockets after about a minute. */
export const PING_EVERY_MS = 25_000;
/** A ping with no pong within this time means the socket is dead even if the browser has not noticed. */
export const PONG_TIMEOUT_MS = 10_000;
/** While the socket is down, the state is polled this often (2–3 s). */
export const POLL_EVERY_MS = 2_500;

const BASE_MS = 1_000;
const MAX_MS = 30_000;

/**
 * The wait before reconnect attempt `failures` (0 for the first): 1 s, 2 s, 4 s… up to 30 s, each
 * scaled by a random factor in [0.5, 1) so that a room of phones dropped at once does not come back in step.
 */
export function reconnectDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, Math.min(failures, 10)));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** The WebSocket address of a same-origin path: ws: beside http:, wss: beside https:. */
export function socketUrl(origin: string, path: string, params: Record<string, string | undefined> = {}): string {
  const url = new URL(path, origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

/** The close code of a socket whose session was deleted (schema/live.ts): nothing to reconnect to. */
export const GONE_CLOSE_CODE = 4404;

/** Whether a closed socket (its close code) or a failed load (its HTTP status) means the session no longer exists. */
export function sessionGone(how: { closeCode?: number; status?: number }): boolean {
  return how.closeCode === GONE_CLOSE_CODE || how.status === 404;
}
