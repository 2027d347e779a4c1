import type { Lang } from '../../schema/lang.ts';
import type { PersonalFeedback } from '../../schema/report.ts';
import type { Survey } from '../../schema/survey.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { Notice } from '../shared/ui/Notice.tsx';
import { useDocumentTitle } from '../shared/ui/document-title.ts';
import { Feedback } from './Feedback.tsx';
import { respondText } from './text.ts';

type ThankYouProps = {
  survey: Survey;
  slug: string;
  /** The person's own scores and where to find help, when the survey carries a validated instrument. */
  feedback?: { feedback: PersonalFeedback; lang: Lang } | undefined;
};

export function ThankYou({ survey, slug, feedback }: ThankYouProps) {
  const text = useText(respondText);
  const lang = useLang();
  useDocumentTitle(text.thanksTitle);
  return (
    <>
      <Notice title={text.thanksTitle} tone="success">
        <p>{feedback ? text.thanksWithResults : text.thanks}</p>
        {survey.settings.resultsVisibility === 'public' && (
          <p class="actions">
            <a class="button" href={`/s/${slug}/results`}>
              {text.seeResults}
            </a>
          </p>
        )}
      </Notice>
      {feedback && <Feedback {...feedback} survey={surveyText(survey.title, lang)} />}
    </>
  );
}

export function Closed() {
  const text = useText(respondText);
  useDocumentTitle(text.closedTitle);
  return (
    <Notice title={text.closedTitle} tone="warning">
      <p>{text.closed}</p>
    </Notice>
  );
}
