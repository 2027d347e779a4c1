import { useText } from '../../shared/i18n/lang.ts';
import { uiText } from './text.ts';

export type SurveyState = 'draft' | 'open' | 'closed' | 'archived';

/** Draft / open / closed / archived: a word first, the colour only repeats it. */
export function StatusBadge({ state }: { state: SurveyState }) {
  const text = useText(uiText);
  return (
    <span class={`badge badge-${state}`} data-status={state}>
      <span class="badge-dot" aria-hidden="true" />
      {text.status[state]}
    </span>
  );
}
