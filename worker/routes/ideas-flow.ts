import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { IDEA_MAX_LENGTH, ImportTextsInput, PromoteInput } from '../../schema/ideas.ts';
import { LANGS } from '../../schema/lang.ts';
import { questionsOf } from '../../schema/survey.ts';
import { ideaInBox, ideasOfBox, insertImportedIdeas, type NewIdea } from '../db/ideas.ts';
import { surveyLifecycle } from '../db/lifecycle.ts';
import { publishedView } from '../db/published.ts';
import { releasedTexts } from '../db/releases.ts';
import { surveyInOrganisation } from '../db/surveys.ts';
import { toCsv } from '../domain/csv.ts';
import { tableLines } from '../domain/export-table.ts';
import { newSearchId } from '../domain/ideas/codes.ts';
import { ideasTable } from '../domain/ideas/export.ts';
import { EVERYONE } from '../domain/release/profile.ts';
import { sha256 } from '../domain/secrets.ts';
import { xlsxWorkbook } from '../domain/xlsx.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { routeBox, type BoxEnv } from '../middleware/route-box.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody, parseOrThrow } from '../middleware/validate.ts';
import { promoteIdeas, promotionProblem } from '../services/idea-workshop.ts';
import { auditBox } from '../services/audit-trail.ts';
import { purgedError } from '../services/purged.ts';
import { parisDay } from '../domain/paris-time.ts';

const ExportQuery = v.strictObject({ lang: v.optional(v.picklist(LANGS)) });

const day = (c: Context<BoxEnv>) => parisDay(c.var.clock());

/** A survey's text as an idea's: trimmed, and cut to the idea's length. */
const ideaText = (text: string) => {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length <= IDEA_MAX_LENGTH ? trimmed : `${trimmed.slice(0, IDEA_MAX_LENGTH - 1)}…`;
};

function download(c: Context<BoxEnv>, extension: string, contentType: string) {
  c.header('Content-Type', contentType);
  c.header('Content-Disposition', `attachment; filename="pouls-idees-${c.var.box.slug}.${extension}"`);
  c.header('Cache-Control', 'private, no-store');
}

async function exportTable(c: Context<BoxEnv>, format: string) {
  const { lang } = parseOrThrow(ExportQuery, c.req.query(), c.var.lang);
  const { box, db } = c.var;
  await auditBox(c, 'box.exported', box, { format });
  return tableLines(ideasTable(await ideasOfBox(db, box.id), box.themes, box.k, day(c), lang ?? c.var.lang));
}

/**
 * From one tool to the next (mounted under /api/orgs/:orgId/boxes): ideas into a workshop vote, a
 * survey's free texts into ideas (editors), and the ideas as CSV or XLSX (viewers, logged).
 */
export const ideasFlow = new Hono<BoxEnv>()
  .post('/:boxId/ideas/:ideaId/promote', requireRole('editor'), routeBox, requireJson, limitBody, jsonBody(PromoteInput), async (c) => {
    const { box, db, lang } = c.var;
    const input = c.req.valid('json');
    const ids = [c.req.param('ideaId'), ...input.with];
    const ideas = await Promise.all(ids.map((id) => ideaInBox(db, box.id, id)));
    if (!ideas[0]) throw apiError(404, 'ideaId', { fr: 'Idée introuvable', en: 'Idea not found' }, lang);
    const problem = promotionProblem(ideas, lang);
    if (problem) throw problem;
    await auditBox(c, 'box.moderated', box, { idea: ideas[0].id, action: 'promote', ideas: ideas.length });
    const made = await promoteIdeas(c, c.req.param('orgId')!, box, { sessionId: input.sessionId, type: input.type, ideas: ideas.map((i) => i!) });
    return c.json(made, 201);
  })

  /**
   * A survey's released free texts (as editors read them: from k texts) into the box, each as a
   * pending idea to be reworded before approval; a text already imported is skipped.
   */
  .post('/:boxId/import-texts', requireRole('editor'), routeBox, requireJson, limitBody, jsonBody(ImportTextsInput), async (c) => {
    const { box, db, lang } = c.var;
    const input = c.req.valid('json');
    const theme = input.theme ?? box.themes[0]!.id;
    if (!box.themes.some((t) => t.id === theme)) throw apiError(422, 'theme', { fr: 'Thème inconnu dans cette boîte', en: 'No such theme in this box' }, lang);
    const survey = await surveyInOrganisation(db, box.organisationId, input.surveyId);
    if (!survey) throw apiError(404, 'surveyId', { fr: 'Questionnaire introuvable', en: 'Survey not found' }, lang);
    const question = questionsOf(survey).find((q) => q.id === input.questionId);
    if (!question) throw apiError(404, 'questionId', { fr: 'Question introuvable dans ce questionnaire', en: 'No such question in this survey' }, lang);
    if (question.type !== 'short_text' && question.type !== 'long_text')
      throw apiError(400, 'questionId', { fr: 'Cette question ne recueille pas de texte libre', en: 'This question does not collect free text' }, lang);
    const [lifecycle, view, texts] = await Promise.all([
      surveyLifecycle(db, survey.id),
      publishedView(db, survey.id, EVERYONE),
      releasedTexts(db, survey.id, question.id),
    ]);
    if (lifecycle?.purgedOn) throw purgedError(lifecycle.purgedOn, lang);
    const k = survey.settings.k;
    if (!view.states.get(question.id) || view.states.get(question.id)!.release === null || texts.length < k)
      throw apiError(
        409,
        'questionId',
        {
          fr: `Moins de ${k} personnes ont répondu à cette question : les textes s’affichent à partir de ${k}`,
          en: `Fewer than ${k} people answered this question: texts are shown from ${k}`,
        },
        lang,
      );
    await auditBox(c, 'box.texts_imported', box, { survey: survey.id, question: question.id, texts: texts.length });
    const today = day(c);
    const ideas = await Promise.all(
      texts
        .map(ideaText)
        .filter((text) => text.length >= 3)
        .map(async (text): Promise<NewIdea> => ({
          id: crypto.randomUUID(),
          boxId: box.id,
          searchId: newSearchId(),
          theme,
          text,
          source: 'survey',
          day: today,
          receiptHash: null,
          mustReword: true,
          sourceKey: await sha256(`${survey.id}:${question.id}:${text}`),
          history: [{ status: 'pending', on: today, link: { kind: 'survey', surveyId: survey.id } }],
        })),
    );
    return c.json({ created: await insertImportedIdeas(db, ideas) });
  })

  .get('/:boxId/export.csv', requireRole('viewer'), routeBox, async (c) => {
    const lines = await exportTable(c, 'export.csv');
    download(c, 'csv', 'text/csv; charset=utf-8');
    return c.body(toCsv(lines));
  })

  .get('/:boxId/export.xlsx', requireRole('viewer'), routeBox, async (c) => {
    const lines = await exportTable(c, 'export.xlsx');
    download(c, 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return c.body(xlsxWorkbook(c.var.lang === 'en' ? 'Ideas' : 'Idées', lines));
  });
