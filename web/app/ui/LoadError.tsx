import { commonText } from '../../shared/i18n/common-text.ts';
import { useText } from '../../shared/i18n/lang.ts';

/** Inside a page that has its heading already: the server could not be reached, with a retry. */
export function LoadError({ onRetry, message }: { onRetry: () => void; message?: string }) {
  const text = useText(commonText);
  return (
    <section class="notice notice-warning" role="alert">
      <h2>{text.loadFailedTitle}</h2>
      <p>{message || text.loadFailed}</p>
      <p class="actions">
        <button type="button" class="button" onClick={onRetry}>
          {text.retry}
        </button>
      </p>
    </section>
  );
}
