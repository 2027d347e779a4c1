import type { SurveyResults } from '../../../schema/results.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { QuestionResults, type ResultsContext } from '../../results/QuestionResults.tsx';
import type { StoredSurvey } from '../survey/SurveyFrame.tsx';
import { FreeTexts } from './FreeTexts.tsx';
import { coordResultsText } from './text.ts';

type Props = { orgId: string; survey: StoredSurvey; results: SurveyResults | null; context: ResultsContext; canReadTexts: boolean; filtered: boolean };

/** Every question in the order respondents saw them: its figures, or for free texts the way to read them. */
export function QuestionsList({ orgId, survey, results, context, canReadTexts, filtered }: Props) {
  const text = useText(coordResultsText);
  const lang = useLang();
  const byId = new Map(results?.questions.map((q) => [q.id, q]));
  return (
    <section aria-labelledby="questions-title" class="results-section" aria-busy={results ? undefined : 'true'}>
      <h2 id="questions-title">{text.questionsTitle}</h2>
      {!results ? (
        <Loading />
      ) : (
        survey.pages.map((page) => {
          const title = surveyText(page.title, lang);
          return (
            <div key={page.id} class="results-page">
              {title && <h3 class="results-page-title">{title}</h3>}
              {page.questions.map((question) =>
                question.type === 'short_text' || question.type === 'long_text' ? (
                  <FreeTexts key={question.id} orgId={orgId} surveyId={survey.id} question={question} canRead={canReadTexts} filtered={filtered} />
                ) : (
                  <QuestionResults key={question.id} question={question} result={byId.get(question.id)} k={results.k} context={context} />
                ),
              )}
            </div>
          );
        })
      )}
    </section>
  );
}
