import { describe, expect, it } from 'vitest';
import { blankSurvey, definitionOf, freeSlug, nextWaveSlug, slugify, waveOf, waveTitle } from './survey-copy.ts';
import * as v from 'valibot';
import { SurveyInput } from '../../../schema/survey.ts';

describe('survey copies', () => {
  it('makes slugs from French titles', () => {
    expect(slugify('Besoins du territoire – Été 2026 !')).toBe('besoins-du-territoire-ete-2026');
    expect(slugify('x'.repeat(80)).length).toBe(64);
  });

  it('numbers waves and skips used slugs', () => {
    expect(nextWaveSlug('besoins', [])).toBe('besoins-vague-2');
    expect(nextWaveSlug('besoins-vague-2', [])).toBe('besoins-vague-3');
    expect(nextWaveSlug('besoins', ['besoins-vague-2'])).toBe('besoins-vague-3');
    expect(nextWaveSlug('a'.repeat(64), []).length).toBe(64);
    expect(waveOf('besoins-vague-3')).toBe(3);
    expect(waveOf('besoins')).toBe(1);
  });

  it('suffixes titles once', () => {
    expect(waveTitle({ fr: 'Besoins', en: 'Needs' }, 2)).toEqual({ fr: 'Besoins – vague 2', en: 'Needs – wave 2' });
    expect(waveTitle({ fr: 'Besoins – vague 2' }, 3)).toEqual({ fr: 'Besoins – vague 3' });
  });

  it('finds a free slug', () => {
    expect(freeSlug('a', [])).toBe('a');
    expect(freeSlug('a', ['a', 'a-2'])).toBe('a-3');
  });

  it('copies a definition without server fields, and the blank survey is valid', () => {
    const copy = definitionOf({ ...blankSurvey('T', 't', 'fr'), id: 'x', status: 'open', version: 3 } as never);
    expect(copy).not.toHaveProperty('id');
    expect(copy).not.toHaveProperty('status');
    expect(v.safeParse(SurveyInput, blankSurvey('Titre', 'titre', 'fr')).success).toBe(true);
  });
});
