import type { Survey } from '../../schema/survey.ts';
import { useText } from '../shared/i18n/lang.ts';
import { Notice } from '../shared/ui/Notice.tsx';
import { useDocumentTitle } from '../shared/ui/document-title.ts';
import { respondText } from './text.ts';

export function ThankYou({ survey, slug }: { survey: Survey; slug: string }) {
  const text = useText(respondText);
  useDocumentTitle(text.thanksTitle);
  return (
    <Notice title={text.thanksTitle} tone="success">
      <p>{text.thanks}</p>
      {survey.settings.resultsVisibility === 'public' && (
        <p class="actions">
          <a class="button" href={`/s/${slug}/results`}>
            {text.seeResults}
          </a>
        </p>
      )}
    </Notice>
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
