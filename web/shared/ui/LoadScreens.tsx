import { commonText } from '../i18n/common-text.ts';
import { useText } from '../i18n/lang.ts';
import { useDocumentTitle } from './document-title.ts';
import { Notice } from './Notice.tsx';

/** Screens both pages show when the survey cannot be loaded. */
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

export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const text = useText(commonText);
  useDocumentTitle(text.loadFailedTitle);
  return (
    <Notice title={text.loadFailedTitle} tone="warning">
      <p>{text.loadFailed}</p>
      <p class="actions">
        <button type="button" class="button" onClick={onRetry}>
          {text.retry}
        </button>
      </p>
    </Notice>
  );
}
