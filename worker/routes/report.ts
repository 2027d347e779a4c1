import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { LANGS } from '../../schema/lang.ts';
import type { SurveyReport } from '../../schema/report.ts';
import { Id, questionsOf } from '../../schema/survey.ts';
import { waveFamily, waveOf } from '../../schema/waves.ts';
import { reportReads } from '../db/report.ts';
import { toCsv } from '../domain/csv.ts';
import { tableLines } from '../domain/export-table.ts';
import { countMeasure, RESPONDENTS, rowMeasure, scoreMeasure } from '../domain/release/measures.ts';
import { ANSWERED, breakdownQuestions, groupKey } from '../domain/release/profile.ts';
import { PREFER_NOT } from '../domain/tally.ts';
import { reportQuestionIds, surveyReport } from '../domain/report.ts';
import { reportTable } from '../domain/report-table.ts';
import { xlsxWorkbook } from '../domain/xlsx.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { reportRowsRead } from '../middleware/db.ts';
import { routeSurvey, type SurveyEnv } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';
import { parseOrThrow } from '../middleware/validate.ts';
import { intactScaleKeys } from '../domain/scored-scales.ts';
import { download, rowTable } from '../services/downloads.ts';
import { codeBatchNotes, releaseNote } from '../services/row-exports.ts';
import { audit, surveyTarget } from '../services/audit-trail.ts';

const ReportQuery = v.strictObject({ by: v.optional(Id), lang: v.optional(v.picklist(LANGS)) });

/** The measures the report shows of everyone's view: respondents, scores, the instruments' items, the profile counts. */
function overallMeasures(survey: SurveyEnv['Variables']['survey']): string[] {
  const questions = new Map(questionsOf(survey).map((q) => [q.id, q]));
  const items = reportQuestionIds(survey).flatMap((id) => {
    const q = questions.get(id);
    return [id, ...(q?.type === 'matrix' ? q.items.map((item) => rowMeasure(id, item.id)) : [])];
  });
  const counts = breakdownQuestions(survey).flatMap((q) => [ANSWERED, PREFER_NOT, ...q.options.map((o) => o.id)].map((o) => countMeasure(groupKey(q.id, o))));
  return [RESPONDENTS, ...intactScaleKeys(survey).map(scoreMeasure), ...items, ...counts];
}

/** The report from published cells only (one D1 round trip): everyone's view, one breakdown's groups, and each wave's scores. */
async function buildReport(c: Context<SurveyEnv>): Promise<SurveyReport> {
  const { db, survey, lang } = c.var;
  const { by } = parseOrThrow(ReportQuery, c.req.query(), lang);
  const breakdown = by ? breakdownQuestions(survey).find((q) => q.id === by) : undefined;
  if (by && !breakdown) throw apiError(400, 'by', { fr: 'Cette question ne sert pas de découpage', en: 'This question is not a breakdown' }, lang);
  const read = await reportReads(
    db,
    { id: survey.id, organisationId: c.req.param('orgId')!, waveFamily: waveFamily(survey.slug) },
    {
      overall: overallMeasures(survey),
      groups: breakdown ? breakdown.options.map((o) => groupKey(breakdown.id, o.id)) : [],
      groupMeasures: [RESPONDENTS, ...intactScaleKeys(survey).map(scoreMeasure)],
    },
  );
  return surveyReport({
    survey,
    wave: waveOf(survey.slug),
    overall: read.overall,
    release: read.release,
    nextReleaseAt: read.nextReleaseAt,
    invited: read.invited,
    codeBatches: read.codeBatches,
    breakdown: breakdown ? { by: breakdown.id, views: read.groups } : undefined,
    otherWaves: read.waves.map((w) => ({ survey: w.survey, wave: waveOf(w.survey.slug), view: w.view, release: w.release })),
  });
}

/** The scored report (mounted under /api/orgs/:orgId/surveys/:id). */
export const report = new Hono<MemberEnv>()
  .get('/report', requireRole('viewer'), routeSurvey, reportRowsRead, async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await buildReport(c));
  })

  .get('/report.csv', requireRole('viewer'), routeSurvey, async (c) => {
    const report = await buildReport(c);
    const table = reportTable(report, c.var.lang);
    await audit(c, 'survey.exported', surveyTarget(c.var.survey), { format: 'report.csv' });
    download(c, 'rapport', 'csv', 'text/csv; charset=utf-8');
    return c.body(toCsv(tableLines({ ...table, notes: reportNotes(report, c.var.lang) })));
  })

  .get('/report.xlsx', requireRole('viewer'), routeSurvey, async (c) => {
    const report = await buildReport(c);
    const table = reportTable(report, c.var.lang);
    await audit(c, 'survey.exported', surveyTarget(c.var.survey), { format: 'report.xlsx' });
    download(c, 'rapport', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return c.body(xlsxWorkbook(c.var.lang === 'en' ? 'Report' : 'Rapport', tableLines({ ...table, notes: reportNotes(report, c.var.lang) })));
  })

  // Rows of scores travel further than aggregates: owners only, k-anonymous, one final file.
  .get('/report/responses.csv', requireRole('owner'), routeSurvey, async (c) => {
    const table = await rowTable(c, 'scores');
    await audit(c, 'survey.exported', surveyTarget(c.var.survey), { format: 'report/responses.csv' });
    download(c, 'scores', 'csv', 'text/csv; charset=utf-8');
    return c.body(toCsv(tableLines(table)));
  });

function reportNotes(report: SurveyReport, lang: 'fr' | 'en'): string[] {
  const release = report.participation.release;
  return [
    ...(release ? [releaseNote(release, lang)] : [lang === 'en' ? 'No release yet.' : 'Aucune publication encore.']),
    ...codeBatchNotes(report.participation.codeBatches, lang),
  ];
}
