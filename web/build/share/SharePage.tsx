import { useState } from 'preact/hooks';
import type { Role } from '../../../schema/accounts.ts';
import { MAX_CODES_PER_REQUEST, roleAllows } from '../roles.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { useFocusOnShow } from '../../shared/ui/focus.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt, useApi } from '../api.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { useLoad } from '../survey/load.ts';
import { SurveyFrame, type StoredSurvey } from '../survey/SurveyFrame.tsx';
import { Alert, LiveStatus } from '../ui/Alert.tsx';
import { CopyField } from '../ui/CopyField.tsx';
import { Field } from '../ui/Field.tsx';
import { FormProblems, type FieldErrors } from '../ui/FormProblems.tsx';
import { keepCodes } from './codes-store.ts';
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

      <Codes orgId={orgId} survey={survey} canEdit={canEdit} />
    </div>
  );
}

function Codes({ orgId, survey, canEdit }: { orgId: string; survey: StoredSurvey; canEdit: boolean }) {
  const text = useText(shareText);
  const lang = useLang();
  const api = useApi();
  const param = { param: { orgId, id: survey.id } };
  const [counts, reloadCounts] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].codes.$get(param), lang), [survey.id]);
  const [count, setCount] = useState('30');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const [busy, setBusy] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const max = formatNumber(lang, MAX_CODES_PER_REQUEST);

  const submit = async (event: Event) => {
    event.preventDefault();
    const n = Number(count);
    const valid = /^\d+$/.test(count.trim()) && n >= 1 && n <= MAX_CODES_PER_REQUEST;
    setTries((t) => t + 1);
    setErrors({ 'codes-count': valid ? undefined : text.howManyInvalid(max) });
    setGeneral(null);
    if (!valid) return;
    setBusy(true);
    const outcome = await attempt(api.orgs[':orgId'].surveys[':id'].codes.$post({ ...param, json: { count: n } }), lang);
    setBusy(false);
    if (!outcome.ok) return setGeneral(outcome.errors.map((e) => e.message).join(' · '));
    keepCodes(survey.id, outcome.data.codes);
    setCodes(outcome.data.codes);
    void reloadCounts();
  };

  return (
    <section class="card share-codes" aria-labelledby="share-codes-title">
      <h2 id="share-codes-title">{text.codesTitle}</h2>
      <p>{text.codesHelp}</p>
      <p class={survey.settings.participationCodes ? 'banner banner-info' : 'muted'}>{survey.settings.participationCodes ? text.codesOn : text.codesOff}</p>
      {counts.kind === 'ok' && (
        <p data-testid="codes-count">{counts.data.total ? text.codesCount(formatNumber(lang, counts.data.total), formatNumber(lang, counts.data.used)) : text.codesNone}</p>
      )}
      {!canEdit ? (
        <p class="muted">{text.viewerCodes}</p>
      ) : codes ? (
        <NewCodes orgId={orgId} surveyId={survey.id} slug={survey.slug} codes={codes} onDone={() => setCodes(null)} />
      ) : (
        <>
          <FormProblems fields={[['codes-count', text.howMany]]} errors={errors} general={general} attempt={tries} />
          <form onSubmit={submit} noValidate class="inline-form">
            <Field
              id="codes-count"
              label={text.howMany}
              hint={text.howManyHint(max)}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_CODES_PER_REQUEST}
              value={count}
              onInput={setCount}
              error={errors['codes-count']}
              class="field-short"
            />
            <button type="submit" class="button" disabled={busy}>
              {busy ? text.generating : text.generate}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

function NewCodes({ orgId, surveyId, slug, codes, onDone }: { orgId: string; surveyId: string; slug: string; codes: string[]; onDone: () => void }) {
  const text = useText(shareText);
  const lang = useLang();
  const box = useFocusOnShow<HTMLDivElement>(codes);
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(codes.join('\r\n') + '\r\n')}`;
  return (
    <div class="new-codes" ref={box} tabIndex={-1} aria-labelledby="new-codes-title">
      <h3 id="new-codes-title">{text.generated(formatNumber(lang, codes.length))}</h3>
      <p class="banner banner-warning">
        <strong>{text.onceWarning}</strong>
      </p>
      <div class="actions">
        <Link class="button" href={paths.survey(orgId, surveyId, 'cards')}>
          {text.printCards}
        </Link>
        <a class="button button-secondary" href={download} download={`codes-${slug}.txt`}>
          {text.downloadCodes}
        </a>
      </div>
      <details class="codes-details disclosure">
        <summary>{text.codesList}</summary>
        <ul class="codes-list" data-testid="codes-list">
          {codes.map((code) => (
            <li key={code} class="code">
              {code}
            </li>
          ))}
        </ul>
      </details>
      <p>
        <button type="button" class="link-button" onClick={onDone}>
          {text.generateMore}
        </button>
      </p>
    </div>
  );
}
