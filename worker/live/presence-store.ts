import type { LiveModel } from '../domain/live/model.ts';
import type { PresenceSnapshot } from '../domain/live/presence.ts';

/** Where the object keeps the colleges' presence the console last saw: its own storage, deleted with the session. */
const KEY = 'presence';

/**
 * The colleges' presence as the console last saw it (worker/domain/live/presence.ts), kept in the
 * session object's own storage: once k more devices fixed a college, the new figures are stored before
 * they are shown, so a restarted object never shows a step of fewer than k devices.
 */
export class PresenceStore {
  constructor(private readonly storage: DurableObjectStorage) {}

  read(): Promise<PresenceSnapshot | undefined> {
    return this.storage.get<PresenceSnapshot>(KEY);
  }

  /** Moves the console's figures when k more devices have a college; whether they moved. */
  async refresh(model: LiveModel): Promise<boolean> {
    const next = model.presenceToShow();
    if (!next) return false;
    try {
      await this.storage.put(KEY, next);
    } catch (error) {
      console.error('presence not stored', error);
      return false;
    }
    model.presence = next;
    return true;
  }
}
