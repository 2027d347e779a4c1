import { useText } from '../../../shared/i18n/lang.ts';
import { editorText } from '../text.ts';
import type { Undo } from '../useDraft.ts';

type Props = { undo: Undo | null; onUndo: () => void; onDismiss: () => void };

/**
 * After a deletion: what was deleted and « Annuler », at the bottom of the screen until the next
 * change. The message is announced; the live region stays on the page so that it is.
 */
export function UndoBar({ undo, onUndo, onDismiss }: Props) {
  const text = useText(editorText);
  return (
    <div class={undo ? 'ed-undo ed-undo-shown' : 'ed-undo'}>
      <p role="status" class="ed-undo-text">
        {undo?.message ?? ''}
      </p>
      {undo && (
        <div class="ed-undo-actions">
          <button type="button" class="button ed-undo-button" onClick={onUndo}>
            {text.undo}
          </button>
          <button type="button" class="link-button ed-link-button ed-undo-dismiss" onClick={onDismiss}>
            {text.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
