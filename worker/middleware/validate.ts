import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { validator } from 'hono/validator';
import * as v from 'valibot';
import { toErrorItems } from '../../schema/messages.ts';
import { ApiError } from './errors.ts';

/** Validates a JSON body with a valibot schema; issues become a 4xx naming each field, in the reader's language. */
export function jsonBody<S extends v.GenericSchema>(schema: S, status: ContentfulStatusCode = 400) {
  return validator('json', (value, c) => {
    const parsed = v.safeParse(schema, value, { lang: c.get('lang') });
    if (!parsed.success) throw new ApiError(status, toErrorItems(parsed.issues));
    return parsed.output as v.InferOutput<S>;
  });
}
