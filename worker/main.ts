/**
 * The worker's entry (wrangler.toml `main`): the HTTP app and Cron Trigger of index.ts, and the
 * Durable Object classes. Kept apart from index.ts because the front end type-checks index.ts's
 * route types (AppType) against the DOM lib, where Workers-only modules such as
 * `cloudflare:workers` cannot load.
 */
export { default } from './index.ts';

/** One Durable Object per live session (wrangler.toml: LIVE_SESSION). */
export { LiveSession } from './live/live-session.ts';
