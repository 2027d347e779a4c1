import { useState } from 'preact/hooks';
import type { Box } from '../../../schema/ideas.ts';
import type { Survey } from '../../../schema/survey.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { attempt as call, useApi } from '../api.ts';
import { useLoad } from '../survey/load.ts';
import { Alert, LiveStatus } from '../ui/Alert.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { useBoxesApi } from './boxes-api.ts';
import { boxText } from './text.ts';
import { themeChoices } from './theme-choices.ts';

type TextQuestion = { id: string; label: string };

/** A survey's released free texts into the box, as pending ideas to reword before approval. */
export function ImportTextsForm({ orgId, box }: { orgId: string; box: Box }) {
  const text = useText(boxText);
  const lang = useLang();
  const api = useApi();
  const boxes = useBoxesApi(orgId);
  const [surveys] = useLoad(() => call(api.orgs[':orgId'].surveys.$get({ param: { orgId } }), lang), [orgId, lang]);
  const [surveyId, setSurveyId] = useState('');
  const [questions, setQuestions] = useState<TextQuestion[] | null>(null);
  const [questionId, setQuestionId] = useState('');
  const [theme, setTheme] = useState(box.themes[0]?.id ?? '');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  const chooseSurvey = async (id: string) => {
    setSurveyId(id);
    setQuestions(null);
    setQuestionId('');
    if (!id) return;
    const outcome = await call(api.orgs[':orgId'].surveys[':id'].$get({ param: { orgId, id } }), lang);
    if (!outcome.ok) return setError(outcome.errors.map((e) => e.message).join(' · '));
    const survey = outcome.data as unknown as Survey;
    const found = survey.pages.flatMap((p) => p.questions).filter((q) => q.type === 'short_text' || q.type === 'long_text');
    setQuestions(found.map((q) => ({ id: q.id, label: surveyText(q.label, lang) })));
    setQuestionId(found[0]?.id ?? '');
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setDone('');
    setError('');
    if (!surveyId || !questionId) return setError(text.importNoText);
    const outcome = await boxes.importTexts(box.id, { surveyId, questionId, theme });
    if (!outcome.ok) return setError(outcome.errors.map((e) => e.message).join(' · '));
    setDone(text.imported(outcome.data.created));
  };

  const list = surveys.kind === 'ok' ? (surveys.data.surveys as { id: string; title: Survey['title'] }[]) : [];
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="import-title">
      <h2 id="import-title">{text.importTitle}</h2>
      <p class="muted">{text.importLead}</p>
      {error && (
        <Alert focusKey={error}>
          <p>{error}</p>
        </Alert>
      )}
      <SelectField
        id="import-survey"
        label={text.importSurvey}
        value={surveyId}
        prompt={text.importChoose}
        choices={list.map((s) => ({ value: s.id, label: surveyText(s.title, lang) }))}
        onChange={(id) => void chooseSurvey(id)}
      />
      {questions && questions.length === 0 && <p class="muted">{text.importNoText}</p>}
      {questions && questions.length > 0 && (
        <>
          <SelectField
            id="import-question"
            label={text.importQuestion}
            value={questionId}
            choices={questions.map((q) => ({ value: q.id, label: q.label }))}
            onChange={setQuestionId}
          />
          <SelectField id="import-theme" label={text.importTheme} value={theme} choices={themeChoices(box, lang)} onChange={setTheme} />
          <button type="submit" class="button">
            {text.importRun}
          </button>
        </>
      )}
      <LiveStatus message={done} visible />
    </form>
  );
}
