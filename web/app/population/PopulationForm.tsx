import { useEffect, useState } from 'preact/hooks';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { attempt, useApi } from '../api.ts';
import { parseInvited } from '../report/format.ts';
import { LiveStatus } from '../ui/Alert.tsx';
import { CountField } from '../ui/CountField.tsx';
import { FormProblems } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { populationText } from './text.ts';

type Props = { orgId: string; surveyId: string; invited: number | null; onSaved: () => Promise<void>; id: string };

/**
 * The declared population (editors and owners): people invited or present. It caps the participation
 * codes and gives the response rate; an empty field clears it (refused once codes are issued).
 */
export function PopulationForm({ orgId, surveyId, invited, onSaved, id }: Props) {
  const text = useText(populationText);
  const lang = useLang();
  const api = useApi();
  const [value, setValue] = useState(invited === null ? '' : String(invited));
  const { errors, general, tries, busy, check, send, refuse } = useSubmit();
  const [status, setStatus] = useState('');
  useEffect(() => setValue(invited === null ? '' : String(invited)), [invited]);

  const save = async (raw: string) => {
    const parsed = parseInvited(raw);
    setStatus('');
    if (!check({ [id]: parsed.ok ? undefined : text.invalid }) || !parsed.ok) return;
    const outcome = await send(
      attempt(api.orgs[':orgId'].surveys[':id'].report.invited.$put({ param: { orgId, id: surveyId }, json: { invited: parsed.invited } }), lang),
    );
    if (!outcome.ok) {
      refuse(outcome.errors, { invited: id });
      return;
    }
    await onSaved();
    setStatus(parsed.invited === null ? text.cleared : text.saved);
  };

  return (
    <div class="population-form no-print">
      <FormProblems fields={[[id, text.label]]} errors={errors} general={general} attempt={tries} />
      <form
        class="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(value);
        }}
      >
        <CountField
          id={id}
          label={text.label}
          hint={text.hint}
          min={1}
          max={1_000_000}
          value={value}
          onInput={setValue}
          error={errors[id]}
          class="field-short"
        />
        <button type="submit" class="button" disabled={busy}>
          {busy ? text.saving : text.save}
        </button>
        {invited !== null && (
          <button
            type="button"
            class="button button-secondary"
            disabled={busy}
            onClick={() => {
              setValue('');
              void save('');
            }}
          >
            {text.clear}
          </button>
        )}
      </form>
      <LiveStatus message={status} visible />
    </div>
  );
}
