import { useState } from 'preact/hooks';
import type { Role } from '../../../schema/accounts.ts';
import { roleAllows } from '../roles.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt, useApi } from '../api.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { useLoad } from '../survey/load.ts';
import { SurveyFrame, type StoredSurvey } from '../survey/SurveyFrame.tsx';
import { Alert, LiveStatus } from '../ui/Alert.tsx';
import { CopyField } from '../ui/CopyField.tsx';
import { ParticipationCodes } from './ParticipationCodes.tsx';
import { qrUrls } from './share-api.ts';
import { shareText } from './text.ts';

/** `/app/o/:orgId/s/:surveyId/share`: the link, the QR code, the poster and participation codes. */
export function SharePage({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const text = useText(shareText);
  return (
    <SurveyFrame orgId={orgId} surveyId={surveyId} page="share" pageTitle={text.pageTitle}>
      {(survey, role, reload) => <Share orgId={orgId} survey={survey} role={role} reload={reload} />}
    </SurveyFrame>
  );
}

function Share({ orgId, survey, role, reload }: { orgId: string; survey: StoredSurvey; role: Role; reload: () => Promise<void> }) {
  const text = useText(shareText);
  const lang = useLang();
  const api = useApi();
  const param = { param: { orgId, id: survey.id } };
  const [link] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].share.$get(param), lang), [survey.id, survey.slug]);
  const [publishError, setPublishError] = useState<{ text: string; key: number } | null>(null);
  const [status, setStatus] = useState('');
  const qr = qrUrls(api, orgId, survey.id, lang);
  const canEdit = roleAllows(role, 'editor');

  const publish = async () => {
    const outcome = await attempt(api.orgs[':orgId'].surveys[':id'].publish.$post(param), lang);
    if (!outcome.ok) return setPublishError({ text: outcome.errors.map((e) => e.message).join(' · '), key: Date.now() });
    await reload();
    setStatus(text.published);
  };

  return (
    <div class="share-grid">
      <section class="card share-link" aria-labelledby="share-link-title">
        <h2 id="share-link-title">{text.linkTitle}</h2>
        <LiveStatus message={status} visible />
        {publishError && (
          <Alert focusKey={publishError.key}>
            <p>{publishError.text}</p>
          </Alert>
        )}
        {survey.status === 'draft' && (
          <div class="banner banner-warning">
            <p>{text.draftNote}</p>
            {canEdit && (
              <button type="button" class="button button-small" onClick={() => void publish()}>
                {text.publishNow}
              </button>
            )}
          </div>
        )}
        {survey.status === 'closed' && <p class="banner banner-warning">{text.closedNote}</p>}
        {link.kind === 'ok' ? (
          <>
            <CopyField id="share-url" label={text.linkLabel} value={link.data.url} hint={text.linkHint} />
            <p>
              <a href={link.data.url}>{text.open}</a>
            </p>
          </>
        ) : (
          <Loading />
        )}
      </section>

      <section class="card share-qr" aria-labelledby="share-qr-title">
        <h2 id="share-qr-title">{text.qrTitle}</h2>
        <p class="muted">{text.qrHelp}</p>
        <div class="qr-frame">
          <img src={qr.svg} alt={link.kind === 'ok' ? text.qrAlt(link.data.url) : text.qrTitle} width="200" height="200" class="qr-image" />
        </div>
        <ul class="download-list">
          <li>
            <a href={qr.svg} download={`pouls-${survey.slug}.svg`} class="download-link">
              {text.downloadSvg}
            </a>{' '}
            <span class="muted">({text.downloadSvgHelp})</span>
          </li>
          <li>
            <a href={qr.png} download={`pouls-${survey.slug}.png`} class="download-link">
              {text.downloadPng}
            </a>{' '}
            <span class="muted">({text.downloadPngHelp})</span>
          </li>
        </ul>
      </section>

      <section class="card share-poster" aria-labelledby="share-poster-title">
        <h2 id="share-poster-title">{text.posterTitle}</h2>
        <p>{text.posterHelp}</p>
        <p>
          <Link class="button button-secondary" href={paths.survey(orgId, survey.id, 'poster')}>
            {text.posterOpen}
          </Link>
        </p>
      </section>

      <ParticipationCodes orgId={orgId} survey={survey} canEdit={canEdit} />
    </div>
  );
}
