import * as v from 'valibot';
import { say } from './messages.ts';

/** Printed codes per request: a few classes or waiting rooms at a time, small enough for one D1 batch. */
export const MAX_CODES_PER_REQUEST = 2000;

/** The body of `POST /api/orgs/:orgId/surveys/:id/codes`. */
export const CodeBatchRequest = v.strictObject({
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_CODES_PER_REQUEST)),
});

export const QR_PNG_SIZES = { min: 128, max: 2048, default: 1024 } as const;

/** `?size=` of the PNG QR code, in pixels per side. Other query parameters (`lang`) pass through. */
export const QrPngQuery = v.object({
  size: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,6}$/, say('Taille invalide : un nombre entier de pixels', 'Invalid size: a whole number of pixels')),
      v.transform(Number),
      v.minValue(QR_PNG_SIZES.min),
      v.maxValue(QR_PNG_SIZES.max),
    ),
    String(QR_PNG_SIZES.default),
  ),
});

/** What a coordinator needs to share a survey. */
export type ShareLink = { url: string; slug: string; status: 'draft' | 'open' | 'closed' };
