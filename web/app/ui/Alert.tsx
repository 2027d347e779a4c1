import type { ComponentChildren } from 'preact';
import { commonText } from '../../shared/i18n/common-text.ts';
import { useText } from '../../shared/i18n/lang.ts';
import { useFocusOnShow } from '../../shared/ui/focus.ts';

/**
 * A problem with what the person just did, announced at once (role=alert). With `focus`, it also takes
 * focus, for forms whose submit button stays where it was.
 */
export function Alert({
  children,
  id,
  focusKey,
  tone = 'error',
}: {
  children: ComponentChildren;
  id?: string;
  focusKey?: unknown;
  tone?: 'error' | 'warning';
}) {
  const ref = useFocusOnShow<HTMLDivElement>(focusKey);
  const common = useText(commonText);
  return (
    <div ref={focusKey === undefined ? undefined : ref} id={id} class={`alert alert-${tone}`} role="alert" tabIndex={focusKey === undefined ? undefined : -1}>
      <span class="alert-icon" aria-hidden="true">
        !
      </span>
      <div>
        {tone === 'error' && <span class="sr-only">{common.errorPrefix} </span>}
        {children}
      </div>
    </div>
  );
}

/** A polite live region: always in the page, its text changes when something worked. */
export function LiveStatus({ message, visible }: { message: string; visible?: boolean }) {
  return (
    <p class={visible && message ? 'live-status' : 'sr-only'} role="status" aria-live="polite">
      {message}
    </p>
  );
}
