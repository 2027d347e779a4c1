import { commonText } from '../i18n/common-text.ts';
import { useText } from '../i18n/lang.ts';
import { useDocumentTitle } from './document-title.ts';
import { Notice } from './Notice.tsx';

/** The respondent and results pages: no published survey at this address. */
export function NotFound() {
  const text = useText(commonText);
  useDocumentTitle(text.notFoundTitle);
  return (
    <Notice title={text.notFoundTitle} tone="warning">
      <p>{text.notFound}</p>
      <p>
        <a href="/">{text.backHome}</a>
      </p>
    </Notice>
  );
}
