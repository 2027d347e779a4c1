import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { LANGS } from '../../schema/lang.ts';
import { answersOfSurvey } from '../db/answers.ts';
import { surveyLifecycle } from '../db/lifecycle.ts';
import { toCsv } from '../domain/csv.ts';
import { exportTable, type ExportTable } from '../domain/export-table.ts';
import { xlsxWorkbook } from '../domain/xlsx.ts';
import { apiError } from '../middleware/errors.ts';
import { routeSurvey, type SurveyEnv } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';
import { parseOrThrow } from '../middleware/validate.ts';
import type { MemberEnv } from '../env.ts';
import { audit, surveyTarget } from './audit-trail.ts';
import { purgedError } from './purged.ts';

/** Only the language of the labels for now; subgroup filters will join it here. */
const ExportQuery = v.strictObject({ lang: v.optional(v.picklist(LANGS)) });

/** The released responses as a table, with k applied; never free texts, whatever the role (see exportTable). */
async function responsesTable(c: Context<SurveyEnv>): Promise<ExportTable> {
  const { db, survey, lang } = c.var;
  parseOrThrow(ExportQuery, c.req.query(), lang);
  const [lifecycle, answers] = await Promise.all([surveyLifecycle(db, survey.id), answersOfSurvey(db, survey.id)]);
  if (lifecycle?.purgedOn && answers.length === 0) throw purgedError(lifecycle.purgedOn, lang);
  const outcome = exportTable(survey, answers, { lang });
  if (!outcome.ok) {
    const k = survey.settings.k;
    throw apiError(409, 'responses', { fr: `L’export s’ouvre à partir de ${k} réponses`, en: `Exports open from ${k} responses` }, lang);
  }
  return outcome.table;
}

function download(c: Context<SurveyEnv>, extension: string, contentType: string) {
  c.header('Content-Type', contentType);
  // Slugs are [a-z0-9-]: safe inside the quoted filename as they are.
  c.header('Content-Disposition', `attachment; filename="${c.var.survey.slug}-reponses.${extension}"`);
  c.header('Cache-Control', 'private, no-store');
}

/** Downloads of the responses (mounted under /api/orgs/:orgId/surveys/:id): one row per response, in random order. */
export const surveyExports = new Hono<MemberEnv>()
  .get('/export.csv', requireRole('viewer'), routeSurvey, async (c) => {
    const { header, rows } = await responsesTable(c);
    await audit(c, 'survey.exported', surveyTarget(c.var.survey), { format: 'export.csv' });
    download(c, 'csv', 'text/csv; charset=utf-8');
    return c.body(toCsv([header, ...rows]));
  })

  .get('/export.xlsx', requireRole('viewer'), routeSurvey, async (c) => {
    const { header, rows } = await responsesTable(c);
    await audit(c, 'survey.exported', surveyTarget(c.var.survey), { format: 'export.xlsx' });
    download(c, 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return c.body(xlsxWorkbook(c.var.lang === 'en' ? 'Responses' : 'Réponses', [header, ...rows]));
  });
