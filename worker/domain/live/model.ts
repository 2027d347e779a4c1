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
import type { LocalizedText } from '../../../schema/lang.ts';
import { problem, type Outcome } from './problems.ts';
import { noteChange } from './release.ts';
import { questionResults, shownUpvotes, type Results, type VoteEntry } from './tallies.ts';
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
};

export type QuestionStateRecord = { questionId: string; state: LiveQuestionState; revealed: boolean; round: number; openedOrder: number | null; published: Results | null };
export type VoteRecord = { questionId: string; round: number; voterHash: string; college: string | null; value: StoredValue };
export type CardRecord = { codeHash: string; college: string | null };
export type IdeaRecord = { id: string; questionId: string; text: string; status: LiveIdea['status'] };
export type IdeaVoteRecord = { ideaId: string; voterHash: string };

export type QuestionRuntime = {
  state: LiveQuestionState;
  revealed: boolean;
  round: number;
  openedOrder: number | null;
  /** Current round's votes by voter hash; `json` compares a retried vote with the stored one. */
  votes: Map<string, VoteEntry & { json: string }>;
  /** What screens show while the question is open (see release.ts). */
  published: Results;
  /** New or changed votes since `published`. */
  pending: number;
};

export type IdeaRuntime = IdeaRecord & { upvoters: Set<string> };

const idle = (): Omit<QuestionRuntime, 'published'> => ({ state: 'idle', revealed: false, round: 1, openedOrder: null, votes: new Map(), pending: 0 });

/**
 * A live session's state in memory: what the Durable Object holds between writes to D1, rebuilt
 * from D1 rows when it starts. Pure: no I/O here.
 */
export class LiveModel {
  readonly questions = new Map<string, QuestionRuntime>();
  readonly cards = new Map<string, string | null>();
  readonly ideas = new Map<string, IdeaRuntime>();

  constructor(
    public session: SessionRecord,
    states: QuestionStateRecord[] = [],
    votes: VoteRecord[] = [],
    cards: CardRecord[] = [],
    ideas: IdeaRecord[] = [],
    ideaVotes: IdeaVoteRecord[] = [],
  ) {
    const stateOf = new Map(states.map((s) => [s.questionId, s]));
    for (const question of session.definition.questions) {
      const stored = stateOf.get(question.id);
      const runtime: QuestionRuntime = stored
        ? { state: stored.state, revealed: stored.revealed, round: stored.round, openedOrder: stored.openedOrder, votes: new Map(), published: {}, pending: 0 }
        : { ...idle(), published: {} };
      this.questions.set(question.id, runtime);
    }
    for (const vote of votes) {
      const runtime = this.questions.get(vote.questionId);
      if (runtime && vote.round === runtime.round) runtime.votes.set(vote.voterHash, { college: vote.college, value: vote.value, json: JSON.stringify(vote.value) });
    }
    for (const question of session.definition.questions) {
      const runtime = this.questions.get(question.id)!;
      // An open question restarts from what screens last saw, never from votes they did not see yet.
      const stored = stateOf.get(question.id)?.published;
      runtime.published = runtime.state === 'open' && stored ? stored : this.freshResults(question.id);
    }
    for (const card of cards) this.cards.set(card.codeHash, card.college);
    for (const idea of ideas) this.ideas.set(idea.id, { ...idea, upvoters: new Set() });
    for (const vote of ideaVotes) this.ideas.get(vote.ideaId)?.upvoters.add(vote.voterHash);
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

  freshResults(questionId: string): Results {
    const question = this.question(questionId)!;
    const runtime = this.questions.get(questionId)!;
    return questionResults(question, [...runtime.votes.values()], { k: this.k, colleges: this.session.definition.settings.colleges });
  }

  /** What every screen may see of a question's votes now: the last release while open, else the final tally. */
  shownResults(questionId: string): Results {
    const runtime = this.questions.get(questionId)!;
    return runtime.state === 'open' ? runtime.published : this.freshResults(questionId);
  }

  /** The question on screen: the last one opened that is not idle. */
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
    return {
      ...summary,
      definition: this.session.definition,
      joinUrl,
      questions: this.session.definition.questions.map((q) => this.questionView(q.id, 'console')),
      connected,
    };
  }

  /** Where a vote may go: the session and question open, the college settled by the card or the participant. */
  voteTarget(questionId: string, card: string | null | undefined, college: string | undefined): Outcome<{ question: LiveQuestion; runtime: QuestionRuntime; college: string | null }> {
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
      return { ok: true, value: { question, runtime, college: null } };
    }
    if (card && college !== undefined && college !== card) return problem(400, 'college', 'Votre carte fixe votre collège', 'Your card sets your college');
    const chosen = card ?? college;
    if (chosen === undefined) return problem(400, 'college', 'Choisissez votre collège', 'Pick your college');
    if (!settings.colleges.some((c) => c.id === chosen)) return problem(400, 'college', 'Collège inconnu', 'Unknown college');
    return { ok: true, value: { question, runtime, college: chosen } };
  }

  /**
   * Records a vote already written to D1; says whether it replaced a different one and whether screens move.
   * With `settleLater` (a batch of votes), the release waits for `settle`, called once after the batch.
   */
  applyVote(questionId: string, voterHash: string, college: string | null, value: StoredValue, settleLater = false): { changed: boolean; released: boolean } {
    const runtime = this.questions.get(questionId)!;
    const json = JSON.stringify(value);
    const before = runtime.votes.get(voterHash);
    if (before && before.json === json && before.college === college) return { changed: false, released: false };
    runtime.votes.set(voterHash, { college, value, json });
    if (settleLater) {
      runtime.pending++;
      return { changed: before !== undefined, released: false };
    }
    const gate = noteChange(runtime.pending, this.k);
    runtime.pending = gate.pending;
    if (gate.release) runtime.published = this.freshResults(questionId);
    return { changed: before !== undefined, released: gate.release };
  }

  /**
   * Records a batch of votes already written to D1, in their order. Screens move as if the votes had
   * come one by one, but only once, at the last k-step the batch reaches: they show the votes up to
   * that step, the rest wait (so a release still differs from the last by k changes or more). One
   * tally per batch, not per vote: a release costs the question's votes, every k votes at most.
   */
  applyVotes(questionId: string, votes: { voterHash: string; college: string | null; value: StoredValue }[]): { changed: boolean[]; released: boolean } {
    const runtime = this.questions.get(questionId)!;
    // Which votes are new or changed, earlier votes of the batch included (a retry in the same batch is not).
    const seen = new Map<string, { json: string; college: string | null }>();
    const counts = votes.map(({ voterHash, college, value }) => {
      const json = JSON.stringify(value);
      const before = seen.get(voterHash) ?? runtime.votes.get(voterHash);
      seen.set(voterHash, { json, college });
      return !before || before.json !== json || before.college !== college;
    });
    let pending = runtime.pending;
    let lastStep = -1;
    counts.forEach((counted, i) => {
      if (counted && ++pending >= this.k) {
        pending = 0;
        lastStep = i;
      }
    });
    const changed = votes.map(({ voterHash, college, value }, i) => {
      const { changed } = this.applyVote(questionId, voterHash, college, value, true);
      if (i === lastStep) runtime.published = this.freshResults(questionId);
      return changed;
    });
    runtime.pending = pending;
    return { changed, released: lastStep >= 0 };
  }

  /** Whether a vote is the one already stored (a retry): nothing to write. */
  sameVote(questionId: string, voterHash: string, college: string | null, value: StoredValue): boolean {
    const before = this.questions.get(questionId)?.votes.get(voterHash);
    return !!before && before.json === JSON.stringify(value) && before.college === college;
  }
}
