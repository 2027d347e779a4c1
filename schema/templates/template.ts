import type { LocalizedText } from '../lang.ts';
import type { SurveyDraft } from '../survey.ts';

/** A ready-made survey a coordinator starts from, then adapts (slug, areas, wording). */
export type SurveyTemplate = {
  templateId: string;
  title: LocalizedText;
  description: LocalizedText;
  /** A starting point only, awaiting validated instruments: to be completed before real use. */
  skeleton: boolean;
  survey: SurveyDraft;
  /**
   * Texts of the template meant to be replaced (example sectors, sample wording), in French: the
   * publishing checklist flags any still in a survey, so they never reach respondents unnoticed.
   */
  placeholders?: readonly string[];
};
