import { describe, expect, it } from 'vitest';
import type { IdeaPublic } from '../../../schema/ideas.ts';
import { themeAt, themesOnShow, topIdeas } from './rotation.ts';

const idea = (id: string, theme: string, supports: number | null, status: IdeaPublic['status'] = 'received'): IdeaPublic => ({
  id,
  theme,
  text: id,
  status,
  supports,
  answer: null,
  waitedDays: 1,
  history: [],
});
const themes = ['accueil', 'soins', 'salle'].map((id) => ({ id, label: { fr: id } }));

describe('the waiting-room rotation', () => {
  it('shows only themes with ideas, in the box’s order', () => {
    expect(themesOnShow({ themes, ideas: [idea('a', 'salle', 3), idea('b', 'accueil', null)] }).map((t) => t.id)).toEqual(['accueil', 'salle']);
    expect(themesOnShow({ themes, ideas: [] }).map((t) => t.id)).toEqual(['accueil', 'soins', 'salle']);
  });
  it('ranks by supports, counts under k last, and keeps the first few', () => {
    const ideas = [idea('a', 'soins', null), idea('b', 'soins', 7), idea('c', 'soins', 12), idea('d', 'soins', 9, 'rejected'), idea('e', 'salle', 40)];
    expect(topIdeas(ideas, 'soins').map((i) => i.id)).toEqual(['c', 'b', 'a']);
    expect(topIdeas(ideas, 'soins', 1).map((i) => i.id)).toEqual(['c']);
  });
  it('turns round the themes', () => {
    expect(themeAt(['a', 'b', 'c'], 4)).toBe('b');
    expect(themeAt([], 4)).toBeUndefined();
  });
});
