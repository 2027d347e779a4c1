import { instrumentStatus } from './instruments/instrument.ts';
import { cbi } from './instruments/cbi.ts';
import { who5 } from './instruments/who5.ts';
import { asksForCodes, codesByDefault } from './participation.ts';
import type { LocalizedText } from './lang.ts';
import type { SurveyInput } from './survey.ts';
import { surveyTemplates } from './templates/index.ts';

/**
 * What a coordinator checks before publishing, from the definition alone: template examples still
 * in place, who will see the results, the threshold, participation codes, and — for scored
 * surveys — the organisation's help contacts shown next to each respondent's scores.
 */
export type ChecklistItem =
  | { id: 'placeholders'; ok: boolean; left: { path: string; text: string }[] }
  | { id: 'visibility'; ok: true; value: 'private' | 'public' }
  | { id: 'k'; ok: boolean; value: number }
  | { id: 'codes'; ok: boolean; asked: boolean; byDefault: boolean }
  | { id: 'support'; ok: boolean };

const PLACEHOLDERS = new Set(surveyTemplates.flatMap((t) => t.placeholders ?? []));

/** Every French text of the survey that is still a template's example, with where it is. */
export function placeholdersLeft(survey: Pick<SurveyInput, 'pages'>): { path: string; text: string }[] {
  const left: { path: string; text: string }[] = [];
  const check = (text: LocalizedText | undefined, path: string) => {
    if (text && PLACEHOLDERS.has(text.fr)) left.push({ path, text: text.fr });
  };
  survey.pages.forEach((page, p) =>
    page.questions.forEach((question, q) => {
      const at = `pages.${p}.questions.${q}`;
      check(question.label, `${at}.label`);
      check(question.help, `${at}.help`);
      if ('options' in question) question.options.forEach((option, o) => check(option.label, `${at}.options.${o}.label`));
      if (question.type === 'matrix') question.items.forEach((item, i) => check(item.label, `${at}.items.${i}.label`));
    }),
  );
  return left;
}

export function publishChecklist(survey: Pick<SurveyInput, 'pages' | 'settings'>): ChecklistItem[] {
  const scored = [cbi, who5].some((i) => instrumentStatus(survey, i) === 'intact');
  const left = placeholdersLeft(survey);
  const byDefault = codesByDefault(survey);
  const asked = asksForCodes(survey);
  return [
    { id: 'placeholders', ok: left.length === 0, left },
    { id: 'visibility', ok: true, value: survey.settings.resultsVisibility },
    // k = 3 is allowed, but groups of 3 are easy to tell apart: worth a second look.
    { id: 'k', ok: survey.settings.k >= 5, value: survey.settings.k },
    // Codes off on a survey with profile questions or an instrument: fake responses could single someone out.
    { id: 'codes', ok: asked || !byDefault, asked, byDefault },
    ...(scored ? [{ id: 'support' as const, ok: !!survey.settings.supportContacts?.fr.trim() }] : []),
  ];
}
