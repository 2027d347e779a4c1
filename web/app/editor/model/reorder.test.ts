import { describe, expect, it } from 'vitest';
import type { Page, Question } from '../../../../schema/survey.ts';
import {
  findQuestion,
  insertQuestion,
  moveItem,
  moveQuestionBy,
  moveQuestionToPage,
  movePageBy,
  questionNumber,
  removeQuestion,
  updateQuestion,
} from './reorder.ts';

const q = (id: string): Question => ({ id, type: 'short_text', label: { fr: id }, required: false, preferNotToAnswer: false, maxLength: 200 });
const page = (id: string, ...ids: string[]): Page => ({ id, questions: ids.map(q) });
const survey = () => ({ slug: 's', pages: [page('p1', 'a', 'b'), page('p2', 'c'), page('p3', 'd', 'e')] });
const layout = (s: { pages: Page[] }) => s.pages.map((p) => p.questions.map((x) => x.id).join(''));

describe('moveItem', () => {
  it('moves one entry and leaves the input untouched', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(list, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ignores positions out of range', () => {
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], -1, 0)).toEqual(['a', 'b']);
  });
});

describe('moveQuestionBy', () => {
  it('swaps with the neighbour on the same page', () => {
    const moved = moveQuestionBy(survey(), 'b', -1)!;
    expect(layout(moved.survey)).toEqual(['ba', 'c', 'de']);
    expect(moved.to).toEqual({ page: 0, index: 0 });
  });

  it('crosses to the end of the previous page from the top of a page', () => {
    const moved = moveQuestionBy(survey(), 'c', -1)!;
    expect(layout(moved.survey)).toEqual(['abc', '', 'de']);
    expect(moved.to).toEqual({ page: 0, index: 2 });
  });

  it('crosses to the start of the next page from the bottom of a page', () => {
    const moved = moveQuestionBy(survey(), 'b', 1)!;
    expect(layout(moved.survey)).toEqual(['a', 'bc', 'de']);
    expect(moved.to).toEqual({ page: 1, index: 0 });
  });

  it('stops at both ends of the survey', () => {
    expect(moveQuestionBy(survey(), 'a', -1)).toBeNull();
    expect(moveQuestionBy(survey(), 'e', 1)).toBeNull();
    expect(moveQuestionBy(survey(), 'zz', 1)).toBeNull();
  });

  it('keeps the other fields of the survey', () => {
    expect(moveQuestionBy(survey(), 'b', -1)!.survey.slug).toBe('s');
  });
});

describe('moveQuestionToPage', () => {
  it('appends the question to the chosen page', () => {
    const moved = moveQuestionToPage(survey(), 'a', 2)!;
    expect(layout(moved.survey)).toEqual(['b', 'c', 'dea']);
    expect(moved.to).toEqual({ page: 2, index: 2 });
  });

  it('refuses the same page or a missing one', () => {
    expect(moveQuestionToPage(survey(), 'a', 0)).toBeNull();
    expect(moveQuestionToPage(survey(), 'a', 7)).toBeNull();
  });
});

describe('movePageBy', () => {
  it('moves a page with its questions', () => {
    expect(layout(movePageBy(survey(), 2, -1)!)).toEqual(['ab', 'de', 'c']);
    expect(movePageBy(survey(), 0, -1)).toBeNull();
    expect(movePageBy(survey(), 2, 1)).toBeNull();
  });
});

describe('finding, numbering, inserting, updating and removing', () => {
  it('finds a question and numbers it across pages', () => {
    expect(findQuestion(survey(), 'd')).toEqual({ page: 2, index: 0 });
    expect(findQuestion(survey(), 'zz')).toBeNull();
    expect(questionNumber(survey(), 'd')).toBe(4);
  });

  it('inserts at a place, or at the end of the page', () => {
    expect(layout(insertQuestion(survey(), q('x'), { page: 0, index: 1 }))).toEqual(['axb', 'c', 'de']);
    expect(layout(insertQuestion(survey(), q('x'), { page: 1, index: 99 }))).toEqual(['ab', 'cx', 'de']);
  });

  it('updates and removes by id', () => {
    const before = survey();
    const updated = updateQuestion(before, 'c', (question) => ({ ...question, required: true }));
    expect(updated.pages[1]!.questions[0]!.required).toBe(true);
    expect(updated.pages[0]).toBe(before.pages[0]);
    expect(layout(removeQuestion(survey(), 'd'))).toEqual(['ab', 'c', 'e']);
    expect(layout(removeQuestion(survey(), 'zz'))).toEqual(['ab', 'c', 'de']);
  });
});
