import { readStoredJson, removeStored, writeStored } from '../shared/storage.ts';
import type { Entries } from './form-model.ts';

/**
 * A questionnaire in progress, kept on the device until it is acknowledged, so that a reload,
 * a closed tab or a lost connection loses nothing. `key` is the Idempotency-Key of the completed
 * questionnaire: created once, reused by every retry, even after a reload.
 */
export type SavedDraft = {
  surveyId: string;
  page: number;
  answers: Entries;
  key?: string;
  /** The printed participation code, when the survey asks for one. */
  code?: string;
  /** The person pressed « Envoyer » and no acknowledgement came back yet. */
  sending?: boolean;
};

const storageKey = (slug: string) => `pouls:draft:${slug}`;

/** The saved draft for this survey, unless it belongs to another survey that once had the same address. */
export function loadDraft(slug: string, surveyId: string): SavedDraft | null {
  const saved = readStoredJson<SavedDraft>(storageKey(slug));
  if (!saved || saved.surveyId !== surveyId || typeof saved.answers !== 'object' || saved.answers === null) return null;
  return saved;
}

export function saveDraft(slug: string, draft: SavedDraft): void {
  writeStored(storageKey(slug), JSON.stringify(draft));
}

export function clearDraft(slug: string): void {
  removeStored(storageKey(slug));
}

/** 24 random URL-safe characters (144 bits): the server takes 16 to 128 of [A-Za-z0-9_-]. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_');
}
