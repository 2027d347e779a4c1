import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { toErrorItems } from '../../schema/messages.ts';
import { IdeaInput, JOIN_CODE, LiveToken, type LiveParticipantState } from '../../schema/live.ts';
import { liveSessionIdByCode } from '../db/live.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { limitLiveJoins, liveAddressKey } from '../middleware/rate-limit.ts';
import { jsonBody } from '../middleware/validate.ts';
import { LiveVoteInput } from '../../schema/live.ts';
import { liveStub, refusal, sessionNotFound, upgrade } from '../services/live-common.ts';
import { rememberLiveSession, requireKnownLiveSession } from '../middleware/live-known-session.ts';

/** The route's session id, once `requireKnownLiveSession` found it. */
const routeSessionId = (c: Context<AppEnv>): string => c.req.param('sessionId') ?? '';

/** The device token (X-Live-Token header, or `?token=` on a socket); never stored. */
function deviceToken(c: Context<AppEnv>, raw: string | undefined, path: string): string {
  if (raw === undefined) throw apiError(400, path, { fr: 'Jeton d’appareil manquant', en: 'Missing device token' }, c.var.lang);
  const parsed = v.safeParse(LiveToken, raw, { lang: c.var.lang });
  if (!parsed.success) throw new ApiError(400, toErrorItems(parsed.issues, path));
  return parsed.output;
}

async function participantState(c: Context<AppEnv>, sessionId: string, token: string | null): Promise<LiveParticipantState> {
  const state = await liveStub(c.env, sessionId).participant(sessionId, token);
  if (!state) throw sessionNotFound(c.var.lang);
  c.header('Cache-Control', 'no-store');
  return state as LiveParticipantState;
}

/** Participants' side of live sessions (mounted under /api/live): no account, a device token. See schema/live.ts. */
export const liveParticipant = new Hono<AppEnv>()
  .get('/join/:code', limitLiveJoins, async (c) => {
    const code = v.safeParse(JOIN_CODE, c.req.param('code'), { lang: c.var.lang });
    if (!code.success) throw new ApiError(400, toErrorItems(code.issues, 'code'));
    const sessionId = await liveSessionIdByCode(c.var.db, code.output);
    if (!sessionId) throw apiError(404, 'code', { fr: 'Aucune séance avec ce code', en: 'No session with this code' }, c.var.lang);
    rememberLiveSession(sessionId);
    const header = c.req.header('X-Live-Token');
    return c.json(await participantState(c, sessionId, header === undefined ? null : deviceToken(c, header, 'X-Live-Token')));
  })

  .get('/:sessionId/state', requireKnownLiveSession, async (c) => {
    const sessionId = routeSessionId(c);
    return c.json(await participantState(c, sessionId, deviceToken(c, c.req.header('X-Live-Token'), 'X-Live-Token')));
  })

  .post('/:sessionId/votes', requireKnownLiveSession, requireJson, limitBody, jsonBody(LiveVoteInput), async (c) => {
    const sessionId = routeSessionId(c);
    const token = deviceToken(c, c.req.header('X-Live-Token'), 'X-Live-Token');
    const outcome = await liveStub(c.env, sessionId).vote(sessionId, token, c.req.valid('json'), await liveAddressKey(c));
    if (!outcome.ok) throw refusal(c, outcome.problem);
    return c.json(outcome.value, 201);
  })

  .post('/:sessionId/ideas', requireKnownLiveSession, requireJson, limitBody, jsonBody(IdeaInput), async (c) => {
    const sessionId = routeSessionId(c);
    const token = deviceToken(c, c.req.header('X-Live-Token'), 'X-Live-Token');
    const { questionId, text } = c.req.valid('json');
    const outcome = await liveStub(c.env, sessionId).propose(sessionId, token, questionId, text, await liveAddressKey(c));
    if (!outcome.ok) throw refusal(c, outcome.problem);
    return c.json(outcome.value, 201);
  })

  /** Phones' socket: the session's state, tallies only once revealed. The token is optional here (nothing personal is sent). */
  .get('/:sessionId/socket', requireKnownLiveSession, async (c) => {
    const sessionId = routeSessionId(c);
    const token = c.req.query('token');
    if (token !== undefined) deviceToken(c, token, 'token');
    return upgrade(c, sessionId, 'participant');
  });
