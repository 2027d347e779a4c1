import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LiveSessionInput, LIVE_QUESTION_TYPES } from '../../../schema/live.ts';
import { emptyForm, fieldOfError, fromInput, move, newQuestion, toInput } from './form-model.ts';

describe('the live-session form', () => {
  it('makes a valid input of every question type once filled in, and reads it back', () => {
    const form = emptyForm();
    form.title = ' Atelier CPTS ';
    form.collegesOn = true;
    form.colleges = [
      { id: 'c1', label: 'Médecins', weight: '50' },
      { id: 'c2', label: 'Paramédicaux', weight: '50' },
    ];
    form.questions = LIVE_QUESTION_TYPES.map((type) => {
      const q = newQuestion(type);
      q.label = `Question ${type}`;
      q.options = q.options.map((o, i) => ({ ...o, label: `Option ${i + 1}` }));
      q.surveySlug = 'demo';
      return q;
    });
    const input = toInput(form);
    const parsed = v.safeParse(LiveSessionInput, input);
    expect(parsed.issues?.map((i) => v.getDotPath(i))).toBeUndefined();
    if (!parsed.success) return;
    expect(input.title).toEqual({ fr: 'Atelier CPTS' });
    const back = fromInput(parsed.output);
    expect(back.questions.map((q) => q.type)).toEqual([...LIVE_QUESTION_TYPES]);
    expect(back.colleges[0]).toEqual({ id: 'c1', label: 'Médecins', weight: '50' });
    expect(toInput(back)).toEqual(toInput(form));
  });

  it('leaves a bad number to the API to name', () => {
    const form = emptyForm();
    form.k = 'deux';
    expect(Number.isNaN(toInput(form).settings?.k)).toBe(true);
  });

  it('moves questions up and down', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('puts API errors on the closest field shown', () => {
    const fields = new Set(['f-title', 'f-questions-1-label', 'f-questions-1-options', 'f-questions-1-options-0-label', 'f-settings-k']);
    expect(fieldOfError('title.fr', fields)).toBe('f-title');
    expect(fieldOfError('questions.1.options.0.label.fr', fields)).toBe('f-questions-1-options-0-label');
    expect(fieldOfError('questions.1.options', fields)).toBe('f-questions-1-options');
    expect(fieldOfError('settings.k', fields)).toBe('f-settings-k');
    expect(fieldOfError('questions.7', fields)).toBeNull();
    expect(fieldOfError('$', fields)).toBeNull();
  });
});
