import * as v from 'valibot';
import type { IdeaHistoryEntry } from '../../schema/ideas.ts';
import { localize, type Lang } from '../../schema/lang.ts';
import { LiveSessionInput, type LiveQuestion, type LiveSessionAdmin } from '../../schema/live.ts';
import { isUniqueViolation, type Db } from '../db/client.ts';
import { recordPromotion, recordPromotionResults, unrecordedPromotions } from '../db/idea-promotions.ts';
import { insertLiveSession, liveSessionIdInOrganisation } from '../db/live.ts';
import type { StoredBox, StoredIdea } from '../domain/ideas/model.ts';
import { optionResult, resultNote } from '../domain/ideas/workshop-result.ts';
import { newJoinCode, randomFrom } from '../domain/live/codes.ts';
import { apiError, type ApiError } from '../middleware/errors.ts';
import { rememberLiveSession } from '../middleware/live-known-session.ts';
import { liveStub, refusal } from './live-common.ts';
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { parisDay } from '../domain/paris-time.ts';

/** Ideas put to one vote together: a ranking takes 2 to 10 options. */
export const PROMOTED_MIN = 2;
export const PROMOTED_MAX = 10;
/** Points each participant spreads in a dot vote made from ideas. */
export const DOT_POINTS = 10;
const CODE_ATTEMPTS = 5;
/** Live sessions hold 50 questions at most (schema/live.ts). */
const MAX_QUESTIONS = 50;

export type Promotion = { sessionId?: string; type: 'ranking' | 'dots'; ideas: StoredIdea[] };

/** The question the ideas become: one option per idea, its text as the label. */
function questionOf(box: StoredBox, promotion: Promotion): LiveQuestion {
  const options = promotion.ideas.map((idea, i) => ({ id: `idee-${i + 1}`, label: { fr: idea.text } }));
  const title = box.title;
  const label = { fr: `Quelles idées de « ${title.fr} » comptent le plus pour vous ?`, en: `Which ideas from “${localize(title, 'en')}” matter most to you?` };
  const id = `boite-${randomFrom('abcdefghijkmnpqrstuvwxyz23456789', 8)}`;
  return promotion.type === 'ranking' ? { id, label, type: 'ranking', options } : { id, label, type: 'dots', options, points: DOT_POINTS };
}

/** Appends the question to an existing session of the organisation (404 when it is not one). */
async function addToSession<E extends AppEnv>(c: Context<E>, organisationId: string, sessionId: string, question: LiveQuestion): Promise<void> {
  const { db, lang } = c.var;
  const origin = new URL(c.req.url).origin;
  const found = await liveSessionIdInOrganisation(db, organisationId, sessionId);
  const state = found ? ((await liveStub(c.env, found).admin(found, origin)) as LiveSessionAdmin | null) : null;
  if (!state) throw apiError(404, 'sessionId', { fr: 'Séance introuvable', en: 'Session not found' }, lang);
  if (state.definition.questions.length >= MAX_QUESTIONS)
    throw apiError(409, 'sessionId', { fr: `Cette séance a déjà ${MAX_QUESTIONS} questions`, en: `This session already has ${MAX_QUESTIONS} questions` }, lang);
  const definition = { ...state.definition, questions: [...state.definition.questions, question] };
  const outcome = await liveStub(c.env, found!).update(found!, definition, state.version, origin);
  if (!outcome.ok) throw refusal(c, outcome.problem);
}

/** A new draft session holding only the question, with the box's k. */
async function newSession(db: Db, organisationId: string, box: StoredBox, question: LiveQuestion, day: string): Promise<string> {
  const definition = v.parse(LiveSessionInput, {
    title: { fr: `Atelier — ${box.title.fr}`, ...(box.title.en ? { en: `Workshop — ${box.title.en}` } : {}) },
    settings: { k: box.k },
    questions: [question],
  });
  const id = crypto.randomUUID();
  for (let attempt = 1; ; attempt++) {
    try {
      await insertLiveSession(db, { id, organisationId, code: newJoinCode(), definition, day });
      break;
    } catch (error) {
      if (isUniqueViolation(error) && attempt < CODE_ATTEMPTS) continue;
      throw error;
    }
  }
  rememberLiveSession(id);
  return id;
}

/**
 * Puts ideas to a live workshop vote (ranking or dots): a question added to a session of the
 * organisation, or to a new one; each idea's history links to it. The result comes back to the
 * ideas when the question closes (recordWorkshopResults).
 */
export async function promoteIdeas<E extends AppEnv>(
  c: Context<E>,
  organisationId: string,
  box: StoredBox,
  promotion: Promotion,
): Promise<{ sessionId: string; questionId: string }> {
  const day = parisDay(c.var.clock());
  const question = questionOf(box, promotion);
  const sessionId = promotion.sessionId ? promotion.sessionId : await newSession(c.var.db, organisationId, box, question, day);
  if (promotion.sessionId) await addToSession(c, organisationId, promotion.sessionId, question);
  const link = { kind: 'live' as const, sessionId, questionId: question.id };
  await recordPromotion(c.var.db, {
    boxId: box.id,
    sessionId,
    questionId: question.id,
    ideas: promotion.ideas.map((idea, i) => ({
      ideaId: idea.id,
      optionId: `idee-${i + 1}`,
      entry: { status: idea.status, on: day, note: { fr: 'Mise au vote en atelier', en: 'Put to a workshop vote' }, link } satisfies IdeaHistoryEntry,
    })),
  });
  return { sessionId, questionId: question.id };
}

/** Why ideas cannot be put to a vote together, or null. */
export function promotionProblem(ideas: readonly (StoredIdea | null)[], lang: Lang): ApiError | null {
  if (ideas.length < PROMOTED_MIN || ideas.length > PROMOTED_MAX)
    return apiError(
      422,
      'with',
      { fr: `Mettez au vote de ${PROMOTED_MIN} à ${PROMOTED_MAX} idées ensemble`, en: `Put ${PROMOTED_MIN} to ${PROMOTED_MAX} ideas to the vote together` },
      lang,
    );
  if (new Set(ideas.map((i) => i?.id)).size !== ideas.length)
    return apiError(422, 'with', { fr: 'Une idée figure deux fois', en: 'An idea is listed twice' }, lang);
  if (ideas.some((i) => i === null)) return apiError(404, 'with', { fr: 'Idée introuvable dans cette boîte', en: 'No such idea in this box' }, lang);
  if (ideas.some((i) => i!.status !== 'received' && i!.status !== 'studying'))
    return apiError(
      409,
      'with',
      { fr: 'Seules les idées reçues ou à l’étude vont au vote', en: 'Only received ideas or ideas under study go to a vote' },
      lang,
    );
  return null;
}

/**
 * Once a question made from ideas is closed (its last release is its final result), each idea's
 * history gets its rank and points with a link to the vote, and a received idea moves to « à l'étude »:
 * the coordinators then decide, with a public answer. Called by the organiser's routes after a
 * question closes or the session ends; does nothing for sessions without promoted ideas.
 */
export async function recordWorkshopResults(db: Db, sessionId: string, state: LiveSessionAdmin, day: string): Promise<void> {
  const pending = await unrecordedPromotions(db, sessionId);
  if (pending.length === 0) return;
  const k = state.definition.settings.k ?? 5;
  const results = pending.flatMap((p) => {
    const view = state.questions.find((q) => q.question.id === p.questionId);
    const type = view?.question.type;
    if (!view || view.state !== 'closed' || !p.status || (type !== 'ranking' && type !== 'dots')) return [];
    const result = optionResult(view, p.optionId);
    if (!result) return [];
    const status = p.status === 'received' ? 'studying' : p.status;
    const entry: IdeaHistoryEntry = { status, on: day, note: resultNote(type, result, k), link: { kind: 'live', sessionId, questionId: p.questionId } };
    return [{ boxId: p.boxId, ideaId: p.ideaId, questionId: p.questionId, entry }];
  });
  await recordPromotionResults(db, sessionId, results);
}
