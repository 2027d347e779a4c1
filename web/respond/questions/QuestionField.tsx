import type { FunctionComponent } from 'preact';
import type { AnswerValue } from '../../../schema/answers.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import type { Question, QuestionType } from '../../../schema/survey.ts';
import { commonText } from '../../shared/i18n/common-text.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { respondText } from '../text.ts';
import { DateQuestion } from './DateQuestion.tsx';
import { MatrixQuestion } from './MatrixQuestion.tsx';
import { MultipleChoice } from './MultipleChoice.tsx';
import { NumberQuestion } from './NumberQuestion.tsx';
import { RankingQuestion } from './RankingQuestion.tsx';
import { ScaleQuestion } from './ScaleQuestion.tsx';
import { SingleChoice } from './SingleChoice.tsx';
import { LongTextQuestion, ShortTextQuestion } from './TextQuestion.tsx';
import { fieldIds, type WidgetProps } from './types.ts';

const WIDGETS: { [T in QuestionType]: FunctionComponent<WidgetProps<T>> } = {
  single: SingleChoice,
  multiple: MultipleChoice,
  scale: ScaleQuestion,
  matrix: MatrixQuestion,
  number: NumberQuestion,
  short_text: ShortTextQuestion,
  long_text: LongTextQuestion,
  date: DateQuestion,
  ranking: RankingQuestion,
};

/** Questions answered with one radio group: the fieldset itself is the radiogroup, so it carries the state. */
const RADIO_GROUPS = new Set<QuestionType>(['single', 'scale']);
/** Questions with one labelled control; the others are fieldsets with a legend. */
const SINGLE_CONTROL = new Set<QuestionType>(['number', 'short_text', 'long_text', 'date']);

type Props = {
  question: Question;
  value: AnswerValue | undefined;
  error: string | undefined;
  onChange: (value: AnswerValue | undefined) => void;
};

/** A question: its label (required marked in words), help, error, the widget for its type, and « je préfère ne pas répondre ». */
export function QuestionField({ question, value, error, onChange }: Props) {
  const lang = useLang();
  const text = useText(respondText);
  const common = useText(commonText);
  const help = surveyText(question.help, lang);
  const ids = fieldIds(question.id, !!help, !!error);
  const preferNotInGroup = RADIO_GROUPS.has(question.type);
  const declined = value === null;

  const label = (
    <>
      {surveyText(question.label, lang)}
      {question.required && <span class="required"> ({text.required})</span>}
    </>
  );
  const details = (
    <>
      {help && (
        <p id={`${ids.container}-help`} class="help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${ids.container}-error`} class="field-error">
          <span class="sr-only">{common.errorPrefix} </span>
          {error}
        </p>
      )}
    </>
  );
  const Widget = WIDGETS[question.type] as FunctionComponent<WidgetProps<QuestionType>>;
  const widget = <Widget question={question} value={value} onChange={onChange} ids={ids} invalid={!!error} disabled={declined && !preferNotInGroup} />;
  const preferNot = question.preferNotToAnswer && !preferNotInGroup && (
    <label class="option option-pna">
      <input type="checkbox" checked={declined} onChange={(event) => onChange(event.currentTarget.checked ? null : undefined)} />
      <span class="option-text">{text.preferNot}</span>
    </label>
  );

  const frameClass = error ? 'question question-invalid' : 'question';
  if (SINGLE_CONTROL.has(question.type))
    return (
      <div id={ids.container} class={frameClass}>
        <label for={ids.control} class="question-label">
          {label}
        </label>
        {details}
        {widget}
        {preferNot}
      </div>
    );

  const radioGroup = RADIO_GROUPS.has(question.type);
  return (
    <fieldset
      id={ids.container}
      class={frameClass}
      role={radioGroup ? 'radiogroup' : undefined}
      aria-invalid={radioGroup && error ? true : undefined}
      aria-required={radioGroup && question.required ? true : undefined}
      aria-describedby={ids.describedBy}
    >
      <legend class="question-label">{label}</legend>
      {details}
      {widget}
      {preferNot}
    </fieldset>
  );
}
