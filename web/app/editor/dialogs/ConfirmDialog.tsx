import type { ComponentChildren } from 'preact';
import { useText } from '../../../shared/i18n/lang.ts';
import { editorText } from '../text.ts';
import { Dialog } from './Dialog.tsx';

type Props = {
  id: string;
  title: string;
  children: ComponentChildren;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  /** Why it could not be done, once tried. */
  problem?: string;
  /** « Annuler » unless said otherwise (« Rester sur la page »). */
  cancelLabel?: string;
  /** Confirming loses something (leaving without saving). */
  danger?: boolean;
};

/** « Publier le questionnaire ? » and the like: what will happen, then confirm or cancel (focus starts on cancel). */
export function ConfirmDialog({ id, title, children, confirm, onConfirm, onCancel, busy = false, problem, cancelLabel, danger = false }: Props) {
  const text = useText(editorText);
  return (
    <Dialog id={id} title={title} onClose={onCancel}>
      {children}
      {problem && (
        <p class="ed-error" role="alert">
          {problem}
        </p>
      )}
      <div class="ed-actions">
        <button type="button" class={danger ? 'button button-danger' : 'button'} aria-disabled={busy} onClick={() => !busy && onConfirm()}>
          {confirm}
        </button>
        <button type="button" class="button button-secondary" autofocus onClick={onCancel}>
          {cancelLabel ?? text.cancel}
        </button>
      </div>
    </Dialog>
  );
}
