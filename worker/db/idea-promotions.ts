import type { IdeaHistoryEntry, IdeaStatus } from '../../schema/ideas.ts';
import type { Db } from './client.ts';
import { bumpShownStatement } from './ideas.ts';

/** Ideas put to a workshop question: the links, and each idea's history entry, in one transaction. */
export async function recordPromotion(
  db: Db,
  p: { boxId: string; sessionId: string; questionId: string; ideas: { ideaId: string; optionId: string; entry: IdeaHistoryEntry }[] },
): Promise<void> {
  await db.batch([
    ...p.ideas.flatMap(({ ideaId, optionId, entry }) => [
      db.prepare(
        'INSERT INTO idea_promotions (session_id, question_id, idea_id, box_id, option_id) VALUES (?, ?, ?, ?, ?)',
        p.sessionId,
        p.questionId,
        ideaId,
        p.boxId,
        optionId,
      ),
      db.prepare("UPDATE ideas SET history = json_insert(history, '$[#]', json(?)) WHERE id = ?", JSON.stringify(entry), ideaId),
    ]),
    bumpShownStatement(db, p.boxId),
  ]);
}

export type Promotion = { boxId: string; ideaId: string; questionId: string; optionId: string; status: IdeaStatus | null };

/** The session's promotions whose result is not on the ideas yet, with each idea's status now. */
export async function unrecordedPromotions(db: Db, sessionId: string): Promise<Promotion[]> {
  const rows = await db.all<{ box_id: string; idea_id: string; question_id: string; option_id: string; status: IdeaStatus | null }>(
    db.prepare(
      `SELECT p.box_id, p.idea_id, p.question_id, p.option_id, i.status FROM idea_promotions p LEFT JOIN ideas i ON i.id = p.idea_id
        WHERE p.session_id = ? AND p.recorded = 0`,
      sessionId,
    ),
  );
  return rows.map((r) => ({ boxId: r.box_id, ideaId: r.idea_id, questionId: r.question_id, optionId: r.option_id, status: r.status }));
}

/** Each idea's workshop result: its history entry, « à l'étude » for a received idea, the link marked recorded. One transaction. */
export async function recordPromotionResults(
  db: Db,
  sessionId: string,
  results: { boxId: string; ideaId: string; questionId: string; entry: IdeaHistoryEntry }[],
): Promise<void> {
  if (results.length === 0) return;
  await db.batch([
    ...results.flatMap((r) => [
      db.prepare(
        `UPDATE ideas SET status = CASE WHEN status = 'received' THEN 'studying' ELSE status END, history = json_insert(history, '$[#]', json(?)) WHERE id = ?`,
        JSON.stringify(r.entry),
        r.ideaId,
      ),
      db.prepare('UPDATE idea_promotions SET recorded = 1 WHERE session_id = ? AND question_id = ? AND idea_id = ?', sessionId, r.questionId, r.ideaId),
    ]),
    ...[...new Set(results.map((r) => r.boxId))].map((boxId) => bumpShownStatement(db, boxId)),
  ]);
}
