import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { checkAnswers, type AnswerValue } from '../../schema/answers.ts';
import type { PersonalFeedback } from '../../schema/report.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import type { PublishedSurvey } from '../shared/api/survey.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { ErrorSummary } from '../shared/ui/ErrorSummary.tsx';
import { useDocumentTitle } from '../shared/ui/document-title.ts';
import { clearDraft, newIdempotencyKey, saveDraft, type SavedDraft } from './draft-store.ts';
import { checkPage, errorsByQuestion, pageIndexOf, payloadOf, visibleOnPage, type Entries, type QuestionErrors } from './form-model.ts';
import { ParticipationCode } from './ParticipationCode.tsx';
import { PrivacyDetails } from './PrivacyDetails.tsx';
import { QuestionField } from './questions/QuestionField.tsx';
import { SendStatusLine } from './SendStatusLine.tsx';
import { respondText } from './text.ts';
import { useRevealedQuestion } from './useRevealedQuestion.ts';
import { useSubmission } from './useSubmission.ts';

type Props = {
  survey: PublishedSurvey;
  slug: string;
  saved: SavedDraft | null;
  /** With the person's own scores when the server sent them back. */
  onRecorded: (feedback?: PersonalFeedback) => void;
  onClosed: () => void;
};

/** The questionnaire, one page at a time, saved on the device at every change until it is acknowledged. */
export function SurveyForm({ survey, slug, saved, onRecorded, onClosed }: Props) {
  const lang = useLang();
  const text = useText(respondText);
  const pageCount = survey.pages.length;
  const [entries, setEntries] = useState<Entries>(saved?.answers ?? {});
  const [page, setPage] = useState(Math.min(Math.max(saved?.page ?? 0, 0), pageCount - 1));
  const [key, setKey] = useState(saved?.key);
  const [pendingSend, setPendingSend] = useState(!!saved?.sending);
  const [errors, setErrors] = useState<QuestionErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [refusal, setRefusal] = useState<string | null>(null);
  const needsCode = survey.settings.participationCodes;
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const submission = useSubmission(slug, lang);
  const sending = submission.status.sending;

  const [erased, setErased] = useState(false);
  const hasDraft = Object.keys(entries).length > 0 || page > 0 || !!key;

  // Nothing answered yet: nothing kept on the device either. The draft as loaded keeps its date:
  // only a change starts its 24 hours again.
  const loaded = useRef(true);
  useEffect(() => {
    if (loaded.current) return void (loaded.current = false);
    if (hasDraft || pendingSend) saveDraft(slug, { surveyId: survey.id, page, answers: entries, key, sending: pendingSend });
    else clearDraft(slug);
  }, [entries, page, key, pendingSend]);

  /** « Effacer mes réponses de cet appareil »: the draft goes, and the form starts again empty. */
  const erase = () => {
    if (sending) return;
    setEntries({});
    setPage(0);
    setKey(undefined);
    setCode('');
    setErrors({});
    setCodeError(undefined);
    setRefusal(null);
    setErased(true);
    // The button goes with the draft: focus moves to the top of the form.
    heading.current?.focus();
  };

  // A send interrupted by a reload resumes with the same Idempotency-Key.
  useEffect(() => {
    if (saved?.sending && saved.key) void send(saved.key);
  }, []);

  // On a new page, focus its heading so it is read out, rather than leaving focus at the bottom.
  // In the same task as the render: « Suivant » becomes « Envoyer » on the last page, and a key
  // pressed before a deferred effect would send the answers instead of landing on the heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(page);
  useLayoutEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    // Sent back to an earlier page by errors: the error summary takes focus instead.
    if (Object.keys(errors).length || codeError) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [page]);

  const title = surveyText(survey.title, lang);
  const pageTitle = surveyText(survey.pages[page]?.title, lang);
  useDocumentTitle(`${text.pageOf(page + 1, pageCount)} – ${title}`);

  const questions = visibleOnPage(survey, entries, page);
  const isLast = page === pageCount - 1;

  const revealed = useRevealedQuestion(questions, page);

  const showErrors = (found: QuestionErrors) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  /** Shows errors on the earliest page they concern; false when none concerns a question. */
  const showErrorsOnTheirPage = (found: QuestionErrors): boolean => {
    const pages = Object.keys(found)
      .map((id) => pageIndexOf(survey, id))
      .filter((p) => p >= 0);
    if (!pages.length) return false;
    setPage(Math.min(...pages));
    showErrors(found);
    return true;
  };

  // Errors already shown clear as soon as they are fixed, and follow a change of language;
  // new ones wait for the next « Suivant ».
  const recheckShownErrors = (current: Entries) => {
    if (!Object.keys(errors).length) return;
    const still = checkPage(survey, current, lang, page);
    setErrors(Object.fromEntries(Object.keys(errors).flatMap((q) => (still[q] ? [[q, still[q]]] : []))));
  };
  useEffect(() => recheckShownErrors(entries), [lang]);

  const setAnswer = (id: string, value: AnswerValue | undefined) => {
    setErased(false);
    const next = { ...entries };
    if (value === undefined) delete next[id];
    else next[id] = value;
    setEntries(next);
    setRefusal(null);
    recheckShownErrors(next);
  };

  async function send(idempotencyKey: string) {
    setPendingSend(true);
    setRefusal(null);
    const outcome = await submission.send(payloadOf(survey, entries), idempotencyKey, needsCode ? code : undefined);
    setPendingSend(false);
    if (outcome.kind === 'recorded') return onRecorded(outcome.feedback);
    if (outcome.kind === 'closed') return onClosed();
    if (outcome.kind === 'refused' && outcome.path === 'code') {
      // A refused code spends nothing: a new try needs a new key, back where the code is typed.
      setKey(undefined);
      setCodeError(outcome.message);
      setAttempt((n) => n + 1);
      return setPage(0);
    }
    if (outcome.kind === 'refused') return setRefusal(outcome.message);
    if (!showErrorsOnTheirPage(errorsByQuestion(outcome.errors))) setRefusal(outcome.errors.map((e) => e.message).join(' '));
  }

  const submitAll = () => {
    // Every page again: a draft saved by an older version of the survey page may have skipped one.
    const whole = checkAnswers(survey, payloadOf(survey, entries), lang);
    if (!whole.ok) return void showErrorsOnTheirPage(errorsByQuestion(whole.errors));
    const idempotencyKey = key ?? newIdempotencyKey();
    setKey(idempotencyKey);
    void send(idempotencyKey);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const found = checkPage(survey, entries, lang, page);
    const missingCode = page === 0 && needsCode && !code.trim() ? text.codeMissing : undefined;
    setCodeError(missingCode);
    if (Object.keys(found).length || missingCode) return showErrors(found);
    setErrors({});
    if (isLast) submitAll();
    else setPage(page + 1);
  };

  const previous = () => {
    if (sending) return;
    setErrors({});
    setPage(page - 1);
  };

  const summaryItems = [
    ...(page === 0 && codeError ? [{ targetId: 'participation-code', label: text.codeLabel, message: codeError }] : []),
    ...questions.filter((q) => errors[q.id]).map((q) => ({ targetId: `q-${q.id}`, label: surveyText(q.label, lang), message: errors[q.id]! })),
  ];
  const notice = survey.privacy?.[lang];

  return (
    <form class="survey" noValidate onSubmit={onSubmit}>
      <div class="survey-head">
        <h1>{title}</h1>
        {page === 0 && survey.description && <p class="lead">{surveyText(survey.description, lang)}</p>}
        {page === 0 && <p class="intro">{text.intro}</p>}
        {page === 0 && notice && <PrivacyDetails notice={notice} />}
      </div>

      <div class="progress">
        <p id="progress-text" class="progress-text">
          {text.pageOf(page + 1, pageCount)}
        </p>
        <progress max={pageCount} value={page + 1} aria-labelledby="progress-text" />
      </div>

      {summaryItems.length > 0 && <ErrorSummary title={text.errorSummaryTitle(summaryItems.length)} items={summaryItems} attempt={attempt} />}

      <fieldset class="page-questions" disabled={sending} aria-labelledby="page-title">
        <h2 id="page-title" ref={heading} tabIndex={-1} class="page-title">
          {pageTitle || text.pageOf(page + 1, pageCount)}
        </h2>
        {page === 0 && needsCode && (
          <ParticipationCode
            value={code}
            error={codeError}
            onChange={(typed) => {
              setCode(typed);
              setCodeError(undefined);
            }}
          />
        )}
        {questions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            value={entries[question.id]}
            error={errors[question.id]}
            onChange={(value) => setAnswer(question.id, value)}
          />
        ))}
      </fieldset>

      <p class="sr-only" aria-live="polite">
        {revealed}
      </p>
      <SendStatusLine status={submission.status} onRetryNow={submission.retryNow} />
      {refusal !== null && (
        <div class="form-alert" role="alert">
          <p>
            <strong>{text.sendRefused}</strong> {refusal}
          </p>
        </div>
      )}

      <div class="actions form-actions">
        {page > 0 && (
          <button type="button" class="button button-secondary" aria-disabled={sending} onClick={previous}>
            {text.previous}
          </button>
        )}
        <button type="submit" class="button button-next" aria-disabled={sending}>
          {isLast ? text.send : text.next}
        </button>
        {hasDraft && (
          <button type="button" class="button button-secondary" aria-disabled={sending} onClick={erase}>
            {text.erase}
          </button>
        )}
      </div>
      <p role="status" class={erased ? 'intro' : 'sr-only'}>
        {erased ? text.erased : ''}
      </p>
    </form>
  );
}
