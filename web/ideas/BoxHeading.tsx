import type { BoxPublic } from '../../schema/ideas.ts';
import { useLang } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { useDocumentTitle } from '../shared/ui/document-title.ts';

/** The organisation, the page's <h1> and its tab title. */
export function BoxHeading({ box, title, lead }: { box: BoxPublic; title?: string; lead?: string }) {
  const lang = useLang();
  const boxTitle = surveyText(box.title, lang);
  useDocumentTitle(title ? `${title} – ${boxTitle}` : boxTitle);
  return (
    <header class="box-heading">
      <p class="box-eyebrow">{box.organisation.name}</p>
      <h1>{title ?? boxTitle}</h1>
      <p class="box-lead">{lead ?? surveyText(box.intro, lang)}</p>
    </header>
  );
}
