import { useState } from 'preact/hooks';
import { asksForCodes, codesByDefault } from '../../../schema/participation.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { useFocusOnShow } from '../../shared/ui/focus.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt, useApi } from '../api.ts';
import { Link } from '../frame/router.tsx';
import { PopulationForm } from '../population/PopulationForm.tsx';
import { populationText } from '../population/text.ts';
import { MAX_CODES_PER_REQUEST } from '../roles.ts';
import { paths } from '../routes.ts';
import { useLoad } from '../survey/load.ts';
import type { StoredSurvey } from '../survey/SurveyFrame.tsx';
import { CountField } from '../ui/CountField.tsx';
import { FormProblems } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { CodeBatches } from './CodeBatches.tsx';
import { keepCodes } from './codes-store.ts';
import { shareText } from './text.ts';

/** Whether the survey asks for codes, and in which words: on by default for profile questions or instruments, off with a warning then. */
function CodesState({ survey }: { survey: StoredSurvey }) {
  const text = useText(shareText);
  const explicit = survey.settings.participationCodes;
  if (asksForCodes(survey)) return <p class="banner banner-info">{explicit === undefined ? text.codesOnDefault : text.codesOn}</p>;
  if (codesByDefault(survey)) return <p class="banner banner-warning">{text.codesOffRisk}</p>;
  return <p class="muted">{text.codesOff}</p>;
}

/**
 * Participation codes: whether the survey asks for them, the declared population that caps them,
 * every batch issued (seen by the whole team), and for editors a form to issue more, shown once.
 */
export function ParticipationCodes({ orgId, survey, canEdit }: { orgId: string; survey: StoredSurvey; canEdit: boolean }) {
  const text = useText(shareText);
  const population = useText(populationText);
  const lang = useLang();
  const api = useApi();
  const param = { param: { orgId, id: survey.id } };
  const [listed, reload] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].codes.$get(param), lang), [survey.id, lang]);
  const [count, setCount] = useState('30');
  const { errors, general, tries, busy, check, send, refuse } = useSubmit();
  const [codes, setCodes] = useState<string[] | null>(null);
  const max = formatNumber(lang, MAX_CODES_PER_REQUEST);

  const submit = async (event: Event) => {
    event.preventDefault();
    const n = Number(count);
    const valid = /^\d+$/.test(count.trim()) && n >= 1 && n <= MAX_CODES_PER_REQUEST;
    if (!check({ 'codes-count': valid ? undefined : text.howManyInvalid(max) })) return;
    const outcome = await send(attempt(api.orgs[':orgId'].surveys[':id'].codes.$post({ ...param, json: { count: n } }), lang));
    if (!outcome.ok) {
      // Past the declared population: the count is wrong; no population yet: the form above is.
      refuse(outcome.errors, { count: 'codes-count' });
      return;
    }
    keepCodes(survey.id, outcome.data.codes);
    setCodes(outcome.data.codes);
    void reload();
  };

  const data = listed.kind === 'ok' ? listed.data : null;
  return (
    <section class="card share-codes" aria-labelledby="share-codes-title">
      <h2 id="share-codes-title">{text.codesTitle}</h2>
      <p>{text.codesHelp}</p>
      <CodesState survey={survey} />
      {data ? <CodeBatches id="share-batches" batches={data.batches} population={data.population} /> : <Loading />}
      {!canEdit ? (
        <p class="muted">
          {text.viewerCodes} {population.viewerOnly}
        </p>
      ) : codes ? (
        <NewCodes orgId={orgId} surveyId={survey.id} slug={survey.slug} codes={codes} onDone={() => setCodes(null)} />
      ) : (
        data && (
          <>
            <PopulationForm id="share-population" orgId={orgId} surveyId={survey.id} invited={data.population} onSaved={reload} />
            <FormProblems fields={[['codes-count', text.howMany]]} errors={errors} general={general} attempt={tries} />
            <form onSubmit={submit} noValidate class="inline-form">
              <CountField
                id="codes-count"
                label={text.howMany}
                hint={`${text.howManyHint(max)} ${data.population === null ? text.populationFirst : text.remaining(formatNumber(lang, Math.max(0, data.population - data.total)))}`}
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
        )
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
