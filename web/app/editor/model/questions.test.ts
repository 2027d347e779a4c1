import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Question, type Page } from '../../../../schema/survey.ts';
import { addEntry, addPage, addQuestion, duplicateQuestion, newQuestion, QUESTION_TYPES } from './questions.ts';

const survey = (): { pages: Page[] } => ({
  pages: [
    {
      id: 'p1',
      questions: [
        {
          id: 'profession',
          type: 'single',
          label: { fr: 'Profession', en: 'Profession' },
          required: true,
          preferNotToAnswer: false,
          breakdown: true,
          options: [
            { id: 'nurse', label: { fr: 'Infirmière' } },
            { id: 'gp', label: { fr: 'Médecin' } },
          ],
        },
      ],
    },
  ],
});

describe('newQuestion', () => {
  it('makes every type with the schema’s defaults written out', () => {
    for (const type of QUESTION_TYPES) {
      const question = newQuestion(type, 'q', { fr: 'Question' });
      expect(question.type).toBe(type);
      // Parsing fills defaults: nothing should change but lists still empty.
      const parsed = v.safeParse(Question, question);
      if (parsed.success) expect(parsed.output).toEqual(question);
      else
        expect(
          parsed.issues.every((issue) => issue.type === 'min_length'),
          type,
        ).toBe(true);
    }
  });

  it('starts scales and matrices on a labelled 1–5 agreement scale', () => {
    const scale = newQuestion('scale', 'q', { fr: 'Q' });
    expect(scale).toMatchObject({ min: 1, max: 5 });
    expect(newQuestion('matrix', 'm', { fr: 'M' })).toMatchObject({ items: [], scale: { min: 1, max: 5 } });
  });
});

describe('addQuestion', () => {
  it('makes the id from the French label, unique in the survey', () => {
    const first = addQuestion(survey(), 0, 'short_text', { fr: 'Profession ?' });
    expect(first.id).toBe('profession_2');
    expect(first.survey.pages[0]!.questions.map((q) => q.id)).toEqual(['profession', 'profession_2']);
    const second = addQuestion(first.survey, 0, 'date', { fr: 'Date de début' });
    expect(second.id).toBe('date_de_debut');
  });
});

describe('duplicateQuestion', () => {
  it('puts a copy right after, with a new id and « (copie) »', () => {
    const original = survey();
    const copied = duplicateQuestion(original, 'profession', { fr: '(copie)', en: '(copy)' })!;
    expect(copied.id).toBe('profession_2');
    const [first, second] = copied.survey.pages[0]!.questions;
    expect(second).toMatchObject({ id: 'profession_2', label: { fr: 'Profession (copie)', en: 'Profession (copy)' }, type: 'single' });
    expect(second).not.toHaveProperty('options', undefined);
    // A deep copy: editing the copy's options leaves the original alone.
    (second as { options: unknown[] }).options.pop();
    expect((first as { options: unknown[] }).options).toHaveLength(2);
  });

  it('returns null for an unknown question', () => {
    expect(duplicateQuestion(survey(), 'nope', { fr: '(copie)' })).toBeNull();
  });
});

describe('addEntry and addPage', () => {
  it('adds an option with an id from its label, unique in the list', () => {
    const options = addEntry([{ id: 'oui', label: { fr: 'Oui' } }], { fr: 'Oui !' }, 'option');
    expect(options.map((o) => o.id)).toEqual(['oui', 'oui_2']);
    expect(addEntry([], { fr: '?' }, 'option')[0]!.id).toBe('option');
  });

  it('adds an empty page with a fresh id', () => {
    const added = addPage(survey());
    expect(added.id).toBe('page_2');
    expect(added.survey.pages[1]).toEqual({ id: 'page_2', questions: [] });
  });
});
