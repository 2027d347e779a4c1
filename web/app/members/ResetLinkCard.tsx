import { localeOf, useLang, useText } from '../../shared/i18n/lang.ts';
import { useFocusOnShow } from '../../shared/ui/focus.ts';
import { CopyField } from '../ui/CopyField.tsx';
import { membersText } from './text.ts';

export type IssuedReset = { name: string; link: string; expiresAt: string };

/** A member's one-time password link, shown once it exists (focus moves to it, so it is announced). */
export function ResetLinkCard({ issued, onDone }: { issued: IssuedReset; onDone: () => void }) {
  const text = useText(membersText);
  const lang = useLang();
  const heading = useFocusOnShow<HTMLHeadingElement>(issued.link);
  const expires = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'full', timeStyle: 'short' }).format(new Date(issued.expiresAt));
  return (
    <section class="card card-highlight" aria-labelledby="reset-link-title">
      <h2 id="reset-link-title" class="h3" tabIndex={-1} ref={heading}>
        {text.resetTitle(issued.name)}
      </h2>
      <CopyField id="reset-link" label={text.resetLabel} value={issued.link} hint={text.resetHint(expires)} />
      <p>
        <button type="button" class="button button-secondary" onClick={onDone}>
          {text.resetDone}
        </button>
      </p>
    </section>
  );
}
