import { readStoredJson, removeStored, writeStored } from '../shared/storage.ts';
import type { Entries } from './form-model.ts';

/**
 * A questionnaire in progress, kept on the device until it is acknowledged, so that a reload,
 * a closed tab or a lost connection loses nothing — for DRAFT_LIFETIME_MS after the last change at
 * most, so answers do not linger on a shared or lent phone. `key` is the Idempotency-Key of the
 * completed questionnaire: created once, reused by every retry, even after a reload. The printed
 * participation code is never kept: it would tie the answers on the device to a card.
 */
export type SavedDraft = {
  surveyId: string;
  page: number;
  answers: Entries;
  key?: string;
  /** The person pressed « Envoyer » and no acknowledgement came back yet. */
  sending?: boolean;
  /** When the draft was last saved (device clock, ms): it never leaves the device. */
  savedAt: number;
};

export const DRAFT_LIFETIME_MS = 24 * 60 * 60 * 1000;

const storageKey = (slug: string) => `pouls:draft:${slug}`;

/** The saved draft for this survey, unless it is too old or belongs to another survey that once had the same address. */
export function loadDraft(slug: string, surveyId: string): SavedDraft | null {
  const saved = readStoredJson<Partial<SavedDraft> & { code?: unknown }>(storageKey(slug));
  if (!saved) return null;
  const age = Date.now() - (saved.savedAt ?? Date.now());
  if (!(age >= 0 && age < DRAFT_LIFETIME_MS) || saved.surveyId !== surveyId || typeof saved.answers !== 'object' || saved.answers === null) {
    clearDraft(slug);
    return null;
  }
  // Saved by an earlier version of the page: dated from now, and without the code it used to keep.
  if (saved.savedAt === undefined || 'code' in saved) {
    delete saved.code;
    writeStored(storageKey(slug), JSON.stringify({ ...saved, savedAt: saved.savedAt ?? Date.now() }));
  }
  return saved as SavedDraft;
}

export function saveDraft(slug: string, draft: Omit<SavedDraft, 'savedAt'>): void {
  writeStored(storageKey(slug), JSON.stringify({ ...draft, savedAt: Date.now() }));
}

export function clearDraft(slug: string): void {
  removeStored(storageKey(slug));
}

/** 24 random URL-safe characters (144 bits): the server takes 16 to 128 of [A-Za-z0-9_-]. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_');
}
