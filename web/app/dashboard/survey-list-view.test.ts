import { describe, expect, it } from 'vitest';
import { folded, matchesSearch, sortSurveys, type ListedSurvey } from './survey-list-view.ts';

const survey = (id: string, fr: string, extra: Partial<ListedSurvey> = {}): ListedSurvey => ({
  id,
  slug: id,
  status: 'draft',
  version: 1,
  title: { fr },
  responses: 0,
  archived: false,
  answered: false,
  ...extra,
});

describe('searching the dashboard', () => {
  it('ignores accents, case and extra spaces', () => {
    expect(folded('  Évaluation   CPTS ')).toBe('evaluation cpts');
    expect(matchesSearch(survey('a', 'Qualité de vie au travail'), 'qualite  VIE')).toBe(true);
    expect(matchesSearch(survey('a', 'Qualité de vie au travail'), 'vie qualité')).toBe(true);
    expect(matchesSearch(survey('a', 'Qualité de vie au travail'), 'sommeil')).toBe(false);
  });

  it('finds the address and the English title too', () => {
    expect(matchesSearch(survey('besoins-2027', 'Les besoins'), 'besoins-2027')).toBe(true);
    expect(matchesSearch(survey('x', 'Les besoins', { title: { fr: 'Les besoins', en: 'Needs of the area' } }), 'area')).toBe(true);
  });
});

describe('sorting the dashboard', () => {
  const list = [
    survey('newest', 'Écoute des patients', { status: 'closed', responses: 12 }),
    survey('middle', 'besoins du territoire', { status: 'open', responses: 30 }),
    survey('oldest', 'Atelier', { status: 'draft' }),
  ];
  const ids = (sorted: ListedSurvey[]) => sorted.map((s) => s.id);

  it('keeps the server’s order for the most recent first', () => {
    expect(ids(sortSurveys(list, 'recent', 'fr'))).toEqual(['newest', 'middle', 'oldest']);
  });
  it('sorts titles alphabetically, accents and case aside', () => {
    expect(ids(sortSurveys(list, 'title', 'fr'))).toEqual(['oldest', 'middle', 'newest']);
  });
  it('puts open surveys first, then drafts, then closed ones', () => {
    expect(ids(sortSurveys(list, 'status', 'fr'))).toEqual(['middle', 'oldest', 'newest']);
  });
  it('puts the most released responses first', () => {
    expect(ids(sortSurveys(list, 'responses', 'fr'))).toEqual(['middle', 'newest', 'oldest']);
  });
});
