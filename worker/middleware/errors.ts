import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { routePath } from 'hono/route';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorItem } from '../../schema/messages.ts';
import type { Lang } from '../../schema/lang.ts';
import type { AppEnv } from '../env.ts';
import { logLine } from '../observability/log.ts';

export type ErrorBody = { errors: ErrorItem[] };

/** A 4xx in the one shape every client reads: `{errors: [{path, message}]}`. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly errors: ErrorItem[],
  ) {
    super(status, { message: errors.map((e) => e.message).join('; ') });
  }
}

type Words = { fr: string; en: string };

export function apiError(status: ContentfulStatusCode, path: string, words: Words, lang: Lang): ApiError {
  return new ApiError(status, [{ path, message: words[lang] }]);
}

const HONO_MESSAGES: Record<number, { path: string } & Words> = {
  400: { path: '$', fr: 'Corps de requête illisible : JSON attendu', en: 'Unreadable request body: JSON expected' },
  401: { path: 'authorization', fr: 'Authentification requise', en: 'Authentication required' },
  413: { path: '$', fr: 'Corps de requête trop volumineux', en: 'Request body too large' },
};

/** Errors never leak as 500s for bad input: Hono's own 4xx become the standard shape too. */
export function onError(error: Error, c: Context<AppEnv>): Response {
  const lang = c.get('lang') ?? 'fr';
  if (error instanceof ApiError) return c.json<ErrorBody>({ errors: error.errors }, error.status);
  if (error instanceof HTTPException && error.status < 500) {
    const known = HONO_MESSAGES[error.status] ?? { path: '$', fr: 'Requête invalide', en: 'Invalid request' };
    return c.json<ErrorBody>({ errors: [{ path: known.path, message: known[lang] }] }, error.status as ContentfulStatusCode);
  }
  logLine('error', 'unexpected error', { requestId: c.get('requestId'), route: routePath(c), error: error.message, stack: error.stack });
  return c.json<ErrorBody>({ errors: [{ path: '$', message: lang === 'en' ? 'Internal error, please retry' : 'Erreur interne, veuillez réessayer' }] }, 500);
}
