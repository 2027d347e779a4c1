import { useState } from 'preact/hooks';
import type { BoxInput } from '../../../schema/ideas.ts';
import type { ErrorItem } from '../../../schema/messages.ts';
import { useText } from '../../shared/i18n/lang.ts';
import { FormProblems } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { inputFrom, withThemeIds, type BoxForm } from './box-form.ts';
import { BOX_FIELD_IDS, BoxFields, boxFieldList } from './BoxFields.tsx';
import { boxText } from './text.ts';

type Props = {
  initial: BoxForm;
  withStatus: boolean;
  submitLabel: string;
  busyLabel: string;
  /** Sends the box; the API's refusals come back to be shown on their fields. */
  onSubmit: (input: BoxInput) => Promise<ErrorItem[]>;
};

/** The box editor's form: the fields, the API's errors on them, one submit. */
export function BoxEditor({ initial, withStatus, submitLabel, busyLabel, onSubmit }: Props) {
  const text = useText(boxText);
  const [form, setForm] = useState(initial);
  const { errors, general, tries, busy, check, send, refuse } = useSubmit();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const named = withThemeIds(form);
    setForm(named);
    const refused = await send(onSubmit(inputFrom(named)));
    check();
    refuse(refused, BOX_FIELD_IDS);
  };
  return (
    <form class="box-editor" onSubmit={submit} noValidate>
      <FormProblems fields={boxFieldList(text)} errors={errors} general={general} attempt={tries} />
      <BoxFields form={form} errors={errors} onChange={setForm} withStatus={withStatus} />
      <p class="actions">
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {busy ? busyLabel : submitLabel}
        </button>
      </p>
    </form>
  );
}
