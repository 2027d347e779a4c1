import { useMemo, useState } from 'preact/hooks';
import { roleAllows } from '../roles.ts';
import type { LocalizedText } from '../../../schema/lang.ts';
import type { SurveyDraft } from '../../../schema/survey.ts';
import type { SurveyTemplate } from '../../../schema/templates/template.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { attempt, useApi } from '../api.ts';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { currentOrganisation, useMe } from '../frame/me.ts';
import { navigate } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { useLoad } from '../survey/load.ts';
import { Field } from '../ui/Field.tsx';
import { FormProblems, type FieldErrors } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { blankSurvey, definitionOf, freeSlug, nextWaveSlug, slugify, waveOf, waveTitle } from './survey-copy.ts';
import { dashboardText } from './text.ts';

type Item = { id: string; slug: string; title: LocalizedText; archived: boolean };
type Start = { kind: 'blank' } | { kind: 'template'; templateId: string } | { kind: 'wave' };

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** `/app/o/:orgId/new`: a blank survey, a template, or a new wave of an earlier survey → a draft → the editor. */
export function NewSurveyPage({ orgId }: { orgId: string }) {
  const text = useText(dashboardText);
  const me = useMe();
  const org = me ? currentOrganisation(me, orgId) : null;
  return (
    <CoordinatorFrame title={text.newTitle} orgId={orgId} back={{ href: paths.dashboard(orgId), label: text.backToSurveys }}>
      {org && (roleAllows(org.role, 'editor') ? <NewSurveyForm orgId={orgId} /> : <p class="banner banner-info">{text.viewerCannot}</p>)}
    </CoordinatorFrame>
  );
}

function NewSurveyForm({ orgId }: { orgId: string }) {
  const text = useText(dashboardText);
  const lang = useLang();
  const api = useApi();
  const [templates] = useLoad(() => attempt(api.templates.$get(), lang), [lang]);
  const [list] = useLoad(() => attempt(api.orgs[':orgId'].surveys.$get({ param: { orgId } }), lang), [orgId]);
  const [start, setStart] = useState<Start | null>(null);
  const [waveId, setWaveId] = useState('');
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const { errors, general, setGeneral, tries, busy, check, send, refuse } = useSubmit();

  const surveys = list.kind === 'ok' ? (list.data.surveys as Item[]) : [];
  const taken = useMemo(() => surveys.map((s) => s.slug), [surveys]);
  const templateList = templates.kind === 'ok' ? (templates.data.templates as readonly SurveyTemplate[]) : [];

  /** The title and address a starting point suggests; the person may change both. */
  const suggest = (next: Start, wave = waveId) => {
    if (next.kind === 'template') {
      const template = templateList.find((t) => t.templateId === next.templateId);
      if (!template) return;
      setTitle(surveyText(template.survey.title, lang));
      setSlug(freeSlug(template.survey.slug, taken));
    } else if (next.kind === 'wave') {
      const source = surveys.find((s) => s.id === wave);
      if (!source) return;
      const nextSlug = nextWaveSlug(source.slug, taken);
      setTitle(surveyText(waveTitle(source.title, waveOf(nextSlug)), lang));
      setSlug(nextSlug);
    } else {
      setTitle('');
      setSlug('');
    }
    setSlugEdited(false);
  };

  const choose = (next: Start) => {
    setStart(next);
    suggest(next);
  };

  const onTitle = (value: string) => {
    setTitle(value);
    if (!slugEdited) setSlug(freeSlug(slugify(value), taken));
  };

  /** The definition to create: the starting point's, with the title (in the current language) and the address chosen. */
  const definition = async (): Promise<SurveyDraft | null> => {
    const localized = (original: LocalizedText | undefined): LocalizedText => {
      if (original && surveyText(original, lang) === title) return original;
      if (!original || lang === 'fr') return { ...(original?.en ? { en: original.en } : {}), fr: title.trim() };
      return { ...original, en: title.trim() };
    };
    if (start?.kind === 'template') {
      const template = templateList.find((t) => t.templateId === start.templateId)!;
      const copy = structuredClone(template.survey);
      return { ...copy, slug, title: localized(copy.title) };
    }
    if (start?.kind === 'wave') {
      const outcome = await attempt(api.orgs[':orgId'].surveys[':id'].$get({ param: { orgId, id: waveId } }), lang);
      if (!outcome.ok) {
        setGeneral(outcome.errors.map((e) => e.message).join(' · '));
        return null;
      }
      const copy = definitionOf(outcome.data as never);
      const source = surveys.find((s) => s.id === waveId)!;
      return { ...copy, slug, title: localized(waveTitle(source.title, waveOf(slug))) };
    }
    return { ...blankSurvey(title.trim(), slug, lang) };
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FieldErrors = {
      'new-start': !start ? text.startMissing : undefined,
      'new-wave': start?.kind === 'wave' && !waveId ? text.surveyMissing : undefined,
      'new-title': !title.trim() ? text.titleMissing : undefined,
      'new-slug': !SLUG.test(slug) ? text.slugInvalid : undefined,
    };
    if (!check(found)) return;
    const outcome = await send(
      definition().then((draft) => draft && attempt(api.orgs[':orgId'].surveys.$post({ param: { orgId }, json: draft as never }), lang)),
    );
    if (!outcome) return;
    if (!outcome.ok) {
      refuse(outcome.errors, { slug: 'new-slug', title: 'new-title' });
      return;
    }
    navigate(paths.survey(orgId, outcome.data.id, 'edit'));
  };

  if (templates.kind === 'loading' || list.kind === 'loading') return <Loading />;
  if (templates.kind !== 'ok' || list.kind !== 'ok') return <LoadError inPage onRetry={() => location.reload()} />;

  const radio = (id: string, checked: boolean, onChange: () => void, label: string, help: string, badge?: string) => (
    <div class={`choice-card${checked ? ' choice-card-checked' : ''}`}>
      <input type="radio" class="choice-input" name="new-start" id={id} checked={checked} onChange={onChange} aria-describedby={`${id}-help`} />
      <label for={id} class="choice-label">
        <span class="choice-title">
          {label}
          {badge && <span class="tag">{badge}</span>}
        </span>
        <span id={`${id}-help`} class="choice-help">
          {help}
        </span>
      </label>
    </div>
  );

  return (
    <>
      <FormProblems
        fields={[
          ['new-start', text.startFrom],
          ['new-wave', text.waveOf],
          ['new-title', text.surveyTitle],
          ['new-slug', text.slug],
        ]}
        errors={errors}
        general={general}
        attempt={tries}
      />
      <form onSubmit={submit} noValidate class="form-narrow">
        <fieldset id="new-start-field" class="fieldset" aria-describedby={errors['new-start'] ? 'new-start-error' : undefined}>
          <legend class="h2">{text.startFrom}</legend>
          {errors['new-start'] && (
            <p id="new-start-error" class="field-error">
              {errors['new-start']}
            </p>
          )}
          <div class="choice-grid">
            {radio('start-blank', start?.kind === 'blank', () => choose({ kind: 'blank' }), text.blank, text.blankHelp)}
            {templateList.map((template) =>
              radio(
                `start-${template.templateId}`,
                start?.kind === 'template' && start.templateId === template.templateId,
                () => choose({ kind: 'template', templateId: template.templateId }),
                surveyText(template.title, lang),
                surveyText(template.description, lang),
                template.skeleton ? text.skeleton : undefined,
              ),
            )}
            {surveys.length > 0 && radio('start-wave', start?.kind === 'wave', () => choose({ kind: 'wave' }), text.wave, text.waveHelp)}
          </div>
        </fieldset>

        {start?.kind === 'wave' && (
          <div id="new-wave-field" class={`field${errors['new-wave'] ? ' field-invalid' : ''}`}>
            <label for="new-wave" class="field-label">
              {text.waveOf}
            </label>
            {errors['new-wave'] && (
              <p id="new-wave-error" class="field-error">
                {errors['new-wave']}
              </p>
            )}
            <select
              id="new-wave"
              class="input select"
              value={waveId}
              aria-invalid={errors['new-wave'] ? 'true' : undefined}
              aria-describedby={errors['new-wave'] ? 'new-wave-error' : undefined}
              onChange={(event) => {
                setWaveId(event.currentTarget.value);
                suggest({ kind: 'wave' }, event.currentTarget.value);
              }}
            >
              <option value="">{text.chooseSurvey}</option>
              {surveys.map((s) => (
                <option key={s.id} value={s.id}>
                  {surveyText(s.title, lang)} (/s/{s.slug})
                </option>
              ))}
            </select>
          </div>
        )}

        {start && (
          <>
            <Field id="new-title" label={text.surveyTitle} hint={text.surveyTitleHint} value={title} onInput={onTitle} error={errors['new-title']} required />
            <Field
              id="new-slug"
              label={text.slug}
              hint={text.slugHint(location.origin)}
              value={slug}
              onInput={(value) => {
                setSlug(value.toLowerCase());
                setSlugEdited(true);
              }}
              error={errors['new-slug']}
              required
              spellcheck={false}
              class="field-mono"
            />
          </>
        )}
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? text.creating : text.create}
          </button>
        </div>
      </form>
    </>
  );
}
