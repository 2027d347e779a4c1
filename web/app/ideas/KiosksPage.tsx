import { useState } from 'preact/hooks';
import type { KioskSummary } from '../../../schema/ideas.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { localeOf, useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { Qr } from '../live/Qr.tsx';
import { useLoad } from '../survey/load.ts';
import { Alert, LiveStatus } from '../ui/Alert.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { CopyField } from '../ui/CopyField.tsx';
import { Field } from '../ui/Field.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { BoxFrame } from './BoxFrame.tsx';
import { useBoxesApi } from './boxes-api.ts';
import { boxText } from './text.ts';

/** `/app/o/:orgId/boxes/:boxId/kiosks`: enrol a tablet (its link shown once, with a QR code to scan from it), revoke one. */
export function KiosksPage({ orgId, boxId }: { orgId: string; boxId: string }) {
  const text = useText(boxText);
  return (
    <BoxFrame orgId={orgId} boxId={boxId} tab="kiosks" pageTitle={text.kiosksTitle}>
      {() => <Kiosks orgId={orgId} boxId={boxId} />}
    </BoxFrame>
  );
}

function Kiosks({ orgId, boxId }: { orgId: string; boxId: string }) {
  const text = useText(boxText);
  const lang = useLang();
  const api = useBoxesApi(orgId);
  const [kiosks, reload] = useLoad(() => api.kiosks(boxId), [orgId, boxId, lang]);
  const [label, setLabel] = useState('');
  const [error, setError] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<KioskSummary | null>(null);
  const [status, setStatus] = useState('');
  const day = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'Europe/Paris' });

  const enrol = async (event: Event) => {
    event.preventDefault();
    setError('');
    const outcome = await api.enrol(boxId, label.trim());
    if (!outcome.ok) return setError(outcome.errors.map((e) => e.message).join(' · '));
    setLabel('');
    setLink(outcome.data.link);
    await reload();
  };

  return (
    <>
      <p class="lead">{text.kiosksLead}</p>
      <LiveStatus message={status} visible />
      <form class="card" onSubmit={enrol} noValidate>
        <Field id="kiosk-label" label={text.kioskLabel} hint={text.kioskLabelHint} value={label} onInput={setLabel} error={error || undefined} />
        <button type="submit" class="button">
          {text.enrol}
        </button>
      </form>
      {link && (
        <section class="card card-highlight" aria-labelledby="enrolled-title">
          <h2 id="enrolled-title">{text.enrolLink}</h2>
          <CopyField id="kiosk-link" label={text.enrolLink} hint={text.enrolled} value={link} />
          <Qr value={link} label={text.enrolQr} class="qr-image" size={220} />
        </section>
      )}
      {kiosks.kind === 'loading' ? (
        <Loading />
      ) : kiosks.kind !== 'ok' ? (
        <LoadError inPage onRetry={() => void reload()} />
      ) : kiosks.data.kiosks.length === 0 ? (
        <p class="empty-state">{text.noKiosks}</p>
      ) : (
        <ul class="survey-list" data-testid="kiosks">
          {kiosks.data.kiosks.map((kiosk) => (
            <li key={kiosk.id} class="survey-item">
              <div class="survey-item-main">
                <h2 class="survey-item-title">{kiosk.label}</h2>
                <p class="survey-item-meta">
                  {text.kioskSince(day.format(new Date(kiosk.createdOn)))} · {text.kioskToday(formatNumber(lang, kiosk.today))}
                </p>
              </div>
              <div class="survey-item-actions">
                <button type="button" class="button button-secondary button-small" onClick={() => setRevoking(kiosk)}>
                  {text.revoke}
                  <span class="sr-only"> : {kiosk.label}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {revoking && (
        <ConfirmDialog
          title={text.revokeTitle}
          confirmLabel={text.revoke}
          danger
          onCancel={() => setRevoking(null)}
          onConfirm={async () => {
            const kiosk = revoking;
            setRevoking(null);
            const outcome = await api.revoke(boxId, kiosk.id);
            if (!outcome.ok) return setError(outcome.errors.map((e) => e.message).join(' · '));
            setStatus(text.revoked);
            await reload();
          }}
        >
          <p>{text.revokeBody(revoking.label)}</p>
        </ConfirmDialog>
      )}
      {error && !label && (
        <Alert>
          <p>{error}</p>
        </Alert>
      )}
    </>
  );
}
