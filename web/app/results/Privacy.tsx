import type { PrivacyNotice } from '../../../schema/privacy.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt, useApi } from '../api.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { useLoad } from '../survey/load.ts';
import { coordResultsText } from './text.ts';

/** The notice respondents read, folded, and the way to the GDPR register entry. */
export function Privacy({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const text = useText(coordResultsText);
  const lang = useLang();
  const api = useApi();
  const [privacy] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].privacy.$get({ param: { orgId, id: surveyId } }), lang), [surveyId, lang]);
  return (
    <section aria-labelledby="privacy-title" class="card results-section">
      <h2 id="privacy-title">{text.privacyTitle}</h2>
      <p>{text.privacyHelp}</p>
      <p>
        <Link class="button button-secondary" href={paths.survey(orgId, surveyId, 'register')}>
          {text.registerOpen}
        </Link>
      </p>
      {privacy.kind === 'loading' && <Loading />}
      {privacy.kind === 'ok' && <Notice notice={privacy.data.notice as PrivacyNotice} />}
    </section>
  );
}

function Notice({ notice }: { notice: PrivacyNotice }) {
  const text = useText(coordResultsText);
  return (
    <details class="notice-details disclosure">
      <summary>{text.noticeTitle}</summary>
      <div class="privacy-notice">
        <h3>{notice.title}</h3>
        {notice.sections.map((section) => (
          <div key={section.id}>
            <h4>{section.title}</h4>
            {section.paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        ))}
      </div>
    </details>
  );
}
