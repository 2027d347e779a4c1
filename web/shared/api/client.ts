import { hc } from 'hono/client';
import type { ErrorItem } from '../../../schema/messages.ts';
import type { Lang } from '../i18n/lang.ts';
import type { AppType } from './app-type.ts';

/** The worker's API, typed from its routes; error messages come back in the reader's language. */
export function apiFor(lang: Lang) {
  return hc<AppType>(location.origin, { headers: { 'Accept-Language': lang } }).api;
}

export type Api = ReturnType<typeof apiFor>;

/** The `{errors}` of a 4xx body, or nothing when the body is not in that shape. */
export async function errorsOf(response: Response): Promise<ErrorItem[]> {
  try {
    const body = (await response.json()) as { errors?: unknown };
    return Array.isArray(body.errors) ? (body.errors as ErrorItem[]) : [];
  } catch {
    return [];
  }
}
