import type { IdeaHistoryEntry } from '../../schema/ideas.ts';
import { localeOf, useLang, useText } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { ideasText } from './text.ts';

/** An idea's journey, oldest first: each status with its day, its note and where it went. */
export function IdeaHistory({ history }: { history: IdeaHistoryEntry[] }) {
  const text = useText(ideasText);
  const lang = useLang();
  const day = new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
  return (
    <ol class="idea-history">
      {history.map((entry, i) => (
        <li key={i}>
          <time dateTime={entry.on}>{day.format(new Date(entry.on))}</time> — <strong>{text.history[entry.status]}</strong>
          {entry.link && <span> · {entry.link.kind === 'live' ? text.wentToVote : text.cameFromSurvey}</span>}
          {entry.note && <p class="idea-history-note">{surveyText(entry.note, lang)}</p>}
        </li>
      ))}
    </ol>
  );
}
