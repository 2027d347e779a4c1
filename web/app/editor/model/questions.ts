import type { LocalizedText } from '../../../../schema/lang.ts';
import type { Option, Question, QuestionType, Scale } from '../../../../schema/survey.ts';
import { questionIds, uniqueId } from './ids.ts';
import { findQuestion, insertQuestion, type Paged } from './reorder.ts';

/** The types, in the order the picker offers them (the common ones first). */
export const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'scale', 'matrix', 'number', 'short_text', 'long_text', 'date', 'ranking'];

/** A 1–5 agreement scale labelled at both ends: the most common start, easy to change. */
function agreementScale(): Scale {
  return {
    min: 1,
    max: 5,
    labels: [
      { value: 1, label: { fr: 'Pas du tout d’accord', en: 'Strongly disagree' } },
      { value: 5, label: { fr: 'Tout à fait d’accord', en: 'Strongly agree' } },
    ],
  };
}

/** A new question of a type, with the schema's defaults written out so the editor shows them. */
export function newQuestion(type: QuestionType, id: string, label: LocalizedText): Question {
  const base = { id, label, required: false, preferNotToAnswer: false };
  switch (type) {
    case 'single':
      return { ...base, type, options: [], breakdown: false };
    case 'multiple':
      return { ...base, type, options: [] };
    case 'ranking':
      return { ...base, type, options: [] };
    case 'scale':
      return { ...base, type, ...agreementScale() };
    case 'matrix':
      return { ...base, type, items: [], scale: agreementScale() };
    case 'number':
      return { ...base, type, integer: false };
    case 'short_text':
      return { ...base, type, maxLength: 200 };
    case 'long_text':
      return { ...base, type, maxLength: 5000 };
    case 'date':
      return { ...base, type };
  }
}

/** Adds a question at the end of a page, its id made from its French label. */
export function addQuestion<S extends Paged>(survey: S, page: number, type: QuestionType, label: LocalizedText): { survey: S; id: string } {
  const id = uniqueId(label.fr, questionIds(survey), 'question');
  const question = newQuestion(type, id, label);
  return { survey: insertQuestion(survey, question, { page, index: Number.MAX_SAFE_INTEGER }), id };
}

/**
 * A copy of a question placed right after it, with a new id and « (copie) » after its label. Its
 * options keep their ids: they only need to be unique within the question.
 */
export function duplicateQuestion<S extends Paged>(survey: S, questionId: string, suffix: LocalizedText): { survey: S; id: string } | null {
  const at = findQuestion(survey, questionId);
  if (!at) return null;
  const original = survey.pages[at.page]!.questions[at.index]!;
  const id = uniqueId(original.id, questionIds(survey), 'question');
  const label = { fr: `${original.label.fr} ${suffix.fr}`, ...(original.label.en ? { en: `${original.label.en} ${suffix.en ?? suffix.fr}` } : {}) };
  const copy = structuredClone({ ...original, id, label });
  return { survey: insertQuestion(survey, copy, { page: at.page, index: at.index + 1 }), id };
}

/** Adds an option (or a matrix row) at the end of a list, its id made from its French label. */
export function addEntry(list: readonly Option[], label: LocalizedText, fallback: string): Option[] {
  return [
    ...list,
    {
      id: uniqueId(
        label.fr,
        list.map((o) => o.id),
        fallback,
      ),
      label,
    },
  ];
}

/** A new page at the end, with a fresh id. */
export function addPage<S extends Paged>(survey: S): { survey: S; id: string } {
  const id = uniqueId(
    `page_${survey.pages.length + 1}`,
    survey.pages.map((p) => p.id),
    'page',
  );
  return { survey: { ...survey, pages: [...survey.pages, { id, questions: [] }] }, id };
}
