import { commonText } from '../i18n/common-text.ts';
import { useText } from '../i18n/lang.ts';

export function Loading() {
  const text = useText(commonText);
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {text.loading}
    </p>
  );
}
