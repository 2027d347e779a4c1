import { hc } from 'hono/client';
import type { Lang } from '../i18n/lang.ts';
import type { AppType } from './app-type.ts';

/** The worker's API, typed from its routes; error messages come back in the reader's language. */
export function apiFor(lang: Lang) {
  return hc<AppType>(location.origin, { headers: { 'Accept-Language': lang } }).api;
}

export type Api = ReturnType<typeof apiFor>;

// Shared with the respondent's page, which does without the hono client.
export { errorsOf } from './public.ts';
