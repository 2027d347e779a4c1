import { MAX_UPVOTES_PER_DEVICE, type LiveVoteInput } from '../../schema/live.ts';
import type { Db } from '../db/client.ts';
import { deleteLiveIdeaVoteStatement, insertLiveIdeaVoteStatement } from '../db/live.ts';
import { upsertLiveCollegeTallyStatement, upsertLiveDeviceStatement, upsertLiveVoteStatement } from '../db/live-votes.ts';
import type { DeviceRecord, LiveModel, VoteChange } from '../domain/live/model.ts';
import { problem, type Outcome } from '../domain/live/problems.ts';
import { checkVote } from '../domain/live/votes.ts';
import { sessionFull } from './device-gate.ts';

export type VoteReply = { status: 'stored'; changed: boolean };
export type Resolve = (outcome: Outcome<VoteReply>) => void;
/** A write waiting for its batch: the vote, its device, and the hashes it needs (worked out for the whole batch at once). */
export type QueuedVote = { token: string; deviceHash: string; input: LiveVoteInput; resolve: Resolve };
export type VoteHashes = { card: string | null; voter: string | null };

/**
 * One group-commit batch being prepared: each accepted write adds its statements (vote row, upvote
 * row), then `finish` adds what stands after the whole batch (each touched college's counters, each
 * device's row); once D1 has committed them, `record` brings the model in line and answers each write.
 */
export class VoteBatch {
  readonly statements: D1PreparedStatement[] = [];
  /** Devices as they will stand after the batch (new ones, a college fixed, a quota moved). */
  private devices = new Map<string, DeviceRecord>();
  private newDevices = 0;
  /** Upvotes as they will stand after the batch, by idea and voter. */
  private upvotes = new Map<string, boolean>();
  private upvoteReplies: { apply: () => VoteReply; resolve: Resolve }[] = [];
  private votes = new Map<string, { change: VoteChange; resolve: Resolve }[]>();

  constructor(
    private readonly model: LiveModel,
    private readonly db: Db,
    private readonly touch: (questionId: string) => void,
  ) {}

  /** Checks one write against the model as the batch leaves it; on success it joins the batch. */
  add({ deviceHash, input, resolve }: QueuedVote, hashes: VoteHashes): Outcome<null> {
    const { model } = this;
    const card = hashes.card === null ? undefined : model.cards.get(hashes.card);
    const known = this.devices.get(deviceHash) ?? model.devices.get(deviceHash);
    const target = model.voteTarget(input.questionId, card, known, input.college);
    if (!target.ok) return target;
    const { question, runtime, college } = target.value;
    const checked = checkVote(question, input.value);
    if (!checked.ok) return checked;
    const upvote = question.type === 'ideas' ? (checked.value as { upvote: string; on: boolean }) : null;
    const idea = upvote && model.ideas.get(upvote.upvote);
    if (upvote && (!idea || idea.questionId !== question.id || idea.status !== 'approved'))
      return problem(400, 'value.upvote', 'Idée inconnue', 'Unknown idea');
    const device = this.device(deviceHash, known);
    if (!device) return sessionFull(model.deviceCap);
    // A device's college is the one of its first vote, or its card's (counted in the console's presence).
    if (college && device.college === null) device.college = college;
    const hash = hashes.voter!;
    if (upvote && idea) {
      const { upvote: ideaId, on } = upvote;
      const key = `${ideaId}:${hash}`;
      const had = this.upvotes.get(key) ?? idea.upvoters.has(hash);
      const quota = (device.quota[question.id] ??= { ideas: 0, upvotes: 0 });
      if (on && !had && quota.upvotes >= MAX_UPVOTES_PER_DEVICE)
        return problem(
          409,
          'value.upvote',
          `Vous soutenez déjà ${MAX_UPVOTES_PER_DEVICE} idées sur cette question`,
          `You already upvote ${MAX_UPVOTES_PER_DEVICE} ideas on this question`,
        );
      this.upvotes.set(key, on);
      // Sets the upvote rather than toggling it: a retry after a lost acknowledgement changes nothing.
      if (had !== on) {
        quota.upvotes = Math.max(0, quota.upvotes + (on ? 1 : -1));
        this.statements.push(
          on ? insertLiveIdeaVoteStatement(this.db, model.session.id, ideaId, hash) : deleteLiveIdeaVoteStatement(this.db, model.session.id, ideaId, hash),
        );
      }
      const apply = (): VoteReply => {
        if (on) idea.upvoters.add(hash);
        else idea.upvoters.delete(hash);
        this.touch(question.id);
        return { status: 'stored', changed: had && !on };
      };
      this.upvoteReplies.push({ apply, resolve });
      return { ok: true, value: null };
    }
    const value = checked.value;
    const queued = this.votes.get(question.id) ?? [];
    const latest = queued.findLast((v) => v.change.voterHash === hash);
    if (latest ? JSON.stringify(latest.change.value) !== JSON.stringify(value) : !runtime.same(hash, value))
      this.statements.push(upsertLiveVoteStatement(this.db, model.session.id, { questionId: question.id, round: runtime.round, voterHash: hash, value }));
    queued.push({ change: { voterHash: hash, college, value }, resolve });
    this.votes.set(question.id, queued);
    return { ok: true, value: null };
  }

  /** The device's row as the batch leaves it; null when it is new and the session has all its devices. */
  private device(deviceHash: string, known: { college: string | null; quota: DeviceRecord['quota'] } | undefined): DeviceRecord | null {
    const scratch = this.devices.get(deviceHash);
    if (scratch) return scratch;
    if (!known) {
      if (this.model.devices.size + this.newDevices >= this.model.deviceCap) return null;
      this.newDevices++;
    }
    const record: DeviceRecord = { deviceHash, college: known?.college ?? null, quota: structuredClone(known?.quota ?? {}) };
    this.devices.set(deviceHash, record);
    return record;
  }

  /** What stands after the whole batch: each touched college's counters, each device's row. */
  finish(): void {
    const sessionId = this.model.session.id;
    for (const [questionId, items] of this.votes) {
      const runtime = this.model.runtime(questionId)!;
      for (const [college, counts] of runtime.histogramsAfter(items.map((i) => i.change)))
        this.statements.push(upsertLiveCollegeTallyStatement(this.db, sessionId, { questionId, round: runtime.round, college, counts }));
    }
    for (const device of this.devices.values()) {
      const before = this.model.devices.get(device.deviceHash);
      if (!before || before.college !== device.college || JSON.stringify(before.quota) !== JSON.stringify(device.quota))
        this.statements.push(upsertLiveDeviceStatement(this.db, sessionId, device));
    }
  }

  /** Once D1 committed the batch: the model follows, each write is answered; the questions whose screens got a release. */
  record(): string[] {
    for (const device of this.devices.values()) this.model.setDevice(device.deviceHash, { college: device.college, quota: device.quota });
    for (const { apply, resolve } of this.upvoteReplies) resolve({ ok: true, value: apply() });
    const released: string[] = [];
    // Votes question by question, in their order (one release per question at most).
    for (const [questionId, items] of this.votes) {
      const { changed, released: moved } = this.model.runtime(questionId)!.apply(items.map((i) => i.change));
      if (moved) released.push(questionId);
      items.forEach(({ resolve }, i) => resolve({ ok: true, value: { status: 'stored', changed: changed[i]! } }));
    }
    return released;
  }

  /** Every write of the batch, for a failed commit. */
  resolvers(): Resolve[] {
    return [...this.upvoteReplies.map((u) => u.resolve), ...[...this.votes.values()].flat().map((v) => v.resolve)];
  }
}
