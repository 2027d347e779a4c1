import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useText } from '../../shared/i18n/lang.ts';
import { uiText } from './text.ts';

type Props = {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** The dialog's id, its title and body named from it (`${id}-title`, `${id}-body`). */
  id?: string;
  /** The action is under way: confirming again does nothing. */
  busy?: boolean;
  /** Why it could not be done, once tried. */
  problem?: string | null;
  /** « Annuler » unless said otherwise (« Rester sur la page »). */
  cancelLabel?: string;
};

/**
 * A modal question before something hard to undo. The native <dialog> keeps focus inside and closes on
 * Escape; « Annuler » takes focus first, as the safe choice, and focus goes back to the opener if it is
 * still on the page.
 */
export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onCancel, id = 'confirm', busy = false, problem, cancelLabel }: Props) {
  const text = useText(uiText);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    cancel.current?.focus();
    return () => {
      if (element.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      id={id}
      class="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="button" class={danger ? 'button button-danger' : 'button'} aria-disabled={busy || undefined} onClick={() => !busy && onConfirm()}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" class="button button-secondary" onClick={onCancel}>
          {cancelLabel ?? text.cancel}
        </button>
      </div>
    </dialog>
  );
}
