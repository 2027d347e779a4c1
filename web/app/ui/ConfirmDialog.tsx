import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useText } from '../../shared/i18n/lang.ts';
import { uiText } from './text.ts';

type Props = {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal question before something hard to undo. The native <dialog> keeps focus inside, closes on
 * Escape, and gives focus back to where it was; « Annuler » takes focus first, as the safe choice.
 */
export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onCancel }: Props) {
  const text = useText(uiText);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement as HTMLElement | null;
    element.showModal();
    cancel.current?.focus();
    return () => {
      if (element.open) element.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      <div id="confirm-body">{children}</div>
      <div class="actions">
        <button type="button" class={danger ? 'button button-danger' : 'button'} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" class="button button-secondary" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </dialog>
  );
}
