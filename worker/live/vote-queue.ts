import type { Db } from '../db/client.ts';
import { saveLivePublished, storeLiveVoteBatch, type PublishedRecord } from '../db/live-writes.ts';
import type { LiveModel } from '../domain/live/model.ts';
import { problem, type Outcome } from '../domain/live/problems.ts';
import { cardHash, ideaVoterHash, voterHash } from './protocol.ts';
import { VoteBatch, type QueuedVote, type VoteHashes, type VoteReply } from './vote-batch.ts';

/** Votes written in one D1 transaction at most (a burst beyond that takes several batches in a row). */
const MAX_VOTES_PER_BATCH = 200;

export const notFound = () => problem(404, 'sessionId', 'Séance introuvable', 'Session not found');
const storeFailed = () => problem(503, '$', 'Enregistrement impossible pour l’instant : réessayez', 'Could not store it right now: retry');

/** What the queue needs from the session's object. */
export type VoteHost = {
  load(sessionId: string): Promise<LiveModel | null>;
  db(): Db;
  exclusive<T>(job: () => Promise<T>): Promise<T>;
  touch(change: { question: string }): void;
  refreshPresence(model: LiveModel): Promise<void>;
};

/**
 * Group commit of a session's votes: while one batch is being written, the votes arriving meanwhile
 * queue up and go to D1 together in the next batch (one transaction), each acknowledged once its
 * batch commits; an idle object writes a lone vote at once. A failed batch acknowledges none (503).
 * Releases shown to screens but not yet stored ride along with the next batch (or go on their own when
 * no vote waits), so a restarted object never shows less than screens saw.
 */
export class VoteQueue {
  private queue: QueuedVote[] = [];
  private flushQueued = false;
  /** Questions whose release screens were shown but D1 has not stored yet. */
  readonly unsavedReleases = new Set<string>();

  constructor(private readonly host: VoteHost) {}

  push(sessionId: string, item: Omit<QueuedVote, 'resolve'>): Promise<Outcome<VoteReply>> {
    return new Promise((resolve) => {
      this.queue.push({ ...item, resolve });
      this.schedule(sessionId);
    });
  }

  /** Everything waiting is answered (the session is gone). */
  drop(): void {
    for (const item of this.queue.splice(0)) item.resolve(notFound());
    this.unsavedReleases.clear();
  }

  /** The releases not stored yet, as statements (for a write that stores the question's state anyway, or on their own). */
  releaseRecords(model: LiveModel): { published: PublishedRecord[]; saved: () => void } {
    const ids = [...this.unsavedReleases].filter((id) => model.runtime(id));
    return {
      published: ids.map((id) => ({ questionId: id, published: model.runtime(id)!.published })),
      saved: () => {
        for (const id of ids) this.unsavedReleases.delete(id);
      },
    };
  }

  private schedule(sessionId: string): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    void this.host.exclusive(() => this.flush(sessionId)).catch((error) => console.error('live votes flush failed', error));
  }

  private async flush(sessionId: string): Promise<void> {
    this.flushQueued = false;
    const batch = this.queue.splice(0, MAX_VOTES_PER_BATCH);
    if (this.queue.length > 0) this.schedule(sessionId);
    try {
      await this.write(sessionId, batch);
    } catch (error) {
      // Whatever went wrong, nobody waits forever: votes not answered yet are told to retry (a retry counts once).
      console.error('live votes flush failed', error);
      for (const item of batch) item.resolve(storeFailed());
    }
  }

  private async write(sessionId: string, items: QueuedVote[]): Promise<void> {
    // The model as it is now: an edit may have reloaded it since these votes arrived.
    const model = await this.host.load(sessionId);
    if (!model) {
      for (const item of items) item.resolve(notFound());
      return;
    }
    const db = this.host.db();
    const batch = new VoteBatch(model, db, (question) => this.host.touch({ question }));
    const hashes = await Promise.all(items.map((item) => this.hashes(model, item)));
    items.forEach((item, i) => {
      const added = batch.add(item, hashes[i]!);
      if (!added.ok) item.resolve(added);
    });
    batch.finish();
    // What screens were last shown goes with the votes (a restarted object must not release early).
    const releases = batch.statements.length > 0 ? this.releaseRecords(model) : null;
    try {
      if (batch.statements.length > 0) await storeLiveVoteBatch(db, model.session.id, batch.statements, releases?.published ?? []);
    } catch (error) {
      console.error('live votes not stored', error);
      for (const resolve of batch.resolvers()) resolve(storeFailed());
      return;
    }
    releases?.saved();
    for (const questionId of batch.record()) {
      this.unsavedReleases.add(questionId);
      this.host.touch({ question: questionId });
    }
    await this.host.refreshPresence(model);
    // No votes waiting to carry the release: it is stored on its own (acknowledgements are not held for it).
    if (this.queue.length === 0 && this.unsavedReleases.size > 0) await this.saveReleases(model);
  }

  private async saveReleases(model: LiveModel): Promise<void> {
    const { published, saved } = this.releaseRecords(model);
    try {
      if (published.length > 0) await saveLivePublished(this.host.db(), model.session.id, published);
      saved();
    } catch (error) {
      console.error('published not stored', error);
    }
  }

  /** The hashes a vote needs (no card hash when the session has no cards). */
  private async hashes(model: LiveModel, { token, input }: QueuedVote): Promise<VoteHashes> {
    const sessionId = model.session.id;
    const card = model.cards.size > 0 ? cardHash(sessionId, token) : null;
    const question = model.question(input.questionId);
    const runtime = model.runtime(input.questionId);
    let voter: Promise<string> | null = null;
    if (question && runtime) {
      if (question.type !== 'ideas') voter = voterHash(token, sessionId, question.id, runtime.round);
      else {
        const upvote = (input.value as { upvote?: unknown } | null)?.upvote;
        if (typeof upvote === 'string') voter = ideaVoterHash(token, sessionId, upvote);
      }
    }
    return { card: await card, voter: await voter };
  }
}
