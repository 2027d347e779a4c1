import { useRef, useState } from 'preact/hooks';
import type { Box } from '../../../schema/ideas.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { LiveStatus } from '../ui/Alert.tsx';
import { FormProblems } from '../ui/FormProblems.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { SelectField } from '../ui/SelectField.tsx';
import { useBoxesApi } from './boxes-api.ts';
import { boxText } from './text.ts';
import { themeChoices } from './theme-choices.ts';

/** A slip from the physical box, typed in: source « papier », then the same moderation as every idea. */
export function PaperSlipForm({ orgId, box }: { orgId: string; box: Box }) {
  const text = useText(boxText);
  const lang = useLang();
  const api = useBoxesApi(orgId);
  const [theme, setTheme] = useState(box.themes[0]?.id ?? '');
  const [slip, setSlip] = useState('');
  const [added, setAdded] = useState(0);
  const { errors, general, tries, busy, check, send, refuse } = useSubmit();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const outcome = await send(api.paperSlip(box.id, { theme, text: slip.trim() }));
    check();
    if (!outcome.ok) return refuse(outcome.errors, { text: 'paper-text', theme: 'paper-theme' });
    setSlip('');
    setAdded((n) => n + 1);
    // Ready for the next slip of the pile.
    textarea.current?.focus();
  };
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="paper-title">
      <h2 id="paper-title">{text.paperTitle}</h2>
      <p class="muted">{text.paperLead}</p>
      <FormProblems
        fields={[
          ['paper-theme', text.paperTheme],
          ['paper-text', text.paperText],
        ]}
        errors={errors}
        general={general}
        attempt={tries}
      />
      <SelectField id="paper-theme" label={text.paperTheme} value={theme} choices={themeChoices(box, lang)} onChange={setTheme} />
      <div id="paper-text-field" class={`field${errors['paper-text'] ? ' field-invalid' : ''}`}>
        <label for="paper-text" class="field-label">
          {text.paperText}
        </label>
        {errors['paper-text'] && (
          <p id="paper-text-error" class="field-error">
            {errors['paper-text']}
          </p>
        )}
        <textarea
          id="paper-text"
          ref={textarea}
          class="input queue-textarea"
          rows={4}
          maxLength={500}
          value={slip}
          aria-invalid={errors['paper-text'] ? 'true' : undefined}
          aria-describedby={errors['paper-text'] ? 'paper-text-error' : undefined}
          onInput={(e) => setSlip(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
        {text.paperAdd}
      </button>
      <LiveStatus message={added ? `${text.paperAdded} ${text.paperCount(added)}` : ''} visible />
    </form>
  );
}
