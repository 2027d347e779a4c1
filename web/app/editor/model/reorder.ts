import type { Page, Question } from '../../../../schema/survey.ts';

/** What reordering needs of a survey: its pages of questions. */
export type Paged = { pages: Page[] };

/** Where a question stands: its page and its place on that page (both from 0). */
export type Position = { page: number; index: number };

/** A copy of `list` with the entry at `from` moved to `to`; the same list when either is out of range. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export function findQuestion(survey: Paged, questionId: string): Position | null {
  for (let page = 0; page < survey.pages.length; page++) {
    const index = survey.pages[page]!.questions.findIndex((q) => q.id === questionId);
    if (index >= 0) return { page, index };
  }
  return null;
}

/** The question's number in the whole survey, from 1, as the editor shows it. */
export function questionNumber(survey: Paged, questionId: string): number {
  return survey.pages.flatMap((p) => p.questions).findIndex((q) => q.id === questionId) + 1;
}

function withPages<S extends Paged>(survey: S, pages: Page[]): S {
  return { ...survey, pages };
}

function take<S extends Paged>(survey: S, at: Position): { question: Question; pages: Page[] } {
  const pages = survey.pages.map((page, p) => (p === at.page ? { ...page, questions: page.questions.filter((_, i) => i !== at.index) } : page));
  return { question: survey.pages[at.page]!.questions[at.index]!, pages };
}

function put(pages: Page[], question: Question, at: Position): Page[] {
  return pages.map((page, p) => {
    if (p !== at.page) return page;
    const questions = [...page.questions];
    questions.splice(at.index, 0, question);
    return { ...page, questions };
  });
}

/**
 * Moves a question one place up (-1) or down (+1). At the top of a page it goes to the end of the page
 * before, at the bottom to the start of the next: up and down alone reach every place in the survey.
 * Null when it cannot go further.
 */
export function moveQuestionBy<S extends Paged>(survey: S, questionId: string, delta: -1 | 1): { survey: S; to: Position } | null {
  const from = findQuestion(survey, questionId);
  if (!from) return null;
  const count = survey.pages[from.page]!.questions.length;
  let to: Position;
  if (delta < 0) {
    if (from.index > 0) to = { page: from.page, index: from.index - 1 };
    else if (from.page > 0) to = { page: from.page - 1, index: survey.pages[from.page - 1]!.questions.length };
    else return null;
  } else if (from.index < count - 1) to = { page: from.page, index: from.index + 1 };
  else if (from.page < survey.pages.length - 1) to = { page: from.page + 1, index: 0 };
  else return null;
  const { question, pages } = take(survey, from);
  return { survey: withPages(survey, put(pages, question, to)), to };
}

/** Moves a question to the end of another page. */
export function moveQuestionToPage<S extends Paged>(survey: S, questionId: string, page: number): { survey: S; to: Position } | null {
  const from = findQuestion(survey, questionId);
  if (!from || from.page === page || page < 0 || page >= survey.pages.length) return null;
  const { question, pages } = take(survey, from);
  const to = { page, index: pages[page]!.questions.length };
  return { survey: withPages(survey, put(pages, question, to)), to };
}

/** Moves a whole page one place up or down, its questions with it. */
export function movePageBy<S extends Paged>(survey: S, page: number, delta: -1 | 1): S | null {
  const to = page + delta;
  if (page < 0 || page >= survey.pages.length || to < 0 || to >= survey.pages.length) return null;
  return withPages(survey, moveItem(survey.pages, page, to));
}

/** The same survey with one question replaced (by id). */
export function updateQuestion<S extends Paged>(survey: S, questionId: string, change: (question: Question) => Question): S {
  return withPages(
    survey,
    survey.pages.map((page) =>
      page.questions.some((q) => q.id === questionId) ? { ...page, questions: page.questions.map((q) => (q.id === questionId ? change(q) : q)) } : page,
    ),
  );
}

/** Inserts a question at a position (the end of a page when `index` is past it). */
export function insertQuestion<S extends Paged>(survey: S, question: Question, at: Position): S {
  return withPages(survey, put(survey.pages, question, { page: at.page, index: Math.min(at.index, survey.pages[at.page]?.questions.length ?? 0) }));
}

export function removeQuestion<S extends Paged>(survey: S, questionId: string): S {
  const at = findQuestion(survey, questionId);
  return at ? withPages(survey, take(survey, at).pages) : survey;
}
