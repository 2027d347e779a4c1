import { publishChecklist, type ChecklistItem } from '../../../schema/publish-checklist.ts';
import type { SurveyInput } from '../../../schema/survey.ts';
import type { PublishText } from './text.ts';

/** One line of the checklist as shown: its state, its words, and the definition path of the field that changes it. */
export type ChecklistRow = {
  id: ChecklistItem['id'];
  ok: boolean;
  name: string;
  detail: string;
  /** Where to go to change it (a path of the definition, as the editor's « fix » understands it); none when there is nothing to change. */
  fixPath: string | null;
  /** Template examples left, each with where it is. */
  examples: { text: string; where: string; fixPath: string }[];
};

type Surveyed = Pick<SurveyInput, 'pages' | 'settings'>;

/** « question 2 « Secteur », option 1 », from `pages.0.questions.1.options.0.label`. */
function whereExample(path: string, survey: Surveyed, text: PublishText): string {
  const [, page, , question, field, index] = path.split('.');
  const all = survey.pages.flatMap((p) => p.questions);
  const found = survey.pages[Number(page)]?.questions[Number(question)];
  if (!found) return path;
  const at = text.where.question(all.indexOf(found) + 1, found.label.fr);
  const part =
    field === 'options'
      ? text.where.option(Number(index) + 1)
      : field === 'items'
        ? text.where.item(Number(index) + 1)
        : field === 'help'
          ? text.where.help
          : text.where.label;
  return `${at}, ${part}`;
}

/** The publishing checklist of a definition (schema/publish-checklist.ts), in words. */
export function checklistRows(survey: Surveyed, text: PublishText): ChecklistRow[] {
  return publishChecklist(survey).map((item): ChecklistRow => {
    const row = { id: item.id, ok: item.ok, name: text.names[item.id], examples: [] };
    switch (item.id) {
      case 'placeholders':
        return {
          ...row,
          detail: item.ok ? text.placeholdersOk : text.placeholdersLeft(item.left.length),
          // Each example left has its own way to it.
          fixPath: null,
          examples: item.left.map((left) => ({ text: left.text, where: whereExample(left.path, survey, text), fixPath: `${left.path}.fr` })),
        };
      case 'visibility':
        return { ...row, detail: item.value === 'public' ? text.visibilityPublic : text.visibilityPrivate, fixPath: 'settings.resultsVisibility' };
      case 'k':
        return { ...row, detail: item.ok ? text.kOk(item.value) : text.kLow(item.value), fixPath: 'settings.k' };
      case 'codes':
        return { ...row, detail: item.asked ? text.codesAsked : item.byDefault ? text.codesOff : text.codesOpen, fixPath: 'settings.participationCodes' };
      case 'support':
        return { ...row, detail: item.ok ? text.supportOk : text.supportMissing, fixPath: 'settings.supportContacts.fr' };
    }
  });
}
