import { useRef, useState } from 'preact/hooks';
import { useText } from '../../shared/i18n/lang.ts';
import { FieldFrame } from './FieldFrame.tsx';
import { fieldIds, formLook, type FieldLook } from './fieldLook.ts';
import { uiText } from './text.ts';

/** Writes to the clipboard; falls back to selecting the text for older browsers or refused permissions. */
async function copyText(value: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    if (!input) return false;
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** Its one-sentence hint is a paragraph. */
const copyLook: FieldLook = { ...formLook, hintTag: 'p' };

/** A read-only value (a link) with a Copy button; the outcome is announced. */
export function CopyField({ id, label, value, hint }: { id: string; label: string; value: string; hint?: string }) {
  const text = useText(uiText);
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const hintId = hint ? fieldIds(id, copyLook).hintId : undefined;
  return (
    <FieldFrame id={id} label={label} hint={hint} look={copyLook} class="field copy-field">
      <div class="field-row">
        <input
          ref={input}
          id={id}
          class="input input-mono"
          type="text"
          readOnly
          value={value}
          aria-describedby={hintId}
          onFocus={(event) => event.currentTarget.select()}
          data-testid={`${id}-value`}
        />
        <button
          type="button"
          class="button"
          onClick={async () => {
            setStatus('idle');
            setStatus((await copyText(value, input.current)) ? 'copied' : 'failed');
          }}
        >
          {text.copy}
        </button>
      </div>
      <p class={`copy-status${status === 'failed' ? ' copy-status-failed' : ''}`} role="status">
        {status === 'copied' && (
          <>
            <span aria-hidden="true">✓ </span>
            {text.copied}
          </>
        )}
        {status === 'failed' && text.copyFailed}
      </p>
    </FieldFrame>
  );
}
