import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { IdeaAdmin } from '../../../schema/ideas.ts';
import { useText } from '../../shared/i18n/lang.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import type { ModerationBody } from './boxes-api.ts';
import { boxText } from './text.ts';

type Props = {
  kind: 'redact' | 'decline' | 'merge';
  idea: IdeaAdmin;
  targets: IdeaAdmin[];
  onSubmit: (body: ModerationBody) => Promise<void>;
  onCancel: () => void;
};

/** The actions that need more than a click: a corrected text, a reason, the idea to merge into (confirmed). */
export function ActionForm({ kind, idea, targets, onSubmit, onCancel }: Props) {
  const text = useText(boxText);
  const id = `${kind}-${idea.id}`;
  const [value, setValue] = useState(kind === 'redact' ? idea.text : kind === 'merge' ? (targets[0]?.id ?? '') : '');
  const [confirming, setConfirming] = useState(false);
  const field = useRef<HTMLTextAreaElement & HTMLSelectElement>(null);
  useLayoutEffect(() => field.current?.focus(), []);
  const submit = (event: Event) => {
    event.preventDefault();
    if (kind === 'merge') return setConfirming(true);
    void onSubmit(kind === 'redact' ? { action: 'redact', text: value } : { action: 'decline', reason: value });
  };
  if (kind === 'merge' && targets.length === 0) return <p class="muted">{text.mergeNone}</p>;
  const label = kind === 'redact' ? text.redactLabel : kind === 'decline' ? text.declineReason : text.mergeInto;
  const into = targets.find((t) => t.id === value);
  return (
    <form class="queue-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for={id} class="field-label">
          {label}
        </label>
        {kind !== 'decline' && (
          <p id={`${id}-hint`} class="field-hint">
            {kind === 'redact' ? text.redactHint : text.mergeHint}
          </p>
        )}
        {kind === 'merge' ? (
          <select id={id} ref={field} class="select" value={value} aria-describedby={`${id}-hint`} onChange={(e) => setValue(e.currentTarget.value)}>
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.text.slice(0, 90)}
              </option>
            ))}
          </select>
        ) : (
          <textarea
            id={id}
            ref={field}
            class="input queue-textarea"
            rows={4}
            maxLength={500}
            value={value}
            aria-describedby={kind === 'redact' ? `${id}-hint` : undefined}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        )}
      </div>
      <p class="actions">
        <button type="submit" class={kind === 'decline' ? 'button button-danger' : 'button'}>
          {kind === 'redact' ? text.confirmRedact : kind === 'decline' ? text.confirmDecline : text.confirmMerge}
        </button>
        <button type="button" class="button button-secondary" onClick={onCancel}>
          {text.cancel}
        </button>
      </p>
      {confirming && into && (
        <ConfirmDialog
          title={text.mergeDialog}
          confirmLabel={text.confirmMerge}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void onSubmit({ action: 'merge', into: into.id });
          }}
        >
          <p>{text.mergeDialogBody(into.text.slice(0, 120))}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
