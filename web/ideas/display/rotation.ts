import type { BoxDisplay, IdeaPublic, Theme } from '../../../schema/ideas.ts';

/** Ideas shown at once for a theme: what reads from across a waiting room. */
export const IDEAS_SHOWN = 5;
export const ANSWERS_SHOWN = 3;

/** The themes that have ideas to show, in the box's order (all of them when none has any). */
export function themesOnShow(display: Pick<BoxDisplay, 'themes' | 'ideas'>): Theme[] {
  const withIdeas = display.themes.filter((theme) => display.ideas.some((idea) => idea.theme === theme.id));
  return withIdeas.length ? withIdeas : display.themes;
}

/** A theme's ideas, most supported first (a count under k ranks below every shown count), the first few. */
export function topIdeas(ideas: IdeaPublic[], themeId: string, limit = IDEAS_SHOWN): IdeaPublic[] {
  return ideas
    .filter((idea) => idea.theme === themeId && idea.status !== 'rejected')
    .sort((a, b) => (b.supports ?? -1) - (a.supports ?? -1))
    .slice(0, limit);
}

/** The theme shown at step `step` of the rotation. */
export function themeAt<T>(themes: T[], step: number): T | undefined {
  return themes.length ? themes[((step % themes.length) + themes.length) % themes.length] : undefined;
}
