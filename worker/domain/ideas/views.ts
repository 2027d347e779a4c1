import type { IdeaAdmin, IdeaFollow, IdeaPublic, Theme } from '../../../schema/ideas.ts';
import { daysBetween, isPublic, SUPPORTABLE, type StoredIdea } from './model.ts';
import { personalFlags } from './personal-details.ts';

/** Supports as the public sees them: from k on, else null (« moins de k soutiens »). */
export const publicSupports = (supports: number, k: number): number | null => (supports >= k ? supports : null);

/** Days the idea waited: from its proposal to its answer, or to today. */
export const waitedDays = (idea: StoredIdea, today: string) => daysBetween(idea.createdOn, idea.answeredOn ?? today);

/** An approved idea as anyone sees it: its public history only (moderation steps stay inside). */
export function publicIdea(idea: StoredIdea, k: number, today: string): IdeaPublic {
  if (!isPublic(idea.status)) throw new Error(`idea ${idea.id} is not public`);
  return {
    id: idea.id,
    theme: idea.theme,
    text: idea.text,
    status: idea.status,
    supports: publicSupports(idea.supports, k),
    answer: idea.answer,
    waitedDays: waitedDays(idea, today),
    history: idea.history.filter((entry) => isPublic(entry.status)),
  };
}

/** An idea as coordinators see it, with the personal details its text seems to hold flagged. */
export function adminIdea(idea: StoredIdea, today: string): IdeaAdmin {
  return {
    id: idea.id,
    theme: idea.theme,
    text: idea.text,
    status: idea.status,
    source: idea.source,
    supports: idea.supports,
    supportsAtMost: idea.supportsAtMost,
    mustReword: idea.mustReword,
    reports: idea.reports,
    flags: personalFlags(idea.text),
    answer: idea.answer,
    declineReason: idea.declineReason,
    mergedInto: idea.mergedInto,
    createdOn: idea.createdOn,
    waitedDays: waitedDays(idea, today),
    history: idea.history,
  };
}

/** What the author follows with their receipt code: the whole history, and why it was declined. */
export function followedIdea(idea: StoredIdea, today: string): IdeaFollow {
  return {
    id: idea.id,
    theme: idea.theme,
    text: idea.text,
    status: idea.status,
    answer: idea.answer,
    declineReason: idea.declineReason,
    waitedDays: waitedDays(idea, today),
    history: idea.history,
  };
}

/**
 * Public ideas by theme (the box's order), most supported first. Ideas under k come after, newest
 * first: ordering them by their hidden counts would tell which has more.
 */
export function sortForPublic<T extends Pick<IdeaPublic, 'theme' | 'supports' | 'id'>>(
  ideas: readonly (T & { createdOn: string })[],
  themes: readonly Theme[],
): T[] {
  const order = new Map(themes.map((t, i) => [t.id, i]));
  return [...ideas].sort(
    (a, b) =>
      (order.get(a.theme) ?? themes.length) - (order.get(b.theme) ?? themes.length) ||
      (b.supports ?? -1) - (a.supports ?? -1) ||
      b.createdOn.localeCompare(a.createdOn) ||
      a.id.localeCompare(b.id),
  );
}

/** The box's public ideas, sorted, and those the waiting room rotates through (still open to supports). */
export function publicIdeas(ideas: readonly StoredIdea[], k: number, themes: readonly Theme[], today: string): IdeaPublic[] {
  const shown = ideas.filter((i) => isPublic(i.status)).map((i) => ({ ...publicIdea(i, k, today), createdOn: i.createdOn }));
  return sortForPublic(shown, themes).map(({ createdOn: _createdOn, ...idea }) => idea);
}

export const ANSWERED_ON_DISPLAY = 10;

/** The waiting room: ideas still open to supports, and the latest answers. */
export function displayIdeas(
  ideas: readonly StoredIdea[],
  k: number,
  themes: readonly Theme[],
  today: string,
): { ideas: IdeaPublic[]; answered: IdeaPublic[] } {
  const open = publicIdeas(
    ideas.filter((i) => SUPPORTABLE.includes(i.status)),
    k,
    themes,
    today,
  );
  const answered = ideas
    .filter((i) => isPublic(i.status) && i.answer !== null && i.answeredOn !== null)
    .sort((a, b) => b.answeredOn!.localeCompare(a.answeredOn!) || a.id.localeCompare(b.id))
    .slice(0, ANSWERED_ON_DISPLAY)
    .map((i) => publicIdea(i, k, today));
  return { ideas: open, answered };
}
