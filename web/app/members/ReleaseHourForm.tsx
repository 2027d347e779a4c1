import { useEffect, useState } from 'preact/hooks';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { formatHour } from '../../results/format.ts';
import { attempt, messageOf, useApi } from '../api.ts';
import { useLoad } from '../survey/load.ts';
import { Alert, LiveStatus } from '../ui/Alert.tsx';
import { membersText } from './text.ts';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** « Publication des résultats »: the hour (Paris time) at which the organisation's results are released; owners change it. */
export function ReleaseHourForm({ orgId, isOwner }: { orgId: string; isOwner: boolean }) {
  const text = useText(membersText);
  const lang = useLang();
  const api = useApi();
  const [settings, reload] = useLoad(() => attempt(api.orgs[':orgId'].settings.$get({ param: { orgId } }), lang), [orgId, lang]);
  const current = settings.kind === 'ok' ? settings.data.releaseHour : null;
  const [hour, setHour] = useState<number | null>(current);
  useEffect(() => setHour(current), [current]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<{ text: string; key: number } | null>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    if (hour === null) return;
    setBusy(true);
    setStatus('');
    setProblem(null);
    const outcome = await attempt(api.orgs[':orgId'].settings.$put({ param: { orgId }, json: { releaseHour: hour } }), lang);
    setBusy(false);
    if (!outcome.ok) return setProblem({ text: messageOf(outcome), key: Date.now() });
    await reload();
    setStatus(text.releaseSaved(formatHour(lang, outcome.data.releaseHour)));
  };

  return (
    <section class="card" aria-labelledby="release-hour-title">
      <h2 id="release-hour-title" class="h3">
        {text.releaseTitle}
      </h2>
      <p class="muted">{text.releaseLead}</p>
      {current === null ? (
        <Loading />
      ) : !isOwner ? (
        <p data-testid="release-hour">{text.releaseIs(formatHour(lang, current))}</p>
      ) : (
        <>
          {problem && (
            <Alert focusKey={problem.key}>
              <p>{problem.text}</p>
            </Alert>
          )}
          <form onSubmit={save} class="inline-form">
            <div class="field">
              <label for="release-hour" class="field-label">
                {text.releaseHour}
              </label>
              <p id="release-hour-hint" class="field-hint">
                {text.releaseHint}
              </p>
              <select
                id="release-hour"
                class="input select select-compact"
                value={String(hour ?? current)}
                aria-describedby="release-hour-hint"
                onChange={(event) => setHour(Number(event.currentTarget.value))}
              >
                {HOURS.map((h) => (
                  <option key={h} value={String(h)}>
                    {formatHour(lang, h)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="button" disabled={busy}>
              {busy ? text.releaseSaving : text.releaseSave}
            </button>
          </form>
          <LiveStatus message={status} visible />
        </>
      )}
    </section>
  );
}
