import { useText } from '../../../shared/i18n/lang.ts';
import { editorText } from '../text.ts';

/**
 * « Français (obligatoire) · Anglais (facultatif) » once above a list of compact bilingual fields, when
 * they sit side by side. Each input keeps its own full name for screen readers, so this is hidden from them.
 */
export function ColumnHeads({ frenchRequired, actions }: { frenchRequired: boolean; actions: boolean }) {
  const text = useText(editorText);
  return (
    <div class={actions ? 'ed-column-heads ed-column-heads-actions' : 'ed-column-heads'} aria-hidden="true">
      <span class="ed-column-heads-sides">
        <span>
          {text.french} <span class="ed-mark">({frenchRequired ? text.requiredMark : text.optionalMark})</span>
        </span>
        <span>
          {text.english} <span class="ed-mark">({text.optionalMark})</span>
        </span>
      </span>
    </div>
  );
}
