import { parisDay } from '../domain/paris-time.ts';
import type { Context } from 'hono';
import * as v from 'valibot';
import { LANGS } from '../../schema/lang.ts';
import { apiError } from '../middleware/errors.ts';
import type { SurveyEnv } from '../middleware/route-survey.ts';
import { parseOrThrow } from '../middleware/validate.ts';
import { purgedError } from './purged.ts';
import { ROW_EXPORT_REFUSALS, rowExport, rowExportAvailability, type RowExportKind } from './row-exports.ts';

const ExportQuery = v.strictObject({ lang: v.optional(v.picklist(LANGS)) });

/** Headers of a file download named after the survey's slug, never cached. */
export function download(c: Context<SurveyEnv>, name: string, extension: string, contentType: string) {
  c.header('Content-Type', contentType);
  // Slugs are [a-z0-9-]: safe inside the quoted filename as they are.
  c.header('Content-Disposition', `attachment; filename="${c.var.survey.slug}-${name}.${extension}"`);
  c.header('Cache-Control', 'private, no-store');
}

/** The row export's table, or the reason it cannot be had (409, 410 once purged). */
export async function rowTable(c: Context<SurveyEnv>, kind: RowExportKind) {
  const { db, survey, lang } = c.var;
  parseOrThrow(ExportQuery, c.req.query(), lang);
  const availability = await rowExportAvailability(db, survey, kind);
  if (!availability.available) {
    if (availability.purgedOn) throw purgedError(availability.purgedOn, lang);
    throw apiError(409, 'responses', ROW_EXPORT_REFUSALS[availability.reason](survey.settings.k), lang);
  }
  return rowExport(db, survey, kind, lang, parisDay(c.var.clock()));
}
