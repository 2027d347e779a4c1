import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { validator } from 'hono/validator';
import * as v from 'valibot';
import type { Lang } from '../../schema/lang.ts';
import { toErrorItems } from '../../schema/messages.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, apiError } from './errors.ts';

/** Parses with a valibot schema; issues become a 4xx naming each field, in the reader's language. */
export function parseOrThrow<S extends v.GenericSchema>(schema: S, value: unknown, lang: Lang, status: ContentfulStatusCode = 400): v.InferOutput<S> {
  const parsed = v.safeParse(schema, value, { lang });
  if (!parsed.success) throw new ApiError(status, toErrorItems(parsed.issues));
  return parsed.output;
}

/** Validates a JSON body as route middleware (typed for Hono's `hc` client). */
export function jsonBody<S extends v.GenericSchema>(schema: S, status: ContentfulStatusCode = 400) {
  return validator('json', (value, c) => parseOrThrow(schema, value, c.get('lang'), status));
}

/** Reads a JSON body inside a handler, for bodies whose schema depends on state. */
export async function readJson(c: Context<AppEnv>): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw apiError(400, '$', { fr: 'Corps de requête illisible : JSON attendu', en: 'Unreadable request body: JSON expected' }, c.var.lang);
  }
}
