import { useState } from 'preact/hooks';
import type { Me } from '../../../schema/accounts.ts';
import type { Dict } from '../../shared/i18n/lang.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { attempt, useApi } from '../api.ts';
import { setMe, useMe } from '../frame/me.ts';
import { navigate } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { Field } from '../ui/Field.tsx';
import { FormProblems } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';

const orgText: Dict<{
  noneTitle: string;
  none: string;
  title: string;
  lead: string;
  name: string;
  hint: string;
  create: string;
  creating: string;
  short: string;
}> = {
  fr: {
    noneTitle: 'Vous n’appartenez à aucune organisation',
    none: 'Demandez à un·e responsable de vous inviter, ou créez une organisation : vous en serez responsable.',
    title: 'Nouvelle organisation',
    lead: 'Une autre CPTS, une maison de santé, une fédération : elle aura ses propres questionnaires et sa propre équipe, et vous en serez responsable.',
    name: 'Nom de l’organisation',
    hint: 'Par exemple : MSP des Trois Rivières',
    create: 'Créer l’organisation',
    creating: 'Création…',
    short: 'Indiquez le nom de l’organisation (2 caractères au moins)',
  },
  en: {
    noneTitle: 'You do not belong to any organisation',
    none: 'Ask an owner to invite you, or create an organisation: you will be its owner.',
    title: 'New organisation',
    lead: 'Another CPTS, a health centre, a federation: it will have its own surveys and team, and you will be its owner.',
    name: 'Organisation name',
    hint: 'For example: MSP des Trois Rivières',
    create: 'Create the organisation',
    creating: 'Creating…',
    short: 'Enter the organisation’s name (at least 2 characters)',
  },
};

/** A coordinator removed from every organisation may start a new one. */
export function NoOrganisation() {
  const text = useText(orgText);
  return (
    <section class="card">
      <h2>{text.noneTitle}</h2>
      <p>{text.none}</p>
      <NewOrganisationForm />
    </section>
  );
}

/** Founds another organisation (POST /api/orgs) and opens its dashboard; the switcher then lists it. */
export function NewOrganisationForm({ heading }: { heading?: boolean }) {
  const text = useText(orgText);
  const lang = useLang();
  const api = useApi();
  const me = useMe();
  const [name, setName] = useState('');
  const { errors, general, setGeneral, tries, busy, check, send } = useSubmit();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!check({ 'org-name': name.trim().length < 2 ? text.short : undefined })) return;
    const outcome = await send(attempt(api.orgs.$post({ json: { name } }), lang));
    if (!outcome.ok) return setGeneral(outcome.errors.map((e) => e.message).join(' · '));
    if (me) setMe({ ...me, organisations: [...me.organisations, outcome.data as Me['organisations'][number]] });
    navigate(paths.dashboard(outcome.data.id));
  };
  return (
    <>
      {heading && (
        <>
          <h2 id="new-org-title" class="h3">
            {text.title}
          </h2>
          <p class="muted">{text.lead}</p>
        </>
      )}
      <FormProblems fields={[['org-name', text.name]]} errors={errors} general={general} attempt={tries} />
      <form onSubmit={submit} noValidate>
        <Field
          id="org-name"
          label={text.name}
          hint={text.hint}
          autoComplete="organization"
          value={name}
          onInput={setName}
          error={errors['org-name']}
          required
        />
        <div class="actions">
          <button type="submit" class="button button-secondary" disabled={busy}>
            {busy ? text.creating : text.create}
          </button>
        </div>
      </form>
    </>
  );
}
