import type { Question, SurveyInput } from '../../../../schema/survey.ts';
import { anyText } from '../model/texts.ts';
import { questionNumber } from '../model/reorder.ts';
import type { EditorText } from '../text.ts';

type Entry = { id: string; label: SurveyInput['title'] };

/** The entry at `index` of a question's options, rows or scale points (structure is frozen: positions still hold). */
function entryWords(question: Question, list: string, index: number, text: EditorText): string | null {
  const words = text.changed;
  if ((list === 'options' || list === 'items') && list in question) {
    const entry = ((question as unknown as Record<string, Entry[]>)[list] ?? [])[index];
    return entry ? (list === 'options' ? words.option : words.item)(anyText(entry.label)) : null;
  }
  const scale = question.type === 'scale' ? question : question.type === 'matrix' ? question.scale : null;
  const point = scale?.labels[index];
  return point ? words.point(String(point.value)) : null;
}

/**
 * What a path of the survey's history (`pages.0.questions.2.options.1.label`, as the server names a
 * changed text) is, in the editor's words: « Question 3 « Secteur » : option « Nord » ».
 */
export function changedTextWords(path: string, survey: Pick<SurveyInput, 'pages'>, text: EditorText): string {
  const words = text.changed;
  const [head, second, third, fourth, ...rest] = path.split('.');
  if (head === 'title' || head === 'description') return words[head];
  if (head === 'settings' && (second === 'purpose' || second === 'contact' || second === 'supportContacts')) return words[second];
  const page = head === 'pages' ? survey.pages[Number(second)] : undefined;
  if (!page) return path;
  const pageName = text.wherePage(Number(second) + 1);
  if (third === 'title') return text.changedPart(pageName, words.pageTitle);
  const question = third === 'questions' ? page.questions[Number(fourth)] : undefined;
  if (!question) return pageName;
  const where = text.changedQuestion(questionNumber(survey, question.id), anyText(question.label));
  // `scale.labels.1.label` for a grid's shared scale, `labels.1.label` for a scale question.
  const [field, index, next] = rest;
  if (field === 'label' || field === 'help' || field === 'unit') return text.changedPart(where, words[field]);
  const entry =
    field === 'scale' && index === 'labels'
      ? entryWords(question, 'labels', Number(next), text)
      : field
        ? entryWords(question, field, Number(index), text)
        : null;
  return entry ? text.changedPart(where, entry) : where;
}
