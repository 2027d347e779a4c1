import { describe, expect, it } from 'vitest';
import { ftsQuery, searchStems, stem } from './search-terms.ts';

describe('similar ideas: the query', () => {
  it('folds accents, case, elisions and simple plurals', () => {
    expect(stem('Horaires')).toBe('horaire');
    expect(stem('l’accueil')).toBe('accueil');
    expect(stem("d'écoute")).toBe('ecoute');
    expect(stem('hôpitaux')).toBe('hopita');
    expect(stem('hôpital')).toBe('hopita');
    expect(stem('bus')).toBe('bus');
  });

  it('drops stop words and short words, keeps each stem once, and bounds the terms', () => {
    expect(searchStems('Plus de créneaux pour l’accueil du matin, le matin !')).toEqual(['creneau', 'accueil', 'matin']);
    expect(searchStems('a b c de la')).toEqual([]);
    expect(searchStems('un deux trois quatre cinq six sept huit neuf dix onze').length).toBe(8);
  });

  it('makes a prefix query of plain letters and digits only', () => {
    expect(ftsQuery('Horaires du soir')).toBe('"horaire"* OR "soir"*');
    expect(ftsQuery('"accueil" OR NEAR(x) *')).toBe('"accueil"* OR "near"*');
    expect(ftsQuery('   ')).toBeNull();
  });
});
