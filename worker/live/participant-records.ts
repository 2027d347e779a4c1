import { MAX_IDEAS_PER_DEVICE, MAX_LIVE_CARDS } from '../../schema/live.ts';
import { isUniqueViolation, type Db } from '../db/client.ts';
import { insertLiveCards } from '../db/live.ts';
import { recordLiveIdea } from '../db/live-writes.ts';
import { newCardCodes, newIdeaId } from '../domain/live/codes.ts';
import type { LiveModel } from '../domain/live/model.ts';
import { problem, type Outcome } from '../domain/live/problems.ts';
import { sessionFull } from './device-gate.ts';
import { cardHash } from './protocol.ts';

/** Ideas per question, pending and approved ones (hidden ones no longer count): a workshop, not a forum. */
const MAX_IDEAS_PER_QUESTION = 500;
const CARD_ATTEMPTS = 3;

/**
 * A participant's idea, stored with its device's count of ideas on the question (one batch), once the
 * session's object checked it: session and question open, a card where cards are required, room on the
 * question (pending and approved ideas) and under the device's own cap, room for a new device.
 * Nothing ties the idea to the device.
 */
export async function proposeIdea(
  model: LiveModel,
  db: Db,
  { deviceHash, card, questionId, text }: { deviceHash: string; card: string | null; questionId: string; text: string },
): Promise<Outcome<{ status: 'pending' }>> {
  const sessionId = model.session.id;
  if (model.session.status !== 'open') return problem(409, 'status', 'La séance n’est pas ouverte', 'The session is not open');
  const question = model.question(questionId);
  const runtime = model.runtime(questionId);
  if (!question || !runtime) return problem(404, 'questionId', 'Question inconnue', 'Unknown question');
  if (question.type !== 'ideas') return problem(409, 'questionId', 'Cette question ne reçoit pas d’idées', 'This question takes no ideas');
  if (runtime.state !== 'open') return problem(409, 'questionId', 'Cette question n’est pas ouverte', 'This question is not open');
  if (model.session.definition.settings.cardsRequired && (card === null || !model.cards.has(card)))
    return problem(403, 'X-Live-Token', 'Carte de vote inconnue', 'Unknown voting card');
  if (model.liveIdeas(questionId) >= MAX_IDEAS_PER_QUESTION)
    return problem(409, 'questionId', 'Assez d’idées pour cette question', 'Enough ideas for this question');
  const known = model.devices.get(deviceHash);
  if (!known && model.devices.size >= model.deviceCap) return sessionFull(model.deviceCap);
  const quota = structuredClone(known?.quota ?? {});
  const mine = (quota[questionId] ??= { ideas: 0, upvotes: 0 });
  if (mine.ideas >= MAX_IDEAS_PER_DEVICE)
    return problem(
      409,
      'questionId',
      `${MAX_IDEAS_PER_DEVICE} idées au plus par participant sur cette question`,
      `At most ${MAX_IDEAS_PER_DEVICE} ideas per participant on this question`,
    );
  mine.ideas++;
  const idea = { id: newIdeaId(), questionId, text, status: 'pending' as const };
  const device = { deviceHash, college: known?.college ?? null, quota };
  await recordLiveIdea(db, sessionId, idea, device);
  model.ideas.set(idea.id, { ...idea, upvoters: new Set() });
  model.setDevice(deviceHash, { college: device.college, quota });
  return { ok: true, value: { status: 'pending' } };
}

/** New printed cards, returned this once: only their hashes are kept; MAX_LIVE_CARDS per session in all. */
export async function makeCards(model: LiveModel, db: Db, count: number, college: string | null): Promise<Outcome<{ cards: string[] }>> {
  const sessionId = model.session.id;
  const colleges = model.session.definition.settings.colleges;
  if (college !== null && !colleges?.some((c) => c.id === college)) return problem(400, 'college', 'Collège inconnu', 'Unknown college');
  const left = MAX_LIVE_CARDS - model.cards.size;
  if (count > left)
    return problem(
      409,
      'count',
      `Au plus ${MAX_LIVE_CARDS} cartes par atelier : il en reste ${left} à créer`,
      `At most ${MAX_LIVE_CARDS} cards per workshop: ${left} left to make`,
    );
  for (let attempt = 1; ; attempt++) {
    const codes = newCardCodes(count);
    const hashes = await Promise.all(codes.map((code) => cardHash(sessionId, code)));
    try {
      await insertLiveCards(db, sessionId, college, hashes);
    } catch (error) {
      if (isUniqueViolation(error) && attempt < CARD_ATTEMPTS) continue;
      throw error;
    }
    for (const hash of hashes) model.cards.set(hash, college);
    return { ok: true, value: { cards: codes } };
  }
}
