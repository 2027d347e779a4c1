import { asksForCodes, codesByDefault } from '../../../../schema/participation.ts';
import type { SurveySettings, SurveyStatus } from '../../../../schema/survey.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { LOCK_REASON_ID, useEditor, useFieldErrors } from '../context.ts';
import { BilingualField } from '../fields/BilingualField.tsx';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { describedBy } from '../../ui/describedBy.ts';
import { FieldErrors } from '../fields/FieldErrors.tsx';
import { NumberField } from '../fields/NumberField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { domId } from '../model/paths.ts';
import { editorText } from '../text.ts';

type Props = { status: SurveyStatus; open: boolean; onToggle: (open: boolean) => void };

/** Lowercase, no accents, dashes for spaces: what an address may hold; anything else is left for the schema to explain. */
const slugInput = (raw: string) =>
  raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '-');

/**
 * Anonymity threshold, who sees the results, how long responses are kept, why and whom to contact,
 * the organisation's support contacts, participation codes and the address: folded under one heading (an accordion) with a one-line summary.
 */
export function SettingsSection({ status, open, onToggle }: Props) {
  const text = useText(editorText);
  const { draft, current, change, structureLocked } = useEditor();
  const settings = draft.settings;
  const set = (patch: Partial<SurveySettings>) => {
    const next = { ...current().settings, ...patch };
    for (const key of Object.keys(patch) as (keyof SurveySettings)[]) if (patch[key] === undefined) delete next[key];
    change({ ...current(), settings: next as SurveySettings });
  };
  const byDefault = codesByDefault(draft);
  const codes = asksForCodes(draft);
  const visibilityErrors = useFieldErrors('settings.resultsVisibility');
  const visibilityId = domId('settings.resultsVisibility');

  return (
    <section class="ed-section" aria-labelledby="ed-settings-heading">
      <h2 id="ed-settings-heading" class="ed-accordion-heading">
        <button type="button" class="ed-accordion" aria-expanded={open} aria-controls="ed-settings-body" onClick={() => onToggle(!open)}>
          {text.settingsHeading}
        </button>
      </h2>
      <p class="ed-muted">{text.settingsSummary(settings.k, text.visibilityShort[settings.resultsVisibility], settings.retentionMonths, codes)}</p>
      <div id="ed-settings-body" class="ed-settings" hidden={!open}>
        <NumberField
          fieldKey="settings.k"
          label={text.kLabel}
          help={text.kHelp}
          value={settings.k}
          refuse={(k) => (k < 3 ? text.kTooLow : k > 100 ? text.numberRange(3, 100) : undefined)}
          onChange={(k) => set({ k })}
        />

        <fieldset id={visibilityId} class="ed-fieldset" aria-describedby={describedBy(visibilityErrors.length > 0 && `${visibilityId}-error`)}>
          <legend class="ed-label">{text.visibilityLegend}</legend>
          <FieldErrors id={`${visibilityId}-error`} messages={visibilityErrors} />
          {(['private', 'public'] as const).map((visibility) => (
            <div class="ed-radio" key={visibility}>
              <input
                type="radio"
                id={`${visibilityId}-${visibility}`}
                name="ed-visibility"
                checked={settings.resultsVisibility === visibility}
                disabled={structureLocked}
                aria-describedby={describedBy(`${visibilityId}-${visibility}-help`, structureLocked && LOCK_REASON_ID)}
                onChange={() => set({ resultsVisibility: visibility })}
              />
              <label for={`${visibilityId}-${visibility}`}>{visibility === 'private' ? text.visibilityPrivate : text.visibilityPublic}</label>
              <p id={`${visibilityId}-${visibility}-help`} class="ed-help">
                {visibility === 'private' ? text.visibilityPrivateHelp : text.visibilityPublicHelp}
              </p>
            </div>
          ))}
        </fieldset>

        <NumberField
          fieldKey="settings.retentionMonths"
          label={text.retentionLabel}
          help={text.retentionHelp}
          value={settings.retentionMonths}
          refuse={(months) => (months < 1 || months > 120 ? text.numberRange(1, 120) : undefined)}
          onChange={(retentionMonths) => set({ retentionMonths })}
        />

        <BilingualField
          fieldKey="settings.purpose"
          label={text.purposeLabel}
          help={text.purposeHelp}
          value={settings.purpose}
          optional
          multiline
          onChange={(purpose) => set({ purpose })}
        />

        <TextField
          fieldKey="settings.contact"
          label={text.contactLabel}
          help={text.contactHelp}
          value={settings.contact ?? ''}
          autoComplete="email"
          wording
          onChange={(contact) => set({ contact: contact.trim() ? contact : undefined })}
        />

        <BilingualField
          fieldKey="settings.supportContacts"
          label={text.supportContactsLabel}
          help={text.supportContactsHelp}
          value={settings.supportContacts}
          optional
          multiline
          onChange={(supportContacts) => set({ supportContacts })}
        />

        <CheckboxField
          fieldKey="settings.participationCodes"
          label={text.codesLabel}
          help={byDefault ? `${text.codesHelp} ${text.codesDefault}` : text.codesHelp}
          warning={byDefault && !codes ? text.codesOffWarning : undefined}
          checked={codes}
          // On where codes are the default, the setting is left out: it follows the survey if its questions change.
          onChange={(on) => set({ participationCodes: on && byDefault ? undefined : on })}
        />

        <TextField
          fieldKey="slug"
          label={text.slugLabel}
          help={status === 'draft' ? text.slugHelp(location.host) : `${text.slugHelp(location.host)} ${text.slugLive}`}
          prefix={`${location.host}/s/`}
          value={draft.slug}
          spellcheck={false}
          onChange={(slug) => change({ ...current(), slug: slugInput(slug) })}
        />
      </div>
    </section>
  );
}
