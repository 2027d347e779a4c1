import { DurableObject } from 'cloudflare:workers';
import type { LiveControl, LiveParticipantState, LiveServerMessage, LiveSessionAdmin, LiveSessionInput, LiveVoteInput } from '../../schema/live.ts';
import { Db } from '../db/client.ts';
import { updateLiveDefinition, updateLiveIdeaStatus, updateLiveStatusStatement, upsertLiveQuestionStateStatement } from '../db/live.ts';
import { closeLiveSession, deleteLiveSession } from '../db/live-writes.ts';
import { LiveModel, type QuestionStateRecord } from '../domain/live/model.ts';
import { controlChange } from '../domain/live/control.ts';
import { problem, type Outcome } from '../domain/live/problems.ts';
import { checkDefinition } from '../domain/live/votes.ts';
import { Broadcaster, type Attachment } from './broadcaster.ts';
import { DeviceGate } from './device-gate.ts';
import { makeCards, proposeIdea } from './participant-records.ts';
import { PresenceStore } from './presence-store.ts';
import { liveModelFromRecord } from './session-record.ts';
import { cardHash, deviceHash, joinUrl, LIVE_ORIGIN_HEADER, LIVE_ROLE_HEADER, LIVE_SESSION_HEADER, type SocketRole } from './protocol.ts';
import type { VoteReply } from './vote-batch.ts';
import { notFound, VoteQueue } from './vote-queue.ts';

/**
 * One live session (named by its id): its state in memory, every vote written to D1 before it is
 * acknowledged (vote-queue.ts), the state rebuilt from D1 when the object starts again after eviction,
 * and the screens kept current over hibernatable WebSockets (broadcaster.ts).
 */
export class LiveSession extends DurableObject<Env> {
  private model: LiveModel | null = null;
  private loading: Promise<LiveModel | null> | null = null;
  /** The session was not found (deleted, or never existed): asked again, D1 is not read again. */
  private missing = false;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly votes = new VoteQueue(this);
  private readonly gate: DeviceGate;
  private readonly screens: Broadcaster;
  private readonly presence: PresenceStore;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.gate = new DeviceGate(env.LIVE_ADDRESS_LIMITER);
    this.screens = new Broadcaster(ctx, () => this.model);
    this.presence = new PresenceStore(ctx.storage);
    // Answered by the runtime itself, without waking a hibernating object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('{"type":"ping"}', '{"type":"pong"}'));
  }

  db(): Db {
    return new Db(this.env.DB);
  }

  async load(sessionId: string): Promise<LiveModel | null> {
    if (this.model) return this.model.session.id === sessionId ? this.model : null;
    if (this.missing) return null;
    this.loading ??= this.read(sessionId)
      .then((model) => {
        if (!model) this.missing = true;
        return (this.model ??= model);
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /** The whole session from D1 (the record), as a new model: after eviction. */
  private async read(sessionId: string): Promise<LiveModel | null> {
    const model = await liveModelFromRecord(this.db(), sessionId, this.presence);
    if (!model) return null;
    await this.refreshPresence(model);
    return model;
  }

  /** Once k more devices fixed a college, the console's presence moves (presence-store.ts). */
  async refreshPresence(model: LiveModel): Promise<void> {
    if (await this.presence.refresh(model)) this.touch({ console: true });
  }

  /** Mutations run one after another (D1 calls let other requests in between otherwise). */
  exclusive<T>(job: () => Promise<T>): Promise<T> {
    const run = this.chain.then(job);
    this.chain = run.catch(() => undefined);
    return run;
  }

  touch(change: { state?: boolean; console?: boolean; question?: string }): void {
    this.screens.touch(change);
  }

  /** The in-memory state, for tests and diagnostics. */
  loadedModel(): LiveModel | null {
    return this.model;
  }

  /** What the object keeps per device in memory (bounded), for tests. */
  deviceMemory(): { admitted: number; paced: number; registered: number } {
    return { ...this.gate.size, registered: this.model?.devices.size ?? 0 };
  }

  private adminOf(model: LiveModel, origin: string): Outcome<LiveSessionAdmin> {
    return { ok: true, value: model.adminState(joinUrl(origin, model.session.code), this.screens.connected()) };
  }

  // ---- reads ----

  async admin(sessionId: string, origin: string): Promise<LiveSessionAdmin | null> {
    const model = await this.load(sessionId);
    return model && model.adminState(joinUrl(origin, model.session.code), this.screens.connected());
  }

  /** What a phone sees: the public state, and the college its card fixes. Never its votes: the phone keeps its own. */
  async participant(sessionId: string, token: string | null): Promise<LiveParticipantState | null> {
    const model = await this.load(sessionId);
    if (!model) return null;
    const state = model.participantState();
    if (token !== null && model.cards.size > 0) {
      const card = model.cards.get(await cardHash(sessionId, token));
      if (card !== undefined) state.college = card;
    }
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
          return problem(
            409,
            'settings',
            'Le seuil k et les collèges ne changent plus une fois la séance lancée',
            'k and colleges can no longer change once the session started',
          );
        for (const question of before.questions) {
          if (model.runtime(question.id)?.openedOrder == null) continue;
          const now = input.questions.find((q) => q.id === question.id);
          if (!now || !same(now, question))
            return problem(
              409,
              'questions',
              'Une question déjà posée ne peut plus changer ni disparaître',
              'A question already asked can no longer change or go',
            );
        }
      }
      const expected = version ?? model.session.version;
      if (!(await updateLiveDefinition(this.db(), sessionId, input, expected)))
        return problem(
          412,
          'If-Match',
          'Quelqu’un a modifié cette séance entre-temps : rechargez-la',
          'Someone changed this session in the meantime: reload it',
        );
      model.redefine(input, expected + 1);
      this.touch({ state: true });
      return this.adminOf(model, origin);
    });
  }

  /** Starts or ends the session; `day` (YYYY-MM-DD, the route's clock) dates an end. */
  setStatus(sessionId: string, action: 'start' | 'end', origin: string, day: string): Promise<Outcome<LiveSessionAdmin>> {
    return this.exclusive(async () => {
      const model = await this.load(sessionId);
      if (!model) return notFound();
      const db = this.db();
      if (action === 'start') {
        if (model.session.status !== 'open') await db.run(updateLiveStatusStatement(db, sessionId, 'open'));
        model.session.status = 'open';
        model.session.endedOn = null;
      } else {
        if (model.session.status === 'draft') return problem(409, 'status', 'La séance n’a pas commencé', 'The session has not started');
        // Ending closes the open questions: their last release is their final result.
        const closing = [...model.questions].filter(([, r]) => r.state === 'open' || r.state === 'locked');
        await closeLiveSession(
          db,
          sessionId,
          closing.map(([questionId]) => this.record(model, questionId, { state: 'closed' })),
          day,
        );
        for (const [questionId, runtime] of closing) {
          runtime.state = 'closed';
          this.votes.unsavedReleases.delete(questionId);
        }
        model.session.status = 'closed';
        model.session.endedOn = day;
      }
      this.touch({ state: true });
      return this.adminOf(model, origin);
    });
  }

  private record(model: LiveModel, questionId: string, change: Partial<Omit<QuestionStateRecord, 'published'>>): QuestionStateRecord {
    const r = model.runtime(questionId)!;
    return { questionId, state: r.state, revealed: r.revealed, round: r.round, openedOrder: r.openedOrder, published: r.published, ...change };
  }

  /**
   * Opens, locks, closes, resets (a new round), reveals or hides a question, or shows a question already
   * asked again (back on the projector and the phones, its last release revealed). Locking and closing
   * publish nothing new: the last release (k distinct devices changed) stays the final result.
   */
  control(sessionId: string, questionId: string, action: LiveControl['action'], origin: string): Promise<Outcome<LiveSessionAdmin>> {
    return this.exclusive(async () => {
      const model = await this.load(sessionId);
      if (!model) return notFound();
      const planned = controlChange(model, questionId, action);
      if (!planned.ok) return planned;
      if (!planned.value) return this.adminOf(model, origin);
      const runtime = model.runtime(questionId)!;
      const change = planned.value;
      if (action === 'reset') runtime.newRound();
      const next = this.record(model, questionId, change);
      await this.db().run(upsertLiveQuestionStateStatement(this.db(), sessionId, next));
      this.votes.unsavedReleases.delete(questionId);
      Object.assign(runtime, { state: next.state, revealed: next.revealed, openedOrder: next.openedOrder });
      this.touch({ state: true });
      return this.adminOf(model, origin);
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
      return this.adminOf(model, origin);
    });
  }

  /** New printed cards, returned this once: only their hashes are kept; MAX_LIVE_CARDS per session in all. */
  addCards(sessionId: string, count: number, college: string | null): Promise<Outcome<{ cards: string[] }>> {
    return this.exclusive(async () => {
      const model = await this.load(sessionId);
      if (!model) return notFound();
      return makeCards(model, this.db(), count, college);
    });
  }

  /**
   * Deletes the session and all it recorded (the organiser's DELETE, or retention), after any vote
   * batch in progress; screens are told and their sockets closed. Whether it existed.
   */
  remove(sessionId: string): Promise<boolean> {
    return this.exclusive(async () => {
      const existed = await deleteLiveSession(this.db(), sessionId);
      await this.ctx.storage.deleteAll();
      this.model = null;
      this.missing = true;
      this.votes.drop();
      this.gate.clear();
      this.screens.stop();
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

  /** A vote, acknowledged once written to D1 with its batch (vote-queue.ts), after the device gate. */
  async vote(sessionId: string, token: string, input: LiveVoteInput, addressKey: string): Promise<Outcome<VoteReply>> {
    const model = await this.load(sessionId);
    if (!model) return notFound();
    const device = await deviceHash(token, sessionId);
    const admitted = await this.gate.admit(model, device, addressKey);
    if (!admitted.ok) return admitted;
    return this.votes.push(sessionId, { token, deviceHash: device, input });
  }

  /** An idea, shown once the organiser approves it; nothing ties it to the device (only the device's count of ideas). */
  async propose(sessionId: string, token: string, questionId: string, text: string, addressKey: string): Promise<Outcome<{ status: 'pending' }>> {
    const loaded = await this.load(sessionId);
    if (!loaded) return notFound();
    const hash = await deviceHash(token, sessionId);
    const admitted = await this.gate.admit(loaded, hash, addressKey);
    if (!admitted.ok) return admitted;
    const card = loaded.cards.size > 0 ? await cardHash(sessionId, token) : null;
    return this.exclusive(async () => {
      const model = await this.load(sessionId);
      if (!model) return notFound();
      const proposed = await proposeIdea(model, this.db(), { deviceHash: hash, card, questionId, text });
      if (proposed.ok) this.touch({ console: true });
      return proposed;
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
    server.send(JSON.stringify(this.screens.stateMessage(model, { role, origin })));
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
}
