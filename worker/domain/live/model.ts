import type {
  LiveIdea,
  LiveParticipantState,
  LiveQuestion,
  LiveQuestionState,
  LiveQuestionView,
  LiveSessionAdmin,
  LiveSessionInput,
  LiveSessionPublic,
  LiveSessionSummary,
} from '../../../schema/live.ts';
import { MAX_LIVE_DEVICES } from '../../../schema/live.ts';
import type { LocalizedText } from '../../../schema/lang.ts';
import { nextPresence, noPresence, presenceView, type PresenceSnapshot } from './presence.ts';
import { problem, type Outcome } from './problems.ts';
import { QuestionRuntime, type VoteChange } from './question-runtime.ts';
import type { Histogram } from './histogram.ts';
import type { PublishedState } from './release.ts';
import { shownUpvotes, type Results } from './tallies.ts';
import type { StoredValue } from './votes.ts';

export type SessionStatus = 'draft' | 'open' | 'closed';

/** A session as stored in live_sessions. */
export type SessionRecord = {
  id: string;
  organisationId: string;
  code: string;
  title: LocalizedText;
  definition: LiveSessionInput;
  status: SessionStatus;
  version: number;
  /** Days (YYYY-MM-DD): created, and ended (its last /end; null unless closed). */
  createdOn: string;
  endedOn: string | null;
};

export type QuestionStateRecord = {
  questionId: string;
  state: LiveQuestionState;
  revealed: boolean;
  round: number;
  openedOrder: number | null;
  published: PublishedState | null;
};
/** A vote row: no college, no time, nothing but the question, round, voter hash and value. */
export type VoteRecord = { questionId: string; round: number; voterHash: string; value: StoredValue };
export type CollegeTallyRecord = { questionId: string; round: number; college: string; counts: Histogram };
export type CardRecord = { codeHash: string; college: string | null };
export type IdeaRecord = { id: string; questionId: string; text: string; status: LiveIdea['status'] };
export type IdeaVoteRecord = { ideaId: string; voterHash: string };
/** What a device (under its own hash) did in a session: its college once fixed, its ideas and upvotes per question. */
export type Quota = Record<string, { ideas: number; upvotes: number }>;
export type DeviceRecord = { deviceHash: string; college: string | null; quota: Quota };

export type IdeaRuntime = IdeaRecord & { upvoters: Set<string> };

export { QuestionRuntime, type VoteChange };

/** The rows a model is rebuilt from. */
export type SessionRows = {
  states?: QuestionStateRecord[];
  votes?: VoteRecord[];
  collegeTallies?: CollegeTallyRecord[];
  cards?: CardRecord[];
  ideas?: IdeaRecord[];
  ideaVotes?: IdeaVoteRecord[];
  devices?: DeviceRecord[];
  /** The colleges' devices as the console last saw them (kept in the object's own storage). */
  presence?: PresenceSnapshot | null;
};

/**
 * A live session's state in memory: what the Durable Object holds between writes to D1, rebuilt
 * from D1 rows when it starts. Pure: no I/O here.
 */
export class LiveModel {
  readonly questions = new Map<string, QuestionRuntime>();
  readonly cards = new Map<string, string | null>();
  readonly ideas = new Map<string, IdeaRuntime>();
  readonly devices = new Map<string, { college: string | null; quota: Quota }>();
  /** Devices with a college, by college, now; and as the console last saw them (presence.ts). */
  private readonly registered: PresenceSnapshot = noPresence();
  presence: PresenceSnapshot;

  constructor(
    public session: SessionRecord,
    rows: SessionRows = {},
  ) {
    const stateOf = new Map((rows.states ?? []).map((s) => [s.questionId, s]));
    for (const question of session.definition.questions) {
      const stored = stateOf.get(question.id);
      const runtime = this.newRuntime(question.id, stored?.published ?? null);
      if (stored) Object.assign(runtime, { state: stored.state, revealed: stored.revealed, round: stored.round, openedOrder: stored.openedOrder });
      this.questions.set(question.id, runtime);
    }
    for (const vote of rows.votes ?? []) {
      const runtime = this.questions.get(vote.questionId);
      if (runtime && vote.round === runtime.round) runtime.votes.set(vote.voterHash, { value: vote.value, json: JSON.stringify(vote.value) });
    }
    for (const record of rows.collegeTallies ?? []) {
      const runtime = this.questions.get(record.questionId);
      if (runtime && record.round === runtime.round) runtime.histograms.set(record.college, record.counts);
    }
    for (const card of rows.cards ?? []) this.cards.set(card.codeHash, card.college);
    for (const idea of rows.ideas ?? []) this.ideas.set(idea.id, { ...idea, upvoters: new Set() });
    for (const vote of rows.ideaVotes ?? []) this.ideas.get(vote.ideaId)?.upvoters.add(vote.voterHash);
    for (const device of rows.devices ?? []) this.setDevice(device.deviceHash, { college: device.college, quota: device.quota });
    this.presence = rows.presence ?? noPresence();
  }

  /** Records a device as it stands now (its college counted once it has one). */
  setDevice(deviceHash: string, device: { college: string | null; quota: Quota }): void {
    const before = this.devices.get(deviceHash)?.college ?? null;
    if (before === null && device.college !== null) {
      this.registered.devices++;
      this.registered.byCollege[device.college] = (this.registered.byCollege[device.college] ?? 0) + 1;
    }
    this.devices.set(deviceHash, device);
  }

  /** The colleges' devices the console should see now, when they moved (k more devices with a college), else null. */
  presenceToShow(): PresenceSnapshot | null {
    return this.session.definition.settings.colleges ? nextPresence(this.presence, this.registered, this.k) : null;
  }

  private newRuntime(questionId: string, published: PublishedState | null = null): QuestionRuntime {
    return new QuestionRuntime(() => ({ question: this.question(questionId)!, k: this.k, colleges: this.session.definition.settings.colleges }), published);
  }

  /** A new definition (an edit): questions never asked start afresh, come or go; the others keep their state. */
  redefine(definition: LiveSessionInput, version: number): void {
    this.session = { ...this.session, definition, title: definition.title, version };
    for (const [id, runtime] of [...this.questions])
      if (runtime.openedOrder === null || !definition.questions.some((q) => q.id === id)) this.questions.delete(id);
    for (const question of definition.questions) if (!this.questions.has(question.id)) this.questions.set(question.id, this.newRuntime(question.id));
  }

  get k(): number {
    return this.session.definition.settings.k ?? 5;
  }

  question(id: string): LiveQuestion | undefined {
    return this.session.definition.questions.find((q) => q.id === id);
  }

  runtime(id: string): QuestionRuntime | undefined {
    return this.questions.get(id);
  }

  /**
   * What every screen shows of a question's votes: its last release, whatever its state. Locking or
   * closing publishes nothing new (a lock right after one person's vote would show it): the last
   * release is the final result on the projector, the console, the phones and in the export.
   */
  shownResults(questionId: string): Results {
    return this.questions.get(questionId)!.published.results;
  }

  /** The question on screen: the last one opened (or shown again) that is not idle. */
  currentQuestionId(): string | null {
    let best: { id: string; order: number } | null = null;
    for (const [id, runtime] of this.questions) {
      if (runtime.state === 'idle' || runtime.openedOrder === null) continue;
      if (!best || runtime.openedOrder > best.order) best = { id, order: runtime.openedOrder };
    }
    return best?.id ?? null;
  }

  nextOpenedOrder(): number {
    let max = 0;
    for (const runtime of this.questions.values()) max = Math.max(max, runtime.openedOrder ?? 0);
    return max + 1;
  }

  ideasOf(questionId: string, audience: 'console' | 'public', revealed: boolean): LiveIdea[] {
    const out: LiveIdea[] = [];
    for (const idea of this.ideas.values()) {
      if (idea.questionId !== questionId || (audience === 'public' && idea.status !== 'approved')) continue;
      const upvotes = audience === 'console' || revealed ? shownUpvotes(idea.upvoters.size, this.k) : null;
      out.push({ id: idea.id, text: idea.text, status: idea.status, upvotes });
    }
    return out;
  }

  /** A question as the console sees it (always its results, k applied) or as projector and phones do (results once revealed). */
  questionView(questionId: string, audience: 'console' | 'public'): LiveQuestionView {
    const question = this.question(questionId)!;
    const runtime = this.questions.get(questionId)!;
    const view: LiveQuestionView = { question, state: runtime.state, revealed: runtime.revealed, round: runtime.round };
    if (audience === 'console' || runtime.revealed) {
      const results = this.shownResults(questionId);
      if (results.tally) view.tally = results.tally;
      if (results.byCollege) view.byCollege = results.byCollege;
      if (results.block) view.block = results.block;
    }
    if (question.type === 'ideas') view.ideas = this.ideasOf(questionId, audience, runtime.revealed);
    return view;
  }

  publicSession(): LiveSessionPublic {
    const { settings } = this.session.definition;
    return {
      id: this.session.id,
      code: this.session.code,
      title: this.session.title,
      status: this.session.status,
      k: this.k,
      colleges: settings.colleges ? settings.colleges.map((c) => ({ id: c.id, label: c.label })) : null,
      cardsRequired: settings.cardsRequired ?? false,
    };
  }

  participantState(): LiveParticipantState {
    const current = this.currentQuestionId();
    return { session: this.publicSession(), current: current ? this.questionView(current, 'public') : null };
  }

  summary(): LiveSessionSummary {
    const { id, code, title, status, version, definition } = this.session;
    return { id, code, title, status, questions: definition.questions.length, version };
  }

  adminState(joinUrl: string, connected: number): LiveSessionAdmin {
    const { questions: _count, ...summary } = this.summary();
    const colleges = this.session.definition.settings.colleges;
    return {
      ...summary,
      definition: this.session.definition,
      joinUrl,
      questions: this.session.definition.questions.map((q) => this.questionView(q.id, 'console')),
      connected,
      current: this.currentQuestionId(),
      createdOn: this.session.createdOn,
      endedOn: this.session.endedOn,
      ...(colleges ? { presence: presenceView(this.presence, colleges, this.k) } : {}),
    };
  }

  /**
   * Where a vote may go: the session and question open, the college settled by the card, by the
   * device's first vote (a later change is refused: 409), or by the participant now. `college` is
   * '' without colleges.
   */
  voteTarget(
    questionId: string,
    card: string | null | undefined,
    device: { college: string | null } | undefined,
    college: string | undefined,
  ): Outcome<{ question: LiveQuestion; runtime: QuestionRuntime; college: string }> {
    if (this.session.status !== 'open') return problem(409, 'status', 'La séance n’est pas ouverte', 'The session is not open');
    const question = this.question(questionId);
    const runtime = this.questions.get(questionId);
    if (!question || !runtime) return problem(404, 'questionId', 'Question inconnue', 'Unknown question');
    if (runtime.state === 'locked') return problem(409, 'questionId', 'Les votes sur cette question sont figés', 'Votes on this question are locked');
    if (runtime.state !== 'open') return problem(409, 'questionId', 'Cette question n’est pas ouverte au vote', 'This question is not open for votes');
    const { settings } = this.session.definition;
    if (settings.cardsRequired && card === undefined) return problem(403, 'X-Live-Token', 'Carte de vote inconnue', 'Unknown voting card');
    if (!settings.colleges) {
      if (college !== undefined) return problem(400, 'college', 'Cette séance n’a pas de collèges', 'This session has no colleges');
      return { ok: true, value: { question, runtime, college: '' } };
    }
    if (card && college !== undefined && college !== card) return problem(400, 'college', 'Votre carte fixe votre collège', 'Your card sets your college');
    const fixed = card ?? device?.college ?? undefined;
    if (fixed && college !== undefined && college !== fixed)
      return problem(
        409,
        'college',
        'Votre collège est celui de votre premier vote dans cet atelier : il ne change plus',
        'Your college is the one of your first vote in this workshop: it can no longer change',
      );
    const chosen = fixed ?? college;
    if (chosen === undefined) return problem(400, 'college', 'Choisissez votre collège', 'Pick your college');
    if (!settings.colleges.some((c) => c.id === chosen)) return problem(400, 'college', 'Collège inconnu', 'Unknown college');
    return { ok: true, value: { question, runtime, college: chosen } };
  }

  /** Devices the session admits: its expected participants, or MAX_LIVE_DEVICES. */
  get deviceCap(): number {
    return this.session.definition.settings.expectedParticipants ?? MAX_LIVE_DEVICES;
  }

  /** Pending and approved ideas of a question (hidden ones no longer take room). */
  liveIdeas(questionId: string): number {
    let count = 0;
    for (const idea of this.ideas.values()) if (idea.questionId === questionId && idea.status !== 'hidden') count++;
    return count;
  }
}
