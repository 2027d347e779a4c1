import type { Lang } from '../../../../schema/lang.ts';
import type { ErrorItem } from '../../../../schema/messages.ts';
import type { Question, SurveyInput } from '../../../../schema/survey.ts';

/**
 * From the `path` of a problem (`pages.0.questions.2.options.1.label.fr`, as the API and valibot name
 * them) to the editor field it is about, so the message shows beside that field.
 *
 * Fields are named by keys built from ids, not positions (`q:profession.options:nurse`): they stay the
 * same when questions move, and each key is also the element id of its field (see `domId`).
 */

/** Which part of the editor holds the field: to open it before showing the problem. */
export type Section = 'details' | 'settings' | 'questions' | 'global';

export type ErrorTarget = {
  key: string;
  /** For a text written in both languages: the side the problem is on. */
  lang?: Lang;
  section: Section;
  pageId?: string;
  questionId?: string;
};

export type LocatedError = ErrorItem & { target: ErrorTarget };

type Entry = 'options' | 'items';

/** The keys fields are known by; components and `targetOf` build them the same way. */
export const keys = {
  question: (questionId: string, field?: string) => (field ? `q:${questionId}.${field}` : `q:${questionId}`),
  entry: (questionId: string, list: Entry, entryId: string) => `q:${questionId}.${list}:${entryId}`,
  /** A labelled point of a scale question (`inScale` for a matrix's shared scale). */
  point: (questionId: string, value: number, inScale = false) => `q:${questionId}.${inScale ? 'scale.' : ''}labels:${value}`,
  page: (pageId: string, field?: string) => (field ? `page:${pageId}.${field}` : `page:${pageId}`),
};

/** The element id of a field (and of the input on one side of a bilingual text). */
export function domId(key: string, lang?: Lang): string {
  return `ed-${key}${lang ? `-${lang}` : ''}`.replace(/[^A-Za-z0-9_.:-]/g, '_');
}

const SETTINGS = new Set(['k', 'resultsVisibility', 'retentionMonths', 'purpose', 'contact', 'participationCodes', 'supportContacts']);
const TEXTS = new Set(['label', 'help', 'unit']);
const NUMBERS = new Set(['min', 'max', 'minSelections', 'maxSelections', 'maxRanked', 'maxLength']);

const langOf = (segment: string | undefined): Lang | undefined => (segment === 'fr' || segment === 'en' ? segment : undefined);

function questionTarget(question: Question, pageId: string, rest: string[]): ErrorTarget {
  const at = (key: string, lang?: Lang): ErrorTarget => ({ key, section: 'questions', pageId, questionId: question.id, ...(lang ? { lang } : {}) });
  const [field, index, sub, lang] = rest;
  if (!field) return at(keys.question(question.id));
  if (TEXTS.has(field)) return at(keys.question(question.id, field), langOf(index));
  if (NUMBERS.has(field)) return at(keys.question(question.id, field));
  if (field === 'showIf') return at(keys.question(question.id, 'showIf'));
  if (field === 'options' || field === 'items') {
    const list = (question as { options?: { id: string }[]; items?: { id: string }[] })[field];
    const entry = index === undefined ? undefined : list?.[Number(index)];
    if (!entry) return at(keys.question(question.id, field));
    return at(keys.entry(question.id, field, entry.id), sub === 'label' ? langOf(lang) : undefined);
  }
  const scale = field === 'scale' && question.type === 'matrix' ? question.scale : field === 'labels' && question.type === 'scale' ? question : null;
  if (scale) {
    const inScale = field === 'scale';
    const [part, pointIndex, pointField, pointLang] = inScale ? rest.slice(1) : rest;
    if (part === 'min' || part === 'max') return at(keys.question(question.id, inScale ? `scale.${part}` : part));
    const point = part === 'labels' && pointIndex !== undefined ? scale.labels[Number(pointIndex)] : undefined;
    if (point) return at(keys.point(question.id, point.value, inScale), pointField === 'label' ? langOf(pointLang) : undefined);
    return at(keys.question(question.id, inScale ? 'scale' : 'labels'));
  }
  return at(keys.question(question.id));
}

/** The field a problem is about; `$` (shown in the summary only) when the path names nothing the editor shows. */
export function targetOf(path: string, survey: Pick<SurveyInput, 'pages'>): ErrorTarget {
  const segments = path.split('.');
  const [head, second, third, fourth] = segments;
  switch (head) {
    case 'slug':
      return { key: 'slug', section: 'settings' };
    case 'title':
    case 'description':
      return { key: head, section: 'details', ...(langOf(second) ? { lang: langOf(second) } : {}) };
    case 'settings':
      if (!second || !SETTINGS.has(second)) return { key: 'settings', section: 'settings' };
      return { key: `settings.${second}`, section: 'settings', ...(langOf(third) ? { lang: langOf(third) } : {}) };
    case 'pages': {
      const page = second === undefined ? undefined : survey.pages[Number(second)];
      if (!page) return { key: 'pages', section: 'questions' };
      const pageTarget = (field?: string, lang?: Lang): ErrorTarget => ({
        key: keys.page(page.id, field),
        section: 'questions',
        pageId: page.id,
        ...(lang ? { lang } : {}),
      });
      if (third === 'title') return pageTarget('title', langOf(fourth));
      if (third !== 'questions' || fourth === undefined) return pageTarget();
      const question = page.questions[Number(fourth)];
      return question ? questionTarget(question, page.id, segments.slice(4)) : pageTarget();
    }
    default:
      return { key: '$', section: 'global' };
  }
}

/** Each problem with its field; the order of the list is kept (it follows the survey). */
export function locateErrors(errors: readonly ErrorItem[], survey: Pick<SurveyInput, 'pages'>): LocatedError[] {
  return errors.map((error) => ({ ...error, target: targetOf(error.path, survey) }));
}

/** The messages about one field, on one side when `lang` is given (problems about the whole text go to French). */
export function messagesFor(errors: readonly LocatedError[], key: string, lang?: Lang): string[] {
  return errors.filter((e) => e.target.key === key && (lang === undefined || (e.target.lang ?? 'fr') === lang)).map((e) => e.message);
}
