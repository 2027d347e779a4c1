import type { CollegePresence } from '../../../schema/live.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { liveConsoleText } from './text.ts';

/** Each college's participants as the console may know them: a count from k up, « fewer than k » below. */
export function PresenceList({ presence, k }: { presence: CollegePresence[]; k: number }) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  return (
    <div class="live-presence" data-testid="presence">
      <h3 class="live-presence-title">{text.presenceTitle}</h3>
      <ul>
        {presence.map((c) => (
          <li key={c.college}>
            {surveyText(c.label, lang)} :{' '}
            <strong>{c.devices === null ? text.presenceUnder(formatNumber(lang, k)) : text.presenceCount(formatNumber(lang, c.devices))}</strong>
          </li>
        ))}
      </ul>
      <p class="muted">{text.presenceHelp(formatNumber(lang, k))}</p>
    </div>
  );
}

/** Before a college vote opens: the colleges with fewer than k known participants, and what that hides. */
export function PresenceWarning({ presence, k, id }: { presence: CollegePresence[]; k: number; id: string }) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  const few = presence.filter((c) => c.devices === null).map((c) => surveyText(c.label, lang));
  if (few.length === 0) return null;
  return (
    <p class="live-warning" id={id} data-testid="presence-warning">
      <strong>{text.presenceWarningTitle} </strong>
      {text.presenceWarning(new Intl.ListFormat(lang, { type: 'conjunction' }).format(few), few.length, formatNumber(lang, k))}
    </p>
  );
}
