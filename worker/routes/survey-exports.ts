import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { LANGS } from '../../schema/lang.ts';
import { toCsv } from '../domain/csv.ts';
import { tableLines } from '../domain/export-table.ts';
import { xlsxWorkbook } from '../domain/xlsx.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { routeSurvey, type SurveyEnv } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';
import { parseOrThrow } from '../middleware/validate.ts';
import { audit, surveyTarget } from './audit-trail.ts';
import { purgedError } from './purged.ts';
import { ROW_EXPORT_REFUSALS, rowExport, rowExportAvailability, type RowExportKind } from '../services/row-exports.ts';
import { parisDay } from '../domain/paris-time.ts';

const ExportQuery = v.strictObject({ lang: v.optional(v.picklist(LANGS)) });

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

/**
 * Downloads of the responses, row by row (mounted under /api/orgs/:orgId/surveys/:id): owners only,
 * the final release of a closed survey, profile columns k-anonymous, in random order.
 */
export const surveyExports = new Hono<MemberEnv>()
  /** Which row exports can be had now, and why not: the app says so before anyone clicks. */
  .get('/exports', requireRole('viewer'), routeSurvey, async (c) => {
    const { db, survey, role } = c.var;
    const owner = role === 'owner';
    const [answers, scores] = await Promise.all([rowExportAvailability(db, survey, 'answers'), rowExportAvailability(db, survey, 'scores')]);
    return c.json({ owner, answers, scores });
  })

  .get('/export.csv', requireRole('owner'), routeSurvey, async (c) => {
    const table = await rowTable(c, 'answers');
    await audit(c, 'survey.exported', surveyTarget(c.var.survey), { format: 'export.csv' });
    download(c, 'reponses', 'csv', 'text/csv; charset=utf-8');
    return c.body(toCsv(tableLines(table)));
  })

  .get('/export.xlsx', requireRole('owner'), routeSurvey, async (c) => {
    const table = await rowTable(c, 'answers');
    await audit(c, 'survey.exported', surveyTarget(c.var.survey), { format: 'export.xlsx' });
    download(c, 'reponses', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return c.body(xlsxWorkbook(c.var.lang === 'en' ? 'Responses' : 'Réponses', tableLines(table)));
  });
