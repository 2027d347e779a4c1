/**
 * The participant's page, pure parts: join codes, the device token, and each question type's draft
 * vote (what the inputs hold) turned into the `value` the API takes. Unit-tested beside.
 */
import type { LiveQuestion } from '../../schema/live.ts';

/** As schema/live.ts JOIN_CODE_ALPHABET (copied: importing the schema would bring valibot into this small page; a test keeps them equal). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** What a person typed (spaces, dashes, lower case) as a join code, or null when it cannot be one. */
export function normaliseCode(typed: string): string | null {
  const code = typed.replace(/[\s-]+/g, '').toUpperCase();
  return code.length === 6 && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** The code in `/live/:code`, if the address has one. */
export function codeFromPath(pathname: string): string | null {
  const part = pathname.split('/')[2];
  return part ? normaliseCode(decodeURIComponent(part)) : null;
}

/** A card code as typed: spaces and dashes between groups are dropped; null when it cannot be a token. */
export function normaliseCard(typed: string): string | null {
  const card = typed.replace(/\s+/g, '');
  return /^[A-Za-z0-9_-]{22,64}$/.test(card) ? card : null;
}

/** 32 random bytes, base64url: the device's anonymous token for one session. */
export function newDeviceToken(bytes: Uint8Array = crypto.getRandomValues(new Uint8Array(32))): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// ---- ranking ----

/** A 32-bit FNV-1a hash of a string: the seed of a device's own order. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The options in this device's own order (Fisher–Yates, seeded by `seed`: the device token with the
 * question and round). The same after a reload, another on the next phone: no order is everyone's
 * default, so « Voter » without moving anything does not favour the first option listed.
 */
export function deviceOrder(optionIds: readonly string[], seed: string): string[] {
  // mulberry32: small, fast, well spread; no need for more to shuffle ten options.
  let state = hash32(seed);
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = [...optionIds];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The ranking the person starts from: their vote when it is a full ranking of these options, else the device's own order. */
export function initialRanking(optionIds: string[], mine: unknown, seed: string): string[] {
  if (Array.isArray(mine) && mine.length === optionIds.length && optionIds.every((id) => mine.includes(id))) return mine as string[];
  return deviceOrder(optionIds, seed);
}

/** Whether `mine` is a vote this device already sent (a ranking sent may be sent again as it is). */
export const hasVoted = (mine: unknown) => mine !== undefined && mine !== null;

/** Moves the item at `index` by one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  const next = [...list];
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return next;
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

// ---- dots ----

export type Dots = Record<string, number>;

export function dotsUsed(dots: Dots): number {
  return Object.values(dots).reduce((sum, n) => sum + n, 0);
}

/** Points still to spread. */
export function dotsRemaining(dots: Dots, points: number): number {
  return Math.max(0, points - dotsUsed(dots));
}

/** Sets one option's points, clamped to 0 and to what the other options leave. */
export function setDots(dots: Dots, optionId: string, wanted: number, points: number): Dots {
  const others = dotsUsed(dots) - (dots[optionId] ?? 0);
  const value = Math.max(0, Math.min(Math.floor(Number.isFinite(wanted) ? wanted : 0), points - others));
  return { ...dots, [optionId]: value };
}

/** The person's earlier spread, if it still fits these options and points. */
export function initialDots(optionIds: string[], points: number, mine: unknown): Dots {
  const start: Dots = Object.fromEntries(optionIds.map((id) => [id, 0]));
  if (!mine || typeof mine !== 'object' || Array.isArray(mine)) return start;
  let result = start;
  for (const [id, n] of Object.entries(mine as Record<string, unknown>)) if (id in start && typeof n === 'number') result = setDots(result, id, n, points);
  return result;
}

// ---- the vote a draft makes ----

export type Draft = string | string[] | number | Dots | null;

/** The draft the device's own earlier vote (kept on the device, own-votes.ts) gives back, for the question's inputs; `seed` orders a ranking not yet voted. */
export function draftFromMine(question: LiveQuestion, mine: unknown, seed = ''): Draft {
  switch (question.type) {
    case 'single':
      return typeof mine === 'string' ? mine : null;
    case 'multiple':
      return Array.isArray(mine) ? mine.filter((x): x is string => typeof x === 'string') : [];
    case 'dots':
      return initialDots(
        question.options.map((o) => o.id),
        question.points,
        mine,
      );
    case 'ranking':
      return initialRanking(
        question.options.map((o) => o.id),
        mine,
        seed,
      );
    case 'scale':
      return typeof mine === 'number' ? mine : null;
    case 'words': {
      const words = Array.isArray(mine) ? mine.filter((x): x is string => typeof x === 'string') : [];
      return Array.from({ length: question.maxWords ?? 3 }, (_, i) => words[i] ?? '');
    }
    default:
      return null;
  }
}

/** The API `value` of a draft, or null when there is nothing to send yet. */
export function voteValue(question: LiveQuestion, draft: Draft): string | number | string[] | Dots | null {
  switch (question.type) {
    case 'single':
      return typeof draft === 'string' ? draft : null;
    case 'multiple':
      return Array.isArray(draft) && draft.length > 0 ? draft : null;
    case 'dots':
      return draft && typeof draft === 'object' && !Array.isArray(draft) && dotsUsed(draft) > 0 ? draft : null;
    case 'ranking':
      return Array.isArray(draft) && draft.length === question.options.length ? draft : null;
    case 'scale':
      return typeof draft === 'number' ? draft : null;
    case 'words': {
      const words = Array.isArray(draft) ? [...new Set(draft.map((w) => w.trim().slice(0, 40)).filter(Boolean))] : [];
      return words.length ? words : null;
    }
    default:
      return null;
  }
}

/** Toggles an option of a multiple choice, never beyond `max` (the click is then refused). */
export function toggleChoice(chosen: string[], id: string, max: number | undefined): string[] {
  if (chosen.includes(id)) return chosen.filter((x) => x !== id);
  if (max !== undefined && chosen.length >= max) return chosen;
  return [...chosen, id];
}

/** The idea ids the device upvoted, from its own record (a list of ids, or the last `{ upvote }`). */
export function upvotedIdeas(mine: unknown): string[] {
  if (Array.isArray(mine)) return mine.filter((x): x is string => typeof x === 'string');
  if (mine && typeof mine === 'object') {
    const m = mine as Record<string, unknown>;
    if (typeof m.upvote === 'string') return m.on === false ? [] : [m.upvote];
    if (Array.isArray(m.upvotes)) return m.upvotes.filter((x): x is string => typeof x === 'string');
    return Object.entries(m)
      .filter(([, on]) => on === true)
      .map(([id]) => id);
  }
  return [];
}

/** Pressing an idea's button: the upvote to send (it sets the state, so a retried request is harmless) and the list to show. */
export function flipUpvote(upvoted: string[], ideaId: string): { on: boolean; upvoted: string[] } {
  const on = !upvoted.includes(ideaId);
  return { on, upvoted: on ? [...upvoted, ideaId] : upvoted.filter((x) => x !== ideaId) };
}
