import { DurableObject } from 'cloudflare:workers';
import type { LiveControl, LiveParticipantState, LiveServerMessage, LiveSessionAdmin, LiveSessionInput, LiveVoteInput } from '../../schema/live.ts';
import { Db, isUniqueViolation } from '../db/client.ts';
import {
  deleteLiveIdeaVoteStatement,
  deleteLiveSessionStatements,
  insertLiveCards,
  insertLiveIdea,
  insertLiveIdeaVoteStatement,
  liveCards,
  liveCurrentVotes,
  liveIdeas,
  liveIdeaVotes,
  liveQuestionStates,
  liveSessionById,
  updateLiveDefinition,
  updateLiveIdeaStatus,
  updateLivePublishedStatement,
  updateLiveStatusStatement,
  upsertLiveQuestionStateStatement,
  upsertLiveVoteStatement,
} from '../db/live.ts';
import { newCardCodes, newIdeaId } from '../domain/live/codes.ts';
import { LiveModel, type QuestionStateRecord } from '../domain/live/model.ts';
import { problem, type Outcome } from '../domain/live/problems.ts';
import { checkDefinition, checkVote, type StoredValue } from '../domain/live/votes.ts';
import {
  cardHash,
  ideaVoterHash,
  joinUrl,
  LIVE_ORIGIN_HEADER,
  LIVE_ROLE_HEADER,
  LIVE_SESSION_HEADER,
  voterHash,
  type SocketRole,
} from './protocol.ts';

type Attachment = { role: SocketRole; origin: string };

/**
 * Broadcasts are coalesced: a change to an idle room goes out at once (after the current turn, so
 * changes made together leave together), then at most one broadcast per this many milliseconds,
 * whatever the flow of votes.
 */
const BROADCAST_INTERVAL_MS = 50;
/** Ideas per question, pending ones included: a workshop, not a forum. */
const MAX_IDEAS_PER_QUESTION = 500;
const CARD_ATTEMPTS = 3;
/** Votes and ideas per device (token) and minute: one device flooding a session is refused (429). */
const WRITES_PER_DEVICE_PER_MINUTE = 120;
/** Devices remembered per session (beyond, the memory starts again). */
const MAX_KNOWN_DEVICES = 20_000;
/** Votes written in one D1 transaction at most (a burst beyond that takes several batches in a row). */
const MAX_VOTES_PER_BATCH = 200;

type VoteReply = { status: 'stored'; changed: boolean };
/** A vote to record once its batch is stored: an upvote's change, or a vote (recorded with the others of its question). */
type VoteEntry = { questionId: string; voterHash: string; college: string | null; value: StoredValue };
type Applied = (() => VoteReply) | VoteEntry;
type QueuedVote = { token: string; input: LiveVoteInput; resolve: (outcome: Outcome<VoteReply>) => void };

const notFound = () => problem(404, 'sessionId', 'Séance introuvable', 'Session not found');
const tooFast = () => problem(429, '$', 'Trop de votes depuis cet appareil : réessayez dans une minute', 'Too many votes from this device: retry in a minute');
const tooManyDevices = () =>
  problem(429, '$', 'Trop d’appareils nouveaux depuis ce réseau : réessayez dans une minute', 'Too many new devices from this network: retry in a minute');
const storeFailed = () => problem(503, '$', 'Enregistrement impossible pour l’instant : réessayez', 'Could not store it right now: retry');

/**
 * One live session (named by its id): its state in memory, every vote written to D1 before it is
 * acknowledged, the state rebuilt from D1 when the object starts again after eviction, and the
 * screens kept current over hibernatable WebSockets (tags: console, projector, participant).
 */
export class LiveSession extends DurableObject<Env> {
  private model: LiveModel | null = null;
  private loading: Promise<LiveModel | null> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private queue: QueuedVote[] = [];
  private flushQueued = false;
  private broadcastTimer: ReturnType<typeof setTimeout> | null = null;
  private dirtyState = false;
  private dirtyConsole = false;
  private dirtyQuestions = new Set<string>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // Answered by the runtime itself, without waking a hibernating object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('{"type":"ping"}', '{"type":"pong"}'));
  }

  private db(): Db {
    return new Db(this.env.DB);
  }

  private async load(sessionId: string): Promise<LiveModel | null> {
    if (this.model) return this.model.session.id === sessionId ? this.model : null;
    this.loading ??= this.read(sessionId)
      .then((model) => (this.model ??= model))
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /** The whole session from D1 (the record), as a new model: after eviction, or after an edit. */
  private async read(sessionId: string): Promise<LiveModel | null> {
    const db = this.db();
    const session = await liveSessionById(db, sessionId);
    if (!session) return null;
    const [states, votes, cards, ideas, ideaVotes] = await Promise.all([
      liveQuestionStates(db, sessionId),
      liveCurrentVotes(db, sessionId),
      liveCards(db, sessionId),
      liveIdeas(db, sessionId),
      liveIdeaVotes(db, sessionId),
    ]);
    return new LiveModel(session, states, votes, cards, ideas, ideaVotes);
  }

  /** Mutations run one after another (D1 calls let other requests in between otherwise). */
  private exclusive<T>(job: () => Promise<T>): Promise<T> {
    const run = this.chain.then(job);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private connected(): number {
    return this.ctx.getWebSockets('participant').length;
  }

  /** The in-memory state, for tests and diagnostics. */
  loadedModel(): LiveModel | null {
    return this.model;
  }

  // ---- reads ----

  async admin(sessionId: string, origin: string): Promise<LiveSessionAdmin | null> {
    const model = await this.load(sessionId);
    return model && model.adminState(joinUrl(origin, model.session.code), this.connected());
  }

  async participant(sessionId: string, token: string | null): Promise<LiveParticipantState | null> {
    const model = await this.load(sessionId);
    if (!model) return null;
    const state = model.participantState();
    if (token === null) return state;
    const card = model.cards.get(await cardHash(sessionId, token));
    if (card !== undefined) state.college = card;
    const mine: Record<string, StoredValue | string[]> = {};
    for (const question of model.session.definition.questions) {
      const runtime = model.runtime(question.id)!;
      if (question.type === 'ideas') {
        const upvoted: string[] = [];
        for (const idea of model.ideas.values())
          if (idea.questionId === question.id && idea.upvoters.size > 0 && idea.upvoters.has(await ideaVoterHash(token, sessionId, idea.id))) upvoted.push(idea.id);
        if (upvoted.length > 0) mine[question.id] = upvoted;
      } else if (runtime.votes.size > 0) {
        const vote = runtime.votes.get(await voterHash(token, sessionId, question.id, runtime.round));
        if (vote) mine[question.id] = vote.value;
      }
    }
    state.mine = mine;
    return state;
  }

  // ---- organiser's writes ----

  update(sessionId: string, input: LiveSessionInput, version: number | null, origin: string): Promise<Outcome<LiveSessionAdmin>> {
    return this.exclusive(async () => {
      const model = await this.load(sessionId);
      if (!model) return notFound();
      const problems = checkDefinition(input);
      if (problems[0]) return { ok: false, problem: problems[0] };
      if (model.session.status !== 'draft') {
        const before = model.session.definition;
        const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
        if ((before.settings.k ?? 5) !== (input.settings.k ?? 5) || !same(before.settings.colleges ?? null, input.settings.colleges ?? null))
          return problem(409, 'settings', 'Le seuil k et les collèges ne changent plus une fois la séance lancée', 'k and colleges can no longer change once the session started');
        for (const question of before.questions) {
          if (model.runtime(question.id)?.openedOrder == null) continue;
          const now = input.questions.find((q) => q.id === question.id);
          if (!now || !same(now, question))
            return problem(409, 'questions', 'Une question déjà posée ne peut plus changer ni disparaître', 'A question already asked can no longer change or go');
        }
      }
      if (!(await updateLiveDefinition(this.db(), sessionId, input, version ?? model.session.version)))
        return problem(412, 'If-Match', 'Quelqu’un a modifié cette séance entre-temps : rechargez-la', 'Someone changed this session in the meantime: reload it');
      // The old model keeps answering reads until the new one is in place: no second load starts meanwhile.
      const fresh = (await this.read(sessionId))!;
      this.model = fresh;
      this.touch({ state: true });
      return { ok: true, value: fresh.adminState(joinUrl(origin, fresh.session.code), this.connected()) };
    });
  }

  setStatus(sessionId: string, action: 'start' | 'end', origin: string): Promise<Outcome<LiveSessionAdmin>> {
    return this.exclusive(async () => {
      const model = await this.load(sessionId);
      if (!model) return notFound();
      const db = this.db();
      if (action === 'start') {
        if (model.session.status !== 'open') await db.run(updateLiveStatusStatement(db, sessionId, 'open'));
        model.session.status = 'open';
      } else {
        if (model.session.status === 'draft') return problem(409, 'status', 'La séance n’a pas commencé', 'The session has not started');
        // Ending closes the open questions: screens get their final tallies.
        const closing = [...model.questions].filter(([, r]) => r.state === 'open' || r.state === 'locked');
        const statements = closing.map(([questionId]) => upsertLiveQuestionStateStatement(db, sessionId, this.record(model, questionId, { state: 'closed' })));
        await db.batch([...statements, updateLiveStatusStatement(db, sessionId, 'closed', new Date().toISOString().slice(0, 10))]);
        for (const [, runtime] of closing) runtime.state = 'closed';
        model.session.status = 'closed';
      }
      this.touch({ state: true });
      return { ok: true, value: model.adminState(joinUrl(origin, model.session.code), this.connected()) };
    });
  }

  private record(model: LiveModel, questionId: string, change: Partial<QuestionStateRecord>): QuestionStateRecord {
    const r = model.runtime(questionId)!;
    const base: QuestionStateRecord = { questionId, state: r.state, revealed: r.revealed, round: r.round, openedOrder: r.openedOrder, published: r.published };
    return { ...base, ...change };
  }

  control(sessionId: string, questionId: string, action: LiveControl['action'], origin: string): Promise<Outcome<LiveSessionAdmin>> {
    return this.exclusive(async () => {
      const model = await this.load(sessionId);
      if (!model) return notFound();
      const runtime = model.runtime(questionId);
      if (!runtime) return problem(404, 'questionId', 'Question inconnue', 'Unknown question');
      const refuse = (fr: string, en: string) => problem(409, 'action', fr, en);
      let next: QuestionStateRecord;
      switch (action) {
        case 'open':
          if (model.session.status !== 'open') return refuse('Lancez d’abord la séance', 'Start the session first');
          if (runtime.state === 'open') return { ok: true, value: model.adminState(joinUrl(origin, model.session.code), this.connected()) };
          next = this.record(model, questionId, { state: 'open', openedOrder: model.nextOpenedOrder() });
          break;
        case 'lock':
          if (runtime.state !== 'open') return refuse('Seule une question ouverte peut être figée', 'Only an open question can be locked');
          next = this.record(model, questionId, { state: 'locked' });
          break;
        case 'close':
          if (runtime.state === 'idle') return refuse('Cette question n’a pas été posée', 'This question has not been asked');
          next = this.record(model, questionId, { state: 'closed' });
          break;
        case 'reset':
          // A new round: earlier votes stay in D1 under their round, but count no more.
          next = this.record(model, questionId, { state: 'idle', revealed: false, round: runtime.round + 1 });
          break;
        case 'reveal':
        case 'hide':
          next = this.record(model, questionId, { revealed: action === 'reveal' });
          break;
      }
      // Leaving "open" publishes the final tally; a new round starts from nothing.
      const wasOpen = runtime.state === 'open';
      if (action === 'reset') {
        runtime.votes = new Map();
        runtime.pending = 0;
      }
      const nextPublished = next.state === 'open' && wasOpen ? runtime.published : null;
      await this.db().run(upsertLiveQuestionStateStatement(this.db(), sessionId, { ...next, published: nextPublished ?? model.freshResults(questionId) }));
      runtime.state = next.state;
      runtime.revealed = next.revealed;
      runtime.round = next.round;
      runtime.openedOrder = next.openedOrder;
      if (!nextPublished) {
        runtime.published = model.freshResults(questionId);
        runtime.pending = 0;
      }
      this.touch({ state: true });
      return { ok: true, value: model.adminState(joinUrl(origin, model.session.code), this.connected()) };
    });
  }

  moderate(sessionId: string, ideaId: string, action: 'approve' | 'hide', origin: string): Promise<Outcome<LiveSessionAdmin>> {
    return this.exclusive(async () => {
      const model = await this.load(sessionId);
      if (!model) return notFound();
      const idea = model.ideas.get(ideaId);
      if (!idea) return problem(404, 'ideaId', 'Idée introuvable', 'Idea not found');
      const status = action === 'approve' ? 'approved' : 'hidden';
      if (idea.status !== status) {
        await updateLiveIdeaStatus(this.db(), sessionId, ideaId, status);
        idea.status = status;
      }
      this.touch({ state: true });
      return { ok: true, value: model.adminState(joinUrl(origin, model.session.code), this.connected()) };
    });
  }

  /** New printed cards, returned this once: only their hashes are kept. */
  addCards(sessionId: string, count: number, college: string | null): Promise<Outcome<{ cards: string[] }>> {
    return this.exclusive(async () => {
      const model = await this.load(sessionId);
      if (!model) return notFound();
      const colleges = model.session.definition.settings.colleges;
      if (college !== null && !colleges?.some((c) => c.id === college)) return problem(400, 'college', 'Collège inconnu', 'Unknown college');
      for (let attempt = 1; ; attempt++) {
        const codes = newCardCodes(count);
        const hashes = await Promise.all(codes.map((code) => cardHash(sessionId, code)));
        try {
          await insertLiveCards(this.db(), sessionId, college, hashes);
        } catch (error) {
          if (isUniqueViolation(error) && attempt < CARD_ATTEMPTS) continue;
          throw error;
        }
        for (const hash of hashes) model.cards.set(hash, college);
        return { ok: true, value: { cards: codes } };
      }
    });
  }

  /**
   * Deletes the session and all it recorded (the organiser's DELETE, or retention), after any vote
   * batch in progress; screens are told and their sockets closed. Whether it existed.
   */
  remove(sessionId: string): Promise<boolean> {
    return this.exclusive(async () => {
      const db = this.db();
      const results = await db.batch(deleteLiveSessionStatements(db, sessionId));
      const existed = (results.at(-1)?.meta.changes ?? 0) > 0;
      this.model = null;
      this.unsavedReleases.clear();
      for (const item of this.queue.splice(0)) item.resolve(notFound());
      if (this.broadcastTimer) clearTimeout(this.broadcastTimer);
      this.broadcastTimer = null;
      for (const ws of this.ctx.getWebSockets()) {
        try {
          ws.close(4404, 'session deleted');
        } catch {
          // Already closing.
        }
      }
      return existed;
    });
  }

  // ---- participants' writes ----

  /**
   * A vote, acknowledged once written to D1. Group commit: while one batch is being written, the
   * votes arriving meanwhile queue up and go to D1 together in the next batch (one transaction),
   * each acknowledged once its batch commits; an idle object writes a lone vote at once.
   */
  async vote(sessionId: string, token: string, input: LiveVoteInput, addressKey: string): Promise<Outcome<VoteReply>> {
    if (!this.allowWrite(token)) return tooFast();
    const model = await this.load(sessionId);
    if (!model) return notFound();
    if (!(await this.firstContact(token, addressKey))) return tooManyDevices();
    return new Promise((resolve) => {
      this.queue.push({ token, input, resolve });
      if (this.flushQueued) return;
      this.flushQueued = true;
      void this.exclusive(() => this.flushVotes(sessionId)).catch((error) => console.error('live votes flush failed', error));
    });
  }

  /**
   * Writes per device in the current and the previous minute: a sliding estimate (the previous
   * minute weighted by how much of it still falls in the last 60 s), so a burst across the turn of
   * a minute is counted whole. Tokens are kept in memory for two minutes at most, never stored; an
   * evicted object starts counting again.
   */
  private writes = { minute: 0, current: new Map<string, number>(), previous: new Map<string, number>() };

  private allowWrite(token: string): boolean {
    const now = Date.now();
    const minute = Math.floor(now / 60_000);
    if (minute !== this.writes.minute)
      this.writes = { minute, current: new Map(), previous: minute === this.writes.minute + 1 ? this.writes.current : new Map() };
    const count = (this.writes.current.get(token) ?? 0) + 1;
    const carried = (this.writes.previous.get(token) ?? 0) * (1 - (now % 60_000) / 60_000);
    if (count + carried > WRITES_PER_DEVICE_PER_MINUTE) return false;
    this.writes.current.set(token, count);
    return true;
  }

  /** Devices (tokens) this object has met, in memory only: their later writes are not counted per address. */
  private known = new Set<string>();

  /**
   * A device's first write to this session counts against its client address (hashed by the
   * worker): inventing tokens from one address is limited (LIVE_ADDRESS_LIMITER), a room behind
   * one NAT is counted once per phone. Forgotten on eviction or past MAX_KNOWN_DEVICES (then
   * devices are counted again: stricter, never looser).
   */
  private async firstContact(token: string, addressKey: string): Promise<boolean> {
    if (this.known.has(token)) return true;
    const { success } = await this.env.LIVE_ADDRESS_LIMITER.limit({ key: addressKey });
    if (!success) return false;
    if (this.known.size >= MAX_KNOWN_DEVICES) this.known.clear();
    this.known.add(token);
    return true;
  }

  /** Questions whose release screens were shown but D1 has not stored yet (written with the next batch). */
  private unsavedReleases = new Set<string>();

  private async flushVotes(sessionId: string): Promise<void> {
    this.flushQueued = false;
    const batch = this.queue.splice(0, MAX_VOTES_PER_BATCH);
    if (this.queue.length > 0) {
      this.flushQueued = true;
      void this.exclusive(() => this.flushVotes(sessionId)).catch((error) => console.error('live votes flush failed', error));
    }
    try {
      await this.writeVotes(sessionId, batch);
    } catch (error) {
      // Whatever went wrong, nobody waits forever: votes not answered yet are told to retry (a retry counts once).
      console.error('live votes flush failed', error);
      for (const item of batch) item.resolve(storeFailed());
    }
  }

  private async writeVotes(sessionId: string, batch: QueuedVote[]): Promise<void> {
    // The model as it is now: an edit may have reloaded it since these votes arrived.
    const model = await this.load(sessionId);
    if (!model) {
      for (const item of batch) item.resolve(notFound());
      return;
    }
    const db = this.db();
    const statements: D1PreparedStatement[] = [];
    const accepted: { item: QueuedVote; apply: Applied }[] = [];
    /** Upvotes as they will stand after this batch, by idea and voter. */
    const upvotes = new Map<string, boolean>();
    const hashes = await Promise.all(batch.map((item) => this.hashes(model, item)));
    batch.forEach((item, i) => {
      const prepared = this.prepareVote(model, item, hashes[i]!, statements, upvotes);
      if (!prepared.ok) item.resolve(prepared);
      else accepted.push({ item, apply: prepared.value });
    });
    // What screens were last shown goes with the votes (a restarted object must not release early).
    const releases = [...this.unsavedReleases].filter((id) => model.runtime(id));
    if (statements.length > 0)
      for (const questionId of releases) statements.push(updateLivePublishedStatement(db, sessionId, questionId, model.runtime(questionId)!.published));
    try {
      if (statements.length > 0) await db.batch(statements);
    } catch (error) {
      console.error('live votes not stored', error);
      for (const { item } of accepted) item.resolve(storeFailed());
      return;
    }
    if (statements.length > 0) for (const questionId of releases) this.unsavedReleases.delete(questionId);
    // Upvotes apply one by one; votes question by question, in their order (one release per question at most).
    const byQuestion = new Map<string, { entry: VoteEntry; resolve: QueuedVote['resolve'] }[]>();
    for (const { item, apply } of accepted) {
      if (typeof apply === 'function') item.resolve({ ok: true, value: apply() });
      else {
        const items = byQuestion.get(apply.questionId) ?? [];
        items.push({ entry: apply, resolve: item.resolve });
        byQuestion.set(apply.questionId, items);
      }
    }
    for (const [questionId, items] of byQuestion) {
      const { changed, released } = model.applyVotes(questionId, items.map(({ entry }) => entry));
      if (released) {
        this.unsavedReleases.add(questionId);
        this.touch({ question: questionId });
      }
      items.forEach(({ resolve }, i) => resolve({ ok: true, value: { status: 'stored', changed: changed[i]! } }));
    }
    // No votes waiting to carry the release: it is stored on its own (acknowledgements are not held for it).
    if (this.queue.length === 0 && this.unsavedReleases.size > 0) await this.saveReleases(model);
  }

  private async saveReleases(model: LiveModel): Promise<void> {
    const db = this.db();
    const releases = [...this.unsavedReleases].filter((id) => model.runtime(id));
    try {
      await db.batch(releases.map((questionId) => updateLivePublishedStatement(db, model.session.id, questionId, model.runtime(questionId)!.published)));
      for (const questionId of releases) this.unsavedReleases.delete(questionId);
    } catch (error) {
      console.error('published not stored', error);
    }
  }

  /** The hashes a vote needs, worked out for the whole batch at once (no card hash when the session has no cards). */
  private async hashes(model: LiveModel, { token, input }: QueuedVote): Promise<{ card: string | null; voter: string | null }> {
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

  private prepareVote(
    model: LiveModel,
    { input }: QueuedVote,
    hashes: { card: string | null; voter: string | null },
    statements: D1PreparedStatement[],
    upvotes: Map<string, boolean>,
  ): Outcome<Applied> {
    const sessionId = model.session.id;
    const card = hashes.card === null ? undefined : model.cards.get(hashes.card);
    const target = model.voteTarget(input.questionId, card, input.college);
    if (!target.ok) return target;
    const { question, runtime, college } = target.value;
    const checked = checkVote(question, input.value);
    if (!checked.ok) return checked;
    const value = checked.value;
    const hash = hashes.voter!;
    if (question.type === 'ideas') {
      const { upvote: ideaId, on } = value as { upvote: string; on: boolean };
      const idea = model.ideas.get(ideaId);
      if (!idea || idea.questionId !== question.id || idea.status !== 'approved') return problem(400, 'value.upvote', 'Idée inconnue', 'Unknown idea');
      const key = `${ideaId}:${hash}`;
      const had = upvotes.get(key) ?? idea.upvoters.has(hash);
      upvotes.set(key, on);
      // Sets the upvote rather than toggling it: a retry after a lost acknowledgement changes nothing.
      if (had !== on) statements.push(on ? insertLiveIdeaVoteStatement(this.db(), sessionId, ideaId, hash) : deleteLiveIdeaVoteStatement(this.db(), sessionId, ideaId, hash));
      return {
        ok: true,
        value: () => {
          if (on) idea.upvoters.add(hash);
          else idea.upvoters.delete(hash);
          this.touch({ question: question.id });
          return { status: 'stored', changed: had && !on };
        },
      };
    }
    if (!model.sameVote(question.id, hash, college, value))
      statements.push(upsertLiveVoteStatement(this.db(), sessionId, { questionId: question.id, round: runtime.round, voterHash: hash, college, value }));
    return { ok: true, value: { questionId: question.id, voterHash: hash, college, value } };
  }

  /** An idea, shown once the organiser approves it; nothing ties it to the device. */
  async propose(sessionId: string, token: string, questionId: string, text: string, addressKey: string): Promise<Outcome<{ status: 'pending' }>> {
    if (!this.allowWrite(token)) return tooFast();
    if (!(await this.firstContact(token, addressKey))) return tooManyDevices();
    return this.exclusive(async () => {
      const model = await this.load(sessionId);
      if (!model) return notFound();
      if (model.session.status !== 'open') return problem(409, 'status', 'La séance n’est pas ouverte', 'The session is not open');
      const question = model.question(questionId);
      const runtime = model.runtime(questionId);
      if (!question || !runtime) return problem(404, 'questionId', 'Question inconnue', 'Unknown question');
      if (question.type !== 'ideas') return problem(409, 'questionId', 'Cette question ne reçoit pas d’idées', 'This question takes no ideas');
      if (runtime.state !== 'open') return problem(409, 'questionId', 'Cette question n’est pas ouverte', 'This question is not open');
      if (model.session.definition.settings.cardsRequired && !model.cards.has(await cardHash(sessionId, token)))
        return problem(403, 'X-Live-Token', 'Carte de vote inconnue', 'Unknown voting card');
      if ([...model.ideas.values()].filter((i) => i.questionId === questionId).length >= MAX_IDEAS_PER_QUESTION)
        return problem(409, 'questionId', 'Assez d’idées pour cette question', 'Enough ideas for this question');
      const idea = { id: newIdeaId(), questionId, text, status: 'pending' as const };
      await insertLiveIdea(this.db(), sessionId, idea);
      model.ideas.set(idea.id, { ...idea, upvoters: new Set() });
      this.touch({ console: true });
      return { ok: true, value: { status: 'pending' } };
    });
  }

  // ---- sockets ----

  override async fetch(request: Request): Promise<Response> {
    const sessionId = request.headers.get(LIVE_SESSION_HEADER) ?? '';
    const role = request.headers.get(LIVE_ROLE_HEADER) as SocketRole | null;
    const origin = request.headers.get(LIVE_ORIGIN_HEADER) ?? '';
    if (request.headers.get('Upgrade')?.toLowerCase() !== 'websocket' || !role || !['console', 'projector', 'participant'].includes(role))
      return new Response('WebSocket expected', { status: 426 });
    const model = await this.load(sessionId);
    if (!model) return new Response('Not found', { status: 404 });
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server, [role]);
    server.serializeAttachment({ role, origin } satisfies Attachment);
    server.send(JSON.stringify(this.stateMessage(model, { role, origin })));
    if (role === 'participant') this.touch({ console: true });
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    if (typeof message === 'string' && message.length < 100) {
      try {
        if ((JSON.parse(message) as { type?: unknown }).type === 'ping') ws.send(JSON.stringify({ type: 'pong' } satisfies LiveServerMessage));
      } catch {
        // Clients send nothing else; anything unreadable is ignored.
      }
    }
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code);
    } catch {
      // Already closed.
    }
    if ((ws.deserializeAttachment() as Attachment | null)?.role === 'participant') this.touch({ console: true });
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    if ((ws.deserializeAttachment() as Attachment | null)?.role === 'participant') this.touch({ console: true });
  }

  private stateMessage(model: LiveModel, { role, origin }: Attachment): LiveServerMessage {
    return role === 'console'
      ? { type: 'state', state: model.adminState(joinUrl(origin, model.session.code), this.connected()) }
      : { type: 'state', state: model.participantState() };
  }

  /** Marks what changed; one broadcast goes out per BROADCAST_INTERVAL_MS at most. */
  private touch(change: { state?: boolean; console?: boolean; question?: string }): void {
    if (change.state) this.dirtyState = true;
    if (change.console) this.dirtyConsole = true;
    if (change.question) this.dirtyQuestions.add(change.question);
    if (this.broadcastTimer) return;
    const wait = Math.max(0, this.lastBroadcast + BROADCAST_INTERVAL_MS - Date.now());
    this.broadcastTimer = setTimeout(() => {
      this.broadcastTimer = null;
      this.broadcast();
    }, wait);
  }

  private lastBroadcast = 0;

  private broadcast(): void {
    this.lastBroadcast = Date.now();
    const model = this.model;
    const fullState = this.dirtyState;
    const consoleState = fullState || this.dirtyConsole;
    const questions = [...this.dirtyQuestions];
    this.dirtyState = false;
    this.dirtyConsole = false;
    this.dirtyQuestions.clear();
    if (!model) return;
    const send = (ws: WebSocket, message: LiveServerMessage | string) => {
      try {
        ws.send(typeof message === 'string' ? message : JSON.stringify(message));
      } catch {
        // A socket closing meanwhile: it will get the state when it reconnects.
      }
    };
    // The console: everything, k applied.
    for (const ws of this.ctx.getWebSockets('console')) {
      const attachment = ws.deserializeAttachment() as Attachment;
      if (consoleState) send(ws, this.stateMessage(model, attachment));
      else for (const id of questions) if (model.question(id)) send(ws, { type: 'question', view: model.questionView(id, 'console') });
    }
    // Projector and phones: the same message for all, serialised once; tallies only once revealed.
    let publicMessages: string[];
    if (fullState) publicMessages = [JSON.stringify({ type: 'state', state: model.participantState() } satisfies LiveServerMessage)];
    else
      publicMessages = questions
        .filter((id) => model.question(id) && model.runtime(id)!.revealed)
        .map((id) => JSON.stringify({ type: 'question', view: model.questionView(id, 'public') } satisfies LiveServerMessage));
    if (publicMessages.length === 0) return;
    for (const tag of ['projector', 'participant'] as const) for (const ws of this.ctx.getWebSockets(tag)) for (const m of publicMessages) send(ws, m);
  }
}

