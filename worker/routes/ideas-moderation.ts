import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { IDEA_STATUSES, MAX_MERGED_IDEAS, Moderation, PaperSlipInput, type IdeaAdmin } from '../../schema/ideas.ts';
import { Id } from '../../schema/survey.ts';
import { mergeIdeas } from '../db/idea-supports.ts';
import { applyIdeaChange, ideaFamily, ideaInBox, ideasOfBox, insertIdea } from '../db/ideas.ts';
import { newSearchId } from '../domain/ideas/codes.ts';
import { planModeration } from '../domain/ideas/moderation.ts';
import { adminIdea } from '../domain/ideas/views.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { routeBox, type BoxEnv } from '../middleware/route-box.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody, parseOrThrow } from '../middleware/validate.ts';
import { auditBox } from '../services/audit-trail.ts';
import { parisDay } from '../domain/paris-time.ts';

const IdeasQuery = v.strictObject({ status: v.optional(v.picklist(IDEA_STATUSES)), theme: v.optional(Id), lang: v.optional(v.string()) });

const day = (c: Context<BoxEnv>) => parisDay(c.var.clock());
const noStore = (c: Context<BoxEnv>) => c.header('Cache-Control', 'private, no-store');

async function routeIdea(c: Context<BoxEnv>) {
  const idea = await ideaInBox(c.var.db, c.var.box.id, c.req.param('ideaId') ?? '');
  if (!idea) throw apiError(404, 'ideaId', { fr: 'Idée introuvable', en: 'Idea not found' }, c.var.lang);
  return idea;
}

/**
 * The moderation of a box's ideas (mounted under /api/orgs/:orgId/boxes): the queue and every idea
 * for viewers; paper slips and moderation actions for editors, each action in the audit log.
 */
export const ideasModeration = new Hono<BoxEnv>()
  .get('/:boxId/ideas', requireRole('viewer'), routeBox, async (c) => {
    const { status, theme } = parseOrThrow(IdeasQuery, c.req.query(), c.var.lang);
    const ideas = await ideasOfBox(c.var.db, c.var.box.id, { status, theme });
    noStore(c);
    return c.json({ ideas: ideas.map((idea) => adminIdea(idea, day(c))) });
  })

  /** A slip from the physical box, typed in: marked « papier », pending like any other idea (no receipt: the slip had none). */
  .post('/:boxId/ideas', requireRole('editor'), routeBox, requireJson, limitBody, jsonBody(PaperSlipInput), async (c) => {
    const { box, db, lang } = c.var;
    const { text, theme } = c.req.valid('json');
    if (!box.themes.some((t) => t.id === theme)) throw apiError(422, 'theme', { fr: 'Thème inconnu dans cette boîte', en: 'No such theme in this box' }, lang);
    const id = crypto.randomUUID();
    await insertIdea(db, {
      id,
      boxId: box.id,
      searchId: newSearchId(),
      theme,
      text,
      source: 'paper',
      day: day(c),
      receiptHash: null,
      history: [{ status: 'pending', on: day(c) }],
    });
    noStore(c);
    return c.json<IdeaAdmin>(adminIdea((await ideaInBox(db, box.id, id))!, day(c)), 201);
  })

  .post('/:boxId/ideas/:ideaId/moderate', requireRole('editor'), routeBox, requireJson, limitBody, jsonBody(Moderation), async (c) => {
    const { box, db, lang } = c.var;
    const action = c.req.valid('json');
    const idea = await routeIdea(c);
    const target = action.action === 'merge' ? await ideaInBox(db, box.id, action.into) : undefined;
    const plan = planModeration(idea, action, { day: day(c), themes: box.themes.map((t) => t.id), target });
    if (!plan.ok) throw apiError(plan.status, plan.path, plan, lang);
    if (plan.kind === 'merge' && (await ideaFamily(db, idea.id)).length + (await ideaFamily(db, plan.into.id)).length > MAX_MERGED_IDEAS)
      throw apiError(
        409,
        'into',
        { fr: `Au plus ${MAX_MERGED_IDEAS} idées regroupées ensemble`, en: `At most ${MAX_MERGED_IDEAS} ideas merged together` },
        lang,
      );
    // Logged first: an action that cannot be logged does not happen.
    await auditBox(c, 'box.moderated', box, { idea: idea.id, action: action.action });
    if (plan.kind === 'merge') {
      await mergeIdeas(db, {
        boxId: box.id,
        fromId: idea.id,
        intoId: plan.into.id,
        entry: plan.entry,
        intoEntry: { status: plan.into.status, on: day(c), note: { fr: 'Une idée semblable y a été regroupée', en: 'A similar idea was merged into it' } },
      });
    } else if (!(await applyIdeaChange(db, idea, plan.change))) {
      throw apiError(
        409,
        'ideaId',
        { fr: 'Quelqu’un a modéré cette idée entre-temps : rechargez', en: 'Someone moderated this idea in the meantime: reload' },
        lang,
      );
    }
    noStore(c);
    return c.json<IdeaAdmin>(adminIdea((await ideaInBox(db, box.id, idea.id))!, day(c)));
  });
