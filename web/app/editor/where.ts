import type { SurveyInput } from '../../../schema/survey.ts';
import type { ErrorTarget } from './model/paths.ts';
import { questionNumber } from './model/reorder.ts';
import { anyText } from './model/texts.ts';
import type { EditorText } from './text.ts';

/** Where a field is, in the editor's words: « Page 1 · Question 2 « Profession » ». */
export function whereIs(target: ErrorTarget, draft: Pick<SurveyInput, 'pages'>, text: EditorText): string {
  if (target.questionId) {
    const page = draft.pages.findIndex((p) => p.id === target.pageId) + 1;
    const question = draft.pages.flatMap((p) => p.questions).find((q) => q.id === target.questionId);
    const label = anyText(question?.label);
    return `${text.wherePage(page)} · ${text.whereQuestion(questionNumber(draft, target.questionId))}${label ? ` « ${label} »` : ''}`;
  }
  if (target.pageId) return text.wherePage(draft.pages.findIndex((p) => p.id === target.pageId) + 1);
  if (target.section === 'settings') return text.whereSettings;
  if (target.section === 'details') return text.whereDetails;
  if (target.section === 'questions') return text.questionsHeading;
  return text.whereSurvey;
}
