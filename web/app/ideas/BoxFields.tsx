import { useText } from '../../shared/i18n/lang.ts';
import { Field } from '../ui/Field.tsx';
import { CountField } from '../ui/CountField.tsx';
import type { FieldErrors } from '../ui/FormProblems.tsx';
import type { BoxForm } from './box-form.ts';
import { RadioRow } from './RadioRow.tsx';
import { boxText } from './text.ts';
import { ThemesField } from './ThemesField.tsx';

/** API error paths → the field that shows them. */
export const BOX_FIELD_IDS: Record<string, string> = {
  slug: 'box-slug',
  title: 'box-title',
  intro: 'box-intro',
  themes: 'box-themes',
  audience: 'box-audience',
  k: 'box-k',
  reportsToHide: 'box-reports',
  retentionMonths: 'box-retention',
  kioskDailyCap: 'box-cap',
  status: 'box-status',
};

/** The fields of the box editor, in order, for the error summary's links. */
export function boxFieldList(text: (typeof boxText)['fr']): [string, string][] {
  return [
    ['box-slug', text.slug],
    ['box-title', text.titleFr],
    ['box-intro', text.introFr],
    ['box-themes', text.themesLegend],
    ['box-audience', text.audienceLegend],
    ['box-k', text.k],
    ['box-reports', text.reportsToHide],
    ['box-retention', text.retentionMonths],
    ['box-cap', text.kioskDailyCap],
  ];
}

type Props = { form: BoxForm; errors: FieldErrors; onChange: (form: BoxForm) => void; withStatus: boolean };

/** Address, texts, themes, audience, k and the limits of one box. */
export function BoxFields({ form, errors, onChange, withStatus }: Props) {
  const text = useText(boxText);
  const set =
    <K extends keyof BoxForm>(key: K) =>
    (value: BoxForm[K]) =>
      onChange({ ...form, [key]: value });
  return (
    <>
      <Field
        id="box-slug"
        label={text.slug}
        hint={text.slugHint(location.origin)}
        value={form.slug}
        onInput={set('slug')}
        error={errors['box-slug']}
        required
        spellcheck={false}
      />
      <Field id="box-title" label={text.titleFr} value={form.titleFr} onInput={set('titleFr')} error={errors['box-title']} required />
      <Field id="box-title-en" label={text.titleEn} value={form.titleEn} onInput={set('titleEn')} />
      <Field id="box-intro" label={text.introFr} value={form.introFr} onInput={set('introFr')} error={errors['box-intro']} required />
      <Field id="box-intro-en" label={text.introEn} value={form.introEn} onInput={set('introEn')} />
      <ThemesField themes={form.themes} error={errors['box-themes']} onChange={set('themes')} />
      <fieldset id="box-audience-field" class="fieldset" tabIndex={-1}>
        <legend>{text.audienceLegend}</legend>
        {errors['box-audience'] && <p class="field-error">{errors['box-audience']}</p>}
        <RadioRow
          id="box-audience-public"
          name="box-audience"
          checked={form.audience === 'public'}
          title={text.audience.public}
          help={text.audiencePublicHelp}
          onChange={() => set('audience')('public')}
        />
        <RadioRow
          id="box-audience-members"
          name="box-audience"
          checked={form.audience === 'members'}
          title={text.audience.members}
          help={text.audienceMembersHelp}
          onChange={() => set('audience')('members')}
        />
      </fieldset>
      <div class="box-numbers">
        <CountField id="box-k" label={text.k} hint={text.kHint} min={3} max={100} value={form.k} onInput={set('k')} error={errors['box-k']} />
        <CountField
          id="box-reports"
          label={text.reportsToHide}
          min={1}
          max={50}
          value={form.reportsToHide}
          onInput={set('reportsToHide')}
          error={errors['box-reports']}
        />
        <CountField
          id="box-retention"
          label={text.retentionMonths}
          min={1}
          max={60}
          value={form.retentionMonths}
          onInput={set('retentionMonths')}
          error={errors['box-retention']}
        />
        <CountField
          id="box-cap"
          label={text.kioskDailyCap}
          min={10}
          max={5000}
          value={form.kioskDailyCap}
          onInput={set('kioskDailyCap')}
          error={errors['box-cap']}
        />
      </div>
      {withStatus && (
        <fieldset id="box-status-field" class="fieldset">
          <legend>{text.statusLegend}</legend>
          <RadioRow
            id="box-status-open"
            name="box-status"
            checked={form.status === 'open'}
            title={text.boxStatus.open}
            onChange={() => set('status')('open')}
          />
          <RadioRow
            id="box-status-closed"
            name="box-status"
            checked={form.status === 'closed'}
            title={text.boxStatus.closed}
            onChange={() => set('status')('closed')}
          />
        </fieldset>
      )}
    </>
  );
}
