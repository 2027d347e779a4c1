import type { IdeaHistoryEntry } from '../../../schema/ideas.ts';
import { localeOf, useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { boxText } from './text.ts';

/** Where the idea came from and where it went: each status with its day, its note, and a link to the workshop or survey. */
export function AdminHistory({ orgId, history }: { orgId: string; history: IdeaHistoryEntry[] }) {
  const text = useText(boxText);
  const lang = useLang();
  const day = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'Europe/Paris' });
  return (
    <ol class="idea-timeline" data-testid="idea-history">
      {history.map((entry, i) => (
        <li key={i}>
          <time dateTime={entry.on}>{day.format(new Date(entry.on))}</time> — <strong>{text.status[entry.status]}</strong>
          {entry.note && <span> : {surveyText(entry.note, lang)}</span>}
          {entry.link?.kind === 'live' && (
            <>
              {' '}
              · {!entry.note && `${text.wentToVote} : `}
              <Link href={paths.liveConsole(orgId, entry.link.sessionId)}>{text.toWorkshop}</Link>
            </>
          )}
          {entry.link?.kind === 'survey' && (
            <>
              {' '}
              · <Link href={paths.survey(orgId, entry.link.surveyId, 'results')}>{text.fromSurvey}</Link>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
