import { useLayoutEffect, useRef } from 'preact/hooks';
import { useText } from '../shared/i18n/lang.ts';
import { ideasText } from './text.ts';

/**
 * « Êtes-vous encore là ? » before a kiosk clears itself: a modal dialog (focus inside, Escape keeps
 * the person's work), read out once when it opens; the seconds left are shown, not read every second.
 */
export function IdleWarning({ left, onStay }: { left: number; onStay: () => void }) {
  const text = useText(ideasText);
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement as HTMLElement | null;
    element.showModal();
    stay.current?.focus();
    return () => {
      if (element.open) element.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      class="idle-dialog"
      role="alertdialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-lead"
      data-testid="idle-warning"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id="idle-title">{text.idleTitle}</h2>
      <p id="idle-lead">{text.idleLead(left)}</p>
      <button ref={stay} type="button" class="button idle-stay" onClick={onStay}>
        {text.idleStay}
      </button>
    </dialog>
  );
}
