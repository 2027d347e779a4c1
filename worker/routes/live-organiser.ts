import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { localize } from '../../schema/lang.ts';
import { IdeaModeration, LiveControl, LiveSessionInput, type LiveSessionAdmin } from '../../schema/live.ts';
import { Id } from '../../schema/survey.ts';
import { isUniqueViolation } from '../db/client.ts';
import { insertLiveSession, liveSessionIdInOrganisation, liveSessionSummaries, publicSurveySlugsOfOrganisation } from '../db/live.ts';
import { toCsv } from '../domain/csv.ts';
import { tableLines } from '../domain/export-table.ts';
import { newJoinCode } from '../domain/live/codes.ts';
import { liveResultsTable } from '../domain/live/export.ts';
import { checkDefinition } from '../domain/live/votes.ts';
import { qrMatrix, qrSvg } from '../domain/qr.ts';
import type { MemberEnv } from '../env.ts';
import { ApiError, apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody, parseOrThrow } from '../middleware/validate.ts';
import { joinUrl } from '../live/protocol.ts';
import { recordWorkshopResults } from '../services/idea-workshop.ts';
import { auditLive } from '../services/audit-trail.ts';
import { liveStub, originOf, refusal, SESSION_ID, sessionNotFound, upgrade } from '../services/live-common.ts';
import { forgetLiveSession, rememberLiveSession } from '../middleware/live-known-session.ts';
import { parisDay } from '../domain/paris-time.ts';

const CODE_ATTEMPTS = 5;

export const CardsRequest = v.strictObject({ count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2000)), college: v.optional(Id) });
const IfMatchVersion = v.pipe(
  v.string(),
  v.regex(/^"?\d+"?$/),
  v.transform((s) => Number(s.replaceAll('"', ''))),
);
const SocketQuery = v.strictObject({ view: v.optional(v.picklist(['console', 'projector'])) });
const ExportQuery = v.strictObject({ lang: v.optional(v.picklist(['fr', 'en'])) });

/** The route's session, only if it belongs to the route's organisation. */
async function routeSession(c: Context<MemberEnv>): Promise<string> {
  const sessionId = c.req.param('sessionId') ?? '';
  const found = SESSION_ID.test(sessionId) ? await liveSessionIdInOrganisation(c.var.db, c.req.param('orgId') ?? '', sessionId) : null;
  if (!found) throw sessionNotFound(c.var.lang);
  return found;
}

async function adminState(c: Context<MemberEnv>, sessionId: string): Promise<LiveSessionAdmin> {
  const state = await liveStub(c.env, sessionId).admin(sessionId, originOf(c));
  if (!state) throw sessionNotFound(c.var.lang);
  return state as LiveSessionAdmin;
}

/** Checks beyond the schema: unique ids, sound scales, and survey slides naming a public survey of this organisation. */
async function checkSessionInput(c: Context<MemberEnv>, definition: LiveSessionInput): Promise<void> {
  const { lang, db } = c.var;
  const problems = checkDefinition(definition).map((p) => ({ path: p.path, message: p[lang] }));
  const slides = definition.questions.flatMap((q, i) => (q.type === 'survey_results' ? [{ slug: q.surveySlug, i }] : []));
  const shown = await publicSurveySlugsOfOrganisation(
    db,
    c.req.param('orgId') ?? '',
    slides.map((s) => s.slug),
  );
  for (const { slug, i } of slides)
    if (!shown.has(slug))
      problems.push({
        path: `questions.${i}.surveySlug`,
        message:
          lang === 'en'
            ? 'No survey of this organisation with public results at this address'
            : 'Aucun questionnaire de l’organisation à résultats publics à cette adresse',
      });
  if (problems.length > 0) throw new ApiError(422, problems);
}

const noStore = (c: Context<MemberEnv>) => c.header('Cache-Control', 'private, no-store');
/** Today (UTC, YYYY-MM-DD) by the app's clock: the day a session is created or ended. */
const dayOf = (c: Context<MemberEnv>) => parisDay(c.var.clock());

/**
 * Live sessions of an organisation (mounted under /api/orgs/:orgId/live): viewers follow them,
 * editors build and run them. See schema/live.ts.
 */
export const liveOrganiser = new Hono<MemberEnv>()
  .get('/', requireRole('viewer'), async (c) => {
    noStore(c);
    return c.json({ sessions: await liveSessionSummaries(c.var.db, c.req.param('orgId')!) });
  })

  .post('/', requireRole('editor'), requireJson, limitBody, jsonBody(LiveSessionInput, 422), async (c) => {
    const { db, lang } = c.var;
    const definition = c.req.valid('json');
    await checkSessionInput(c, definition);
    const id = crypto.randomUUID();
    for (let attempt = 1; ; attempt++) {
      try {
        await insertLiveSession(db, { id, organisationId: c.req.param('orgId')!, code: newJoinCode(), definition, day: dayOf(c) });
        break;
      } catch (error) {
        if (isUniqueViolation(error) && attempt < CODE_ATTEMPTS) continue;
        throw error;
      }
    }
    rememberLiveSession(id);
    noStore(c);
    return c.json(await adminState(c, id), 201);
  })

  .get('/:sessionId', requireRole('viewer'), async (c) => {
    const state = await adminState(c, await routeSession(c));
    noStore(c);
    c.header('ETag', `"${state.version}"`);
    return c.json(state);
  })

  /** Replaces the definition. `If-Match: "<version>"` makes a concurrent edit fail with 412 instead of being overwritten. */
  .put('/:sessionId', requireRole('editor'), requireJson, limitBody, jsonBody(LiveSessionInput, 422), async (c) => {
    const sessionId = await routeSession(c);
    await checkSessionInput(c, c.req.valid('json'));
    const ifMatch = c.req.header('If-Match');
    const version = ifMatch === undefined ? null : v.safeParse(IfMatchVersion, ifMatch);
    if (version && !version.success)
      throw apiError(400, 'If-Match', { fr: 'If-Match doit porter un numéro de version', en: 'If-Match must carry a version number' }, c.var.lang);
    const outcome = await liveStub(c.env, sessionId).update(sessionId, c.req.valid('json'), version ? version.output : null, originOf(c));
    if (!outcome.ok) throw refusal(c, outcome.problem);
    noStore(c);
    return c.json(outcome.value as LiveSessionAdmin);
  })

  /** Deletes the session with all its votes, ideas and cards; open screens are disconnected. */
  .delete('/:sessionId', requireRole('editor'), async (c) => {
    const sessionId = await routeSession(c);
    await auditLive(c, 'live.deleted', sessionId);
    await liveStub(c.env, sessionId).remove(sessionId);
    forgetLiveSession(sessionId);
    return c.body(null, 204);
  })

  .post('/:sessionId/start', requireRole('editor'), async (c) => {
    const sessionId = await routeSession(c);
    const outcome = await liveStub(c.env, sessionId).setStatus(sessionId, 'start', originOf(c), dayOf(c));
    if (!outcome.ok) throw refusal(c, outcome.problem);
    return c.json(outcome.value as LiveSessionAdmin);
  })

  .post('/:sessionId/end', requireRole('editor'), async (c) => {
    const sessionId = await routeSession(c);
    const outcome = await liveStub(c.env, sessionId).setStatus(sessionId, 'end', originOf(c), dayOf(c));
    if (!outcome.ok) throw refusal(c, outcome.problem);
    await recordWorkshopResults(c.var.db, sessionId, outcome.value as LiveSessionAdmin, dayOf(c));
    return c.json(outcome.value as LiveSessionAdmin);
  })

  .post('/:sessionId/questions/:questionId/control', requireRole('editor'), requireJson, limitBody, jsonBody(LiveControl), async (c) => {
    const sessionId = await routeSession(c);
    const outcome = await liveStub(c.env, sessionId).control(sessionId, c.req.param('questionId'), c.req.valid('json').action, originOf(c));
    if (!outcome.ok) throw refusal(c, outcome.problem);
    // A question made from an idea box's ideas brings its final result back to them.
    if (c.req.valid('json').action === 'close') await recordWorkshopResults(c.var.db, sessionId, outcome.value as LiveSessionAdmin, dayOf(c));
    return c.json(outcome.value as LiveSessionAdmin);
  })

  .post('/:sessionId/ideas/:ideaId/moderate', requireRole('editor'), requireJson, limitBody, jsonBody(IdeaModeration), async (c) => {
    const sessionId = await routeSession(c);
    const outcome = await liveStub(c.env, sessionId).moderate(sessionId, c.req.param('ideaId'), c.req.valid('json').action, originOf(c));
    if (!outcome.ok) throw refusal(c, outcome.problem);
    return c.json(outcome.value as LiveSessionAdmin);
  })

  /** New printed cards, returned this once: only their hashes are kept. Each fixes at most one college. */
  .post('/:sessionId/cards', requireRole('editor'), requireJson, limitBody, jsonBody(CardsRequest), async (c) => {
    const sessionId = await routeSession(c);
    const { count, college } = c.req.valid('json');
    const outcome = await liveStub(c.env, sessionId).addCards(sessionId, count, college ?? null);
    if (!outcome.ok) throw refusal(c, outcome.problem);
    await auditLive(c, 'live.cards_issued', sessionId, { count, college: college ?? null });
    noStore(c);
    return c.json(outcome.value, 201);
  })

  /** Every question's results as screens show them (k applied), per college and as a block vote where set. */
  .get('/:sessionId/export.csv', requireRole('viewer'), async (c) => {
    const { lang } = parseOrThrow(ExportQuery, c.req.query(), c.var.lang);
    const state = await adminState(c, await routeSession(c));
    await auditLive(c, 'live.exported', state.id, { format: 'export.csv' });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="pouls-live-${state.code}.csv"`);
    noStore(c);
    return c.body(toCsv(tableLines(liveResultsTable(state, lang ?? c.var.lang, c.var.clock()))));
  })

  /** The join link as a QR code, for the projector. */
  .get('/:sessionId/qr.svg', requireRole('viewer'), async (c) => {
    const state = await adminState(c, await routeSession(c));
    const url = joinUrl(originOf(c), state.code);
    const title = localize(state.title, c.var.lang);
    noStore(c);
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    c.header('Content-Disposition', `inline; filename="pouls-live-${state.code}.svg"`);
    return c.body(qrSvg(qrMatrix(url), c.var.lang === 'en' ? `QR code to join “${title}”: ${url}` : `Code QR pour rejoindre « ${title} » : ${url}`));
  })

  /** The console's socket (`?view=projector` for the projector: tallies only once revealed). */
  .get('/:sessionId/socket', requireRole('viewer'), async (c) => {
    const { view } = parseOrThrow(SocketQuery, c.req.query(), c.var.lang);
    return upgrade(c, await routeSession(c), view === 'projector' ? 'projector' : 'console');
  });
