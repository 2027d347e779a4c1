import { useEffect, useState } from 'preact/hooks';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { attempt, useApi } from '../api.ts';
import { parseInvited } from '../report/format.ts';
import { LiveStatus } from '../ui/Alert.tsx';
import { Field } from '../ui/Field.tsx';
import { FormProblems, splitErrors, type FieldErrors } from '../ui/FormProblems.tsx';
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => setValue(invited === null ? '' : String(invited)), [invited]);

  const save = async (raw: string) => {
    const parsed = parseInvited(raw);
    setTries((t) => t + 1);
    setStatus('');
    setGeneral(null);
    setErrors({ [id]: parsed.ok ? undefined : text.invalid });
    if (!parsed.ok) return;
    setBusy(true);
    const outcome = await attempt(api.orgs[':orgId'].surveys[':id'].report.invited.$put({ param: { orgId, id: surveyId }, json: { invited: parsed.invited } }), lang);
    setBusy(false);
    if (!outcome.ok) {
      const split = splitErrors(outcome.errors, { invited: id });
      setErrors(split.fields);
      setGeneral(split.general);
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
        <Field id={id} label={text.label} hint={text.hint} type="number" inputMode="numeric" min={1} max={1_000_000} value={value} onInput={setValue} error={errors[id]} class="field-short" />
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
