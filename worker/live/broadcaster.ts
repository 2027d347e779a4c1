import type { LiveServerMessage } from '../../schema/live.ts';
import type { LiveModel } from '../domain/live/model.ts';
import { joinUrl, type SocketRole } from './protocol.ts';

export type Attachment = { role: SocketRole; origin: string };

/**
 * Broadcasts are coalesced: a change to an idle room goes out at once (after the current turn, so
 * changes made together leave together), then at most one broadcast per this many milliseconds,
 * whatever the flow of votes.
 */
const BROADCAST_INTERVAL_MS = 50;

/**
 * Keeps a session's screens current over its hibernatable WebSockets (tags: console, projector,
 * participant): the console gets everything (k applied), projector and phones the public view (tallies
 * once revealed), the same message for all, serialised once.
 */
export class Broadcaster {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = 0;
  private dirtyState = false;
  private dirtyConsole = false;
  private dirtyQuestions = new Set<string>();

  constructor(
    private readonly ctx: DurableObjectState,
    private readonly model: () => LiveModel | null,
  ) {}

  connected(): number {
    return this.ctx.getWebSockets('participant').length;
  }

  stateMessage(model: LiveModel, { role, origin }: Attachment): LiveServerMessage {
    return role === 'console'
      ? { type: 'state', state: model.adminState(joinUrl(origin, model.session.code), this.connected()) }
      : { type: 'state', state: model.participantState() };
  }

  /** Marks what changed; one broadcast goes out per BROADCAST_INTERVAL_MS at most. */
  touch(change: { state?: boolean; console?: boolean; question?: string }): void {
    if (change.state) this.dirtyState = true;
    if (change.console) this.dirtyConsole = true;
    if (change.question) this.dirtyQuestions.add(change.question);
    if (this.timer) return;
    const wait = Math.max(0, this.last + BROADCAST_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.broadcast();
    }, wait);
  }

  /** Nothing more goes out (the session is gone). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private broadcast(): void {
    this.last = Date.now();
    const model = this.model();
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
    for (const ws of this.ctx.getWebSockets('console')) {
      const attachment = ws.deserializeAttachment() as Attachment;
      if (consoleState) send(ws, this.stateMessage(model, attachment));
      else for (const id of questions) if (model.question(id)) send(ws, { type: 'question', view: model.questionView(id, 'console') });
    }
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
