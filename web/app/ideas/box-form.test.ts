import { describe, expect, it } from 'vitest';
import { formFrom, inputFrom, newTheme, themeId, withThemeIds } from './box-form.ts';

describe('the box form', () => {
  it('makes theme ids from labels, unique', () => {
    expect(themeId('Salle d’attente', [])).toBe('salle-d-attente');
    expect(themeId('Accès aux soins', ['acces-aux-soins'])).toBe('acces-aux-soins-2');
    expect(themeId('!!!', [])).toBe('theme');
  });
  it('keeps existing ids, names new themes', () => {
    const form = formFrom(
      { title: { fr: 'Boîte' }, intro: { fr: 'Vos idées' }, themes: [{ id: 'accueil', label: { fr: 'Accueil' } }], audience: 'public' },
      true,
    );
    form.themes.push({ ...newTheme(), fr: 'Accueil' });
    expect(withThemeIds(form).themes.map((t) => t.id)).toEqual(['accueil', 'accueil-2']);
  });
  it('sends numbers as numbers, blanks as NaN for the API to name', () => {
    const form = formFrom({ slug: 'msp', title: { fr: ' Boîte ', en: '' }, intro: { fr: 'x', en: 'y' }, themes: [], audience: 'members', k: 7 }, false);
    form.reportsToHide = '';
    const input = inputFrom(form);
    expect(input.title).toEqual({ fr: 'Boîte' });
    expect(input.intro).toEqual({ fr: 'x', en: 'y' });
    expect(input.k).toBe(7);
    expect(input.reportsToHide).toBeNaN();
    expect(input.audience).toBe('members');
  });
});
