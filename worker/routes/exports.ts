import { Hono } from 'hono';
import { toCsv } from '../domain/csv.ts';
import { tableLines } from '../domain/export-table.ts';
import { xlsxWorkbook } from '../domain/xlsx.ts';
import type { MemberEnv } from '../env.ts';
import { routeSurvey } from '../middleware/route-survey.ts';
import { requireRole } from '../middleware/session.ts';
import { audit, surveyTarget } from '../services/audit-trail.ts';
import { download, rowTable } from '../services/downloads.ts';
import { rowExportAvailability } from '../services/row-exports.ts';

/**
 * Downloads of the responses, row by row (mounted under /api/orgs/:orgId/surveys/:id): owners only,
 * the final release of a closed survey, profile columns k-anonymous, in random order.
 */
export const exportFiles = new Hono<MemberEnv>()
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
