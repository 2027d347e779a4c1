import type { Box } from '../../../schema/ideas.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import type { Choice } from '../ui/SelectField.tsx';

/** A box's themes, as the choices of a list, in the reader's language. */
export function themeChoices(box: Box, lang: Lang): Choice[] {
  return box.themes.map((theme) => ({ value: theme.id, label: surveyText(theme.label, lang) }));
}
