import type { AnswerValue } from '../../../schema/answers.ts';
import type { QuestionOf, QuestionType } from '../../../schema/survey.ts';

/** Element ids of one question, for labels, descriptions and error links. */
export type FieldIds = {
  /** The question's container: error-summary links point here. */
  container: string;
  /** The single control of text, number and date questions. */
  control: string;
  /** Help and error text, for aria-describedby. */
  describedBy: string | undefined;
};

export type WidgetProps<T extends QuestionType> = {
  question: QuestionOf<T>;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  ids: FieldIds;
  invalid: boolean;
  /** While « je préfère ne pas répondre » is ticked. */
  disabled: boolean;
};

export function fieldIds(questionId: string, hasHelp: boolean, hasError: boolean): FieldIds {
  const container = `q-${questionId}`;
  const described = [hasHelp && `${container}-help`, hasError && `${container}-error`].filter(Boolean).join(' ');
  return { container, control: `${container}-input`, describedBy: described || undefined };
}
