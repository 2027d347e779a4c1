import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Id } from '../../../../schema/survey.ts';
import { questionIds, slugify, uniqueId } from './ids.ts';

describe('slugify', () => {
  it('keeps lowercase letters and digits, drops accents, joins words with underscores', () => {
    expect(slugify('Quelle est votre profession ?')).toBe('quelle_est_votre_profession');
    expect(slugify('Infirmier·ère (IDEL)')).toBe('infirmier_ere_idel');
    expect(slugify('Œuvre – Été 2026')).toBe('oeuvre_ete_2026');
    expect(slugify('  --Déjà vu--  ')).toBe('deja_vu');
  });

  it('returns an empty string when nothing is left', () => {
    expect(slugify('???')).toBe('');
    expect(slugify('')).toBe('');
  });

  it('stays short and never ends with an underscore', () => {
    const slug = slugify('Depuis combien d’années exercez-vous sur le territoire de la CPTS ?');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('_')).toBe(false);
  });
});

describe('uniqueId', () => {
  it('uses the slug when it is free', () => {
    expect(uniqueId('Oui', [], 'option')).toBe('oui');
  });

  it('adds a number when the slug is taken', () => {
    expect(uniqueId('Oui', ['oui'], 'option')).toBe('oui_2');
    expect(uniqueId('Oui !', ['oui', 'oui_2'], 'option')).toBe('oui_3');
  });

  it('falls back when the label has no letter or digit', () => {
    expect(uniqueId('?', [], 'option')).toBe('option');
    expect(uniqueId('…', ['question'], 'question')).toBe('question_2');
  });

  it('always makes an id the schema accepts', () => {
    const labels = ['Quelle est votre profession ?', '?', '2e choix', 'x'.repeat(200), 'Ça va ?', '_début'];
    const taken: string[] = [];
    for (const label of labels) {
      for (let i = 0; i < 12; i++) {
        const id = uniqueId(label, taken, 'option');
        expect(v.is(Id, id), id).toBe(true);
        expect(taken).not.toContain(id);
        taken.push(id);
      }
    }
  });
});

describe('questionIds', () => {
  it('lists question ids across pages in order', () => {
    const survey = {
      pages: [
        { id: 'p1', questions: [{ id: 'a' }, { id: 'b' }] },
        { id: 'p2', questions: [{ id: 'c' }] },
      ],
    };
    expect(questionIds(survey)).toEqual(['a', 'b', 'c']);
  });
});
