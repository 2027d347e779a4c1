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
};
