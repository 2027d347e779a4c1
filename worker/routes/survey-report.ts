import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { LANGS } from '../../schema/lang.ts';
import { InvitedCount, type SurveyReport } from '../../schema/report.ts';
import { Id, questionsOf } from '../../schema/survey.ts';
import { waveFamily, waveOf } from '../../schema/waves.ts';
import { answersOfSurvey } from '../db/answers.ts';
import { publishedScoreCells, reportReads, setInvitedCount } from '../db/report.ts';
import { publishedTalliesForSurvey } from '../db/tallies.ts';
import { toCsv } from '../domain/csv.ts';
import { reportInstruments, reportQuestionIds, surveyReport } from '../domain/report.ts';
import { breakdownCellsAllowRows, reportTable, scoredResponsesTable } from '../domain/report-table.ts';
import { xlsxWorkbook } from '../domain/xlsx.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { reportRowsRead } from '../middleware/db.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { routeSurvey, type SurveyEnv } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody, parseOrThrow } from '../middleware/validate.ts';
import { audit, surveyTarget } from './audit-trail.ts';

const ReportQuery = v.strictObject({ by: v.optional(Id), lang: v.optional(v.picklist(LANGS)) });

/** The report from released counters only: this survey's cells, one breakdown's, and each wave's scores. */
async function buildReport(c: Context<SurveyEnv>): Promise<SurveyReport> {
  const { db, survey, lang } = c.var;
  const { by } = parseOrThrow(ReportQuery, c.req.query(), lang);
  const questions = questionsOf(survey);
  const byQuestion = by ? questions.find((q) => q.id === by) : undefined;
  if (by && (byQuestion?.type !== 'single' || !byQuestion.breakdown))
    throw apiError(400, 'by', { fr: 'Cette question ne sert pas de découpage', en: 'This question is not a breakdown' }, lang);
  const read = [...reportQuestionIds(survey), ...questions.filter((q) => q.type === 'single' && q.breakdown).map((q) => q.id)];
  const { cells, collected, invited, byOption, waves } = await reportReads(
    db,
    { id: survey.id, organisationId: c.req.param('orgId')!, waveFamily: waveFamily(survey.slug) },
    read,
    byQuestion?.type === 'single' ? { question: byQuestion.id, options: byQuestion.options.map((o) => o.id) } : undefined,
  );
  const waveCells = await publishedScoreCells(db, waves.map((w) => w.id));
  const otherWaveCells = waves.map((w) => ({ survey: w, wave: waveOf(w.slug), cells: waveCells.get(w.id)! }));
  const report = surveyReport({
    survey,
    wave: waveOf(survey.slug),
    cells,
    collected,
    invited,
    breakdown: by && byOption ? { by, byOption } : undefined,
    otherWaves: otherWaveCells,
  });
  return report;
}

function download(c: Context<SurveyEnv>, name: string, extension: string, contentType: string) {
  c.header('Content-Type', contentType);
  c.header('Content-Disposition', `attachment; filename="${c.var.survey.slug}-${name}.${extension}"`);
  c.header('Cache-Control', 'private, no-store');
}

/** The scored report (mounted under /api/orgs/:orgId/surveys/:id). */
export const surveyReportRoutes = new Hono<MemberEnv>()
  .get('/report', requireRole('viewer'), routeSurvey, reportRowsRead, async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await buildReport(c));
  })

  .put('/report/invited', requireRole('editor'), routeSurvey, requireJson, limitBody, jsonBody(InvitedCount, 422), async (c) => {
    const { invited } = c.req.valid('json');
    await setInvitedCount(c.var.db, c.var.survey.id, invited);
    return c.json({ invited });
  })

  .get('/report.csv', requireRole('viewer'), routeSurvey, async (c) => {
    const { header, rows } = reportTable(await buildReport(c), c.var.lang);
    await audit(c, 'survey.exported', surveyTarget(c.var.survey), { format: 'report.csv' });
    download(c, 'rapport', 'csv', 'text/csv; charset=utf-8');
    return c.body(toCsv([header, ...rows]));
  })

  .get('/report.xlsx', requireRole('viewer'), routeSurvey, async (c) => {
    const { header, rows } = reportTable(await buildReport(c), c.var.lang);
    await audit(c, 'survey.exported', surveyTarget(c.var.survey), { format: 'report.xlsx' });
    download(c, 'rapport', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return c.body(xlsxWorkbook(c.var.lang === 'en' ? 'Report' : 'Rapport', [header, ...rows]));
  })

  // Rows of scores travel further than aggregates: owners only, and only when every breakdown group holds k.
  .get('/report/responses.csv', requireRole('owner'), routeSurvey, async (c) => {
    const { db, survey, lang } = c.var;
    parseOrThrow(v.strictObject({ lang: v.optional(v.picklist(LANGS)) }), c.req.query(), lang);
    if (reportInstruments(survey).intact.size === 0)
      throw apiError(409, 'instruments', { fr: 'Ce questionnaire ne contient aucun questionnaire validé intact : rien à exporter', en: 'This survey carries no intact validated questionnaire: nothing to export' }, lang);
    const cells = await publishedTalliesForSurvey(db, survey.id);
    if (!breakdownCellsAllowRows(survey, cells)) {
      const k = survey.settings.k;
      throw apiError(
        409,
        'responses',
        {
          fr: `Export refusé : un groupe de profil compte moins de ${k} réponses (ou il y a moins de ${k} réponses) ; les lignes pourraient désigner quelqu’un`,
          en: `Export refused: a profile group has fewer than ${k} responses (or there are fewer than ${k} responses); rows could single someone out`,
        },
        lang,
      );
    }
    const { header, rows } = scoredResponsesTable(survey, await answersOfSurvey(db, survey.id), lang);
    await audit(c, 'survey.exported', surveyTarget(survey), { format: 'report/responses.csv' });
    download(c, 'scores', 'csv', 'text/csv; charset=utf-8');
    return c.body(toCsv([header, ...rows]));
  });
