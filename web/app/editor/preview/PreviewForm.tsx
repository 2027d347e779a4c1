import { useState } from 'preact/hooks';
import type { AnswerValue } from '../../../../schema/answers.ts';
import type { SurveyInput } from '../../../../schema/survey.ts';
import { checkPage, visibleOnPage, type Entries, type QuestionErrors } from '../../../respond/form-model.ts';
import { ParticipationCode } from '../../../respond/ParticipationCode.tsx';
import { QuestionField } from '../../../respond/questions/QuestionField.tsx';
import { respondText } from '../../../respond/text.ts';
import { useRevealedQuestion } from '../../../respond/useRevealedQuestion.ts';
import { useLang, useText } from '../../../shared/i18n/lang.ts';
import { surveyText } from '../../../shared/i18n/survey-text.ts';
import { ErrorSummary } from '../../../shared/ui/ErrorSummary.tsx';
import { editorText } from '../text.ts';

type Props = { survey: SurveyInput; page: number; onPage: (page: number) => void };

/**
 * The respondent's questionnaire, built from the respondent page's own parts (QuestionField and its
 * widgets, the same page checks, the same markup and styles), on the draft as it is now. Answers stay
 * here: « Envoyer » only says where sending would happen. Headings are one level down, inside the editor.
 */
export function PreviewForm({ survey, page, onPage }: Props) {
  const lang = useLang();
  const text = useText(respondText);
  const editor = useText(editorText);
  const [entries, setEntries] = useState<Entries>({});
  const [errors, setErrors] = useState<QuestionErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [code, setCode] = useState('');
  const [finished, setFinished] = useState(false);
  const pageCount = Math.max(survey.pages.length, 1);
  const current = Math.min(Math.max(page, 0), pageCount - 1);
  const isLast = current === pageCount - 1;
  const questions = visibleOnPage(survey, entries, current);
  const revealed = useRevealedQuestion(questions, current);
  const pageTitle = surveyText(survey.pages[current]?.title, lang);

  const setAnswer = (id: string, value: AnswerValue | undefined) => {
    const next = { ...entries };
    if (value === undefined) delete next[id];
    else next[id] = value;
    setEntries(next);
    setFinished(false);
    if (Object.keys(errors).length) {
      const still = checkPage(survey, next, lang, current);
      setErrors(Object.fromEntries(Object.keys(errors).flatMap((q) => (still[q] ? [[q, still[q]]] : []))));
    }
  };

  const go = (to: number) => {
    setErrors({});
    setFinished(false);
    onPage(to);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const found = checkPage(survey, entries, lang, current);
    if (Object.keys(found).length) {
      setErrors(found);
      setAttempt((n) => n + 1);
      return;
    }
    if (isLast) setFinished(true);
    else go(current + 1);
  };

  const summaryItems = questions.filter((q) => errors[q.id]).map((q) => ({ targetId: `q-${q.id}`, label: surveyText(q.label, lang), message: errors[q.id]! }));

  return (
    <form class="survey ed-preview-survey" noValidate onSubmit={onSubmit}>
      <div class="survey-head">
        <h3 class="ed-preview-title">{surveyText(survey.title, lang)}</h3>
        {current === 0 && survey.description && <p class="lead">{surveyText(survey.description, lang)}</p>}
        {current === 0 && <p class="intro">{text.intro}</p>}
      </div>

      <div class="progress">
        <p id="ed-preview-progress" class="progress-text">
          {text.pageOf(current + 1, pageCount)}
        </p>
        <progress max={pageCount} value={current + 1} aria-labelledby="ed-preview-progress" />
      </div>

      {summaryItems.length > 0 && <ErrorSummary title={text.errorSummaryTitle(summaryItems.length)} items={summaryItems} attempt={attempt} />}

      <fieldset class="page-questions" aria-labelledby="ed-preview-page-title">
        <h4 id="ed-preview-page-title" class="page-title ed-preview-page-title">
          {pageTitle || text.pageOf(current + 1, pageCount)}
        </h4>
        {current === 0 && survey.settings.participationCodes && <ParticipationCode value={code} error={undefined} onChange={setCode} />}
        {questions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            value={entries[question.id]}
            error={errors[question.id]}
            onChange={(value) => setAnswer(question.id, value)}
          />
        ))}
        {questions.length === 0 && <p class="ed-muted">{editor.previewEmpty}</p>}
      </fieldset>

      <p class="sr-only" aria-live="polite">
        {revealed}
      </p>
      <p class="ed-preview-end" role="status">
        {finished ? editor.previewSent : ''}
      </p>

      <div class="actions form-actions">
        {current > 0 && (
          <button type="button" class="button button-secondary" onClick={() => go(current - 1)}>
            {text.previous}
          </button>
        )}
        <button type="submit" class="button button-next">
          {isLast ? text.send : text.next}
        </button>
      </div>
    </form>
  );
}
