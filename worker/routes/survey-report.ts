import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { LANGS } from '../../schema/lang.ts';
import { InvitedCount, type SurveyReport } from '../../schema/report.ts';
import { Id } from '../../schema/survey.ts';
import { waveFamily, waveOf } from '../../schema/waves.ts';
import { codeBatchesOfSurvey, codesIssued } from '../db/code-batches.ts';
import { publishedViews } from '../db/published.ts';
import { latestRelease } from '../db/releases.ts';
import { invitedCount, otherWaves, publishedScoreViews, setInvitedCount } from '../db/report.ts';
import { surveyReleaseState } from '../db/surveys.ts';
import { toCsv } from '../domain/csv.ts';
import { tableLines } from '../domain/export-table.ts';
import { RESPONDENTS, scoreMeasure } from '../domain/release/measures.ts';
import { breakdownQuestions, EVERYONE, groupKey } from '../domain/release/profile.ts';
import { surveyReport } from '../domain/report.ts';
import { reportTable } from '../domain/report-table.ts';
import { xlsxWorkbook } from '../domain/xlsx.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { reportRowsRead } from '../middleware/db.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { routeSurvey, type SurveyEnv } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody, parseOrThrow } from '../middleware/validate.ts';
import { intactScaleKeys } from '../domain/scored-scales.ts';
import { codeBatchNotes, releaseNote } from '../services/row-exports.ts';
import { download, rowTable } from './survey-exports.ts';
import { audit, surveyTarget } from './audit-trail.ts';

const ReportQuery = v.strictObject({ by: v.optional(Id), lang: v.optional(v.picklist(LANGS)) });

/** The report from published cells only: this survey's everyone view, one breakdown's groups, and each wave's scores. */
async function buildReport(c: Context<SurveyEnv>): Promise<SurveyReport> {
  const { db, survey, lang } = c.var;
  const { by } = parseOrThrow(ReportQuery, c.req.query(), lang);
  const breakdown = by ? breakdownQuestions(survey).find((q) => q.id === by) : undefined;
  if (by && !breakdown) throw apiError(400, 'by', { fr: 'Cette question ne sert pas de découpage', en: 'This question is not a breakdown' }, lang);
  const scores = [RESPONDENTS, ...intactScaleKeys(survey).map(scoreMeasure)];
  const groups = breakdown ? breakdown.options.map((o) => groupKey(breakdown.id, o.id)) : [];
  const [overall, byGroup, release, state, invited, batches, waves] = await Promise.all([
    publishedViews(db, survey.id, [EVERYONE]),
    groups.length ? publishedViews(db, survey.id, groups, scores) : Promise.resolve(new Map()),
    latestRelease(db, survey.id),
    surveyReleaseState(db, survey.id),
    invitedCount(db, survey.id),
    codeBatchesOfSurvey(db, survey.id),
    otherWaves(db, c.req.param('orgId')!, survey.id, waveFamily(survey.slug)),
  ]);
  const waveViews = await publishedScoreViews(
    db,
    waves.map((w) => w.id),
  );
  return surveyReport({
    survey,
    wave: waveOf(survey.slug),
    overall: overall.get(EVERYONE)!,
    release,
    nextReleaseAt: state.nextReleaseAt,
    invited,
    codeBatches: batches,
    breakdown: breakdown ? { by: breakdown.id, views: byGroup } : undefined,
    otherWaves: waves.map((w) => ({ survey: w, wave: waveOf(w.slug), view: waveViews.get(w.id)!.view, release: waveViews.get(w.id)!.release })),
  });
}

/** The scored report (mounted under /api/orgs/:orgId/surveys/:id). */
export const surveyReportRoutes = new Hono<MemberEnv>()
  .get('/report', requireRole('viewer'), routeSurvey, reportRowsRead, async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await buildReport(c));
  })

  /** The declared population (people invited or present): the response rate's base and the cap on participation codes. */
  .put('/report/invited', requireRole('editor'), routeSurvey, requireJson, limitBody, jsonBody(InvitedCount, 422), async (c) => {
    const { db, survey, lang } = c.var;
    const { invited } = c.req.valid('json');
    const issued = await codesIssued(db, survey.id);
    if (issued > 0 && (invited === null || invited < issued))
      throw apiError(
        409,
        'invited',
        { fr: `${issued} codes de participation sont déjà émis : la population déclarée ne peut pas descendre en dessous`, en: `${issued} participation codes are already issued: the declared population cannot go below that` },
        lang,
      );
    await setInvitedCount(db, survey.id, invited);
    return c.json({ invited });
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
