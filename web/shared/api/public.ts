import type { InferRequestType } from 'hono/client';
import type { ErrorItem } from '../../../schema/messages.ts';
import type { Lang } from '../../../schema/lang.ts';
import type { Api } from './client.ts';

/**
 * The two calls a respondent's page makes, with plain `fetch`: the hono client's runtime (about 1.8 KB
 * gzipped) stays out of the respondent's bundle. The types still come from the worker's routes, through
 * the `Api` type, so a change to a route's body or replies fails the type check here as it would there.
 */
type SurveyRoute = Api['s'][':slug'];
type Reply<Call extends (...args: never[]) => Promise<unknown>> = ReturnType<Call>;

/** `/api/s/:slug` and what follows it. */
export const publicPath = (slug: string, rest = '') => `/api/s/${encodeURIComponent(slug)}${rest}`;

/** `GET /api/s/:slug`: the published definition. */
export function fetchSurvey(lang: Lang, slug: string): Reply<SurveyRoute['$get']> {
  return fetch(publicPath(slug), { headers: { 'Accept-Language': lang } }) as Reply<SurveyRoute['$get']>;
}

/** `POST /api/s/:slug/responses`, with the Idempotency-Key that makes a retry safe. */
export function postResponse(
  lang: Lang,
  slug: string,
  body: InferRequestType<SurveyRoute['responses']['$post']>['json'],
  key: string,
): Reply<SurveyRoute['responses']['$post']> {
  return fetch(publicPath(slug, '/responses'), {
    method: 'POST',
    headers: { 'Accept-Language': lang, 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  }) as Reply<SurveyRoute['responses']['$post']>;
}

/** The `{errors}` of a 4xx body, or nothing when the body is not in that shape. */
export async function errorsOf(response: Response): Promise<ErrorItem[]> {
  try {
    const body = (await response.json()) as { errors?: unknown };
    return Array.isArray(body.errors) ? (body.errors as ErrorItem[]) : [];
  } catch {
    return [];
  }
}
