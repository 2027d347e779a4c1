import { describe, expect, it } from 'vitest';
import type { LiveQuestion, LiveSessionInput } from '../../../schema/live.ts';
import { checkDefinition, checkVote } from './votes.ts';

const fr = (text: string) => ({ fr: text });
const options = [
  { id: 'a', label: fr('A') },
  { id: 'b', label: fr('B') },
  { id: 'c', label: fr('C') },
];
const q = {
  single: { id: 's', label: fr('S'), type: 'single', options },
  multiple: { id: 'm', label: fr('M'), type: 'multiple', options, maxSelections: 2 },
  dots: { id: 'd', label: fr('D'), type: 'dots', options, points: 5 },
  ranking: { id: 'r', label: fr('R'), type: 'ranking', options },
  scale: { id: 'sc', label: fr('Sc'), type: 'scale', min: 0, max: 10 },
  words: { id: 'w', label: fr('W'), type: 'words', maxWords: 2 },
  ideas: { id: 'i', label: fr('I'), type: 'ideas' },
  survey: { id: 'sr', label: fr('Sr'), type: 'survey_results', surveySlug: 'demo' },
} satisfies Record<string, LiveQuestion>;

const ok = (question: LiveQuestion, value: unknown) => checkVote(question, value);

describe('checkVote', () => {
  it('single: an existing option', () => {
    expect(ok(q.single, 'a')).toEqual({ ok: true, value: 'a' });
    expect(ok(q.single, 'z').ok).toBe(false);
    expect(ok(q.single, ['a']).ok).toBe(false);
  });
  it('multiple: existing, distinct, at most maxSelections; stored in option order', () => {
    expect(ok(q.multiple, ['b', 'a'])).toEqual({ ok: true, value: ['a', 'b'] });
    expect(ok(q.multiple, ['a', 'a']).ok).toBe(false);
    expect(ok(q.multiple, ['a', 'b', 'c']).ok).toBe(false);
    expect(ok(q.multiple, []).ok).toBe(false);
    expect(ok(q.multiple, ['zz']).ok).toBe(false);
  });
  it('dots: points sum to at most `points`, at least one, on existing options; zeros dropped', () => {
    expect(ok(q.dots, { a: 3, b: 2, c: 0 })).toEqual({ ok: true, value: { a: 3, b: 2 } });
    expect(ok(q.dots, { a: 3, b: 3 }).ok).toBe(false);
    expect(ok(q.dots, { a: 0 }).ok).toBe(false);
    expect(ok(q.dots, { zz: 1 }).ok).toBe(false);
    expect(ok(q.dots, 'a').ok).toBe(false);
    expect(ok(q.dots, { upvote: 'x' }).ok).toBe(false);
  });
  it('ranking: a permutation of every option', () => {
    expect(ok(q.ranking, ['c', 'a', 'b'])).toEqual({ ok: true, value: ['c', 'a', 'b'] });
    expect(ok(q.ranking, ['a', 'b']).ok).toBe(false);
    expect(ok(q.ranking, ['a', 'a', 'b']).ok).toBe(false);
    expect(ok(q.ranking, ['a', 'b', 'z']).ok).toBe(false);
  });
  it('scale: an integer in range', () => {
    expect(ok(q.scale, 0).ok).toBe(true);
    expect(ok(q.scale, 10).ok).toBe(true);
    expect(ok(q.scale, 11).ok).toBe(false);
    expect(ok(q.scale, 2.5).ok).toBe(false);
    expect(ok(q.scale, '3').ok).toBe(false);
  });
  it('words: 1 to maxWords, each 1–40 chars after trimming; the same word twice counts once', () => {
    expect(ok(q.words, ['  Fatigue ', 'fatigues'])).toEqual({ ok: true, value: ['fatigue'] });
    expect(ok(q.words, ['a', 'b', 'c']).ok).toBe(false);
    expect(ok(q.words, ['   ']).ok).toBe(false);
    expect(ok(q.words, ['x'.repeat(41)]).ok).toBe(false);
    expect(ok(q.words, []).ok).toBe(false);
  });
  it('ideas take an upvote set on or off; survey slides take no vote', () => {
    expect(ok(q.ideas, { upvote: 'abc', on: true })).toEqual({ ok: true, value: { upvote: 'abc', on: true } });
    expect(ok(q.ideas, { upvote: 'abc', on: false })).toEqual({ ok: true, value: { upvote: 'abc', on: false } });
    expect(ok(q.ideas, { upvote: 'abc' }).ok).toBe(false); // a toggle would undo itself on a retry
    expect(ok(q.ideas, 'abc').ok).toBe(false);
    const refused = ok(q.survey, 'a');
    expect(refused.ok === false && refused.problem.status).toBe(409);
  });
  it('refusals carry a path and both languages', () => {
    const refused = ok(q.single, 'z');
    expect(refused).toMatchObject({ ok: false, problem: { status: 400, path: 'value' } });
    if (!refused.ok) expect(refused.problem.fr).not.toBe(refused.problem.en);
  });
});

describe('checkDefinition', () => {
  const base: LiveSessionInput = { title: fr('T'), settings: { k: 5, cardsRequired: false }, questions: [q.single] };
  it('accepts a sound definition', () => expect(checkDefinition(base)).toEqual([]));
  it('refuses duplicate ids and inverted scales', () => {
    const bad: LiveSessionInput = {
      ...base,
      settings: {
        k: 5,
        cardsRequired: false,
        colleges: [
          { id: 'x', label: fr('X'), weight: 1 },
          { id: 'x', label: fr('Y'), weight: 1 },
        ],
      },
      questions: [q.single, q.single, { ...q.scale, min: 5, max: 5 }, { ...q.single, id: 'o', options: [options[0]!, options[0]!] }],
    };
    expect(checkDefinition(bad).map((p) => p.path)).toEqual(['questions.1.id', 'questions.2.max', 'questions.3.options', 'settings.colleges']);
  });
});
