import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

type Props = {
  id: string;
  title: string;
  children: ComponentChildren;
  /** Escape, or the dialog's own cancel button. */
  onClose: () => void;
  /** A warning (conflict) rather than a question. */
  tone?: 'default' | 'warning';
};

/**
 * A modal `<dialog>`: the browser keeps focus inside it and closes it on Escape. It opens on mount, and
 * on unmount gives focus back to the control that opened it when that control is still on the page.
 */
export function Dialog({ id, title, children, onClose, tone = 'default' }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // Where the dialog says to start (« Annuler » for a question, the safe choice in a conflict).
    dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      id={id}
      class={tone === 'warning' ? 'ed-dialog ed-dialog-warning' : 'ed-dialog'}
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} class="ed-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
