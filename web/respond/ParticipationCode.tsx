import { commonText } from '../shared/i18n/common-text.ts';
import { useText } from '../shared/i18n/lang.ts';
import { respondText } from './text.ts';

type Props = { value: string; error: string | undefined; onChange: (code: string) => void };

/** The printed single-use code, asked on the first page when the survey gives one per person. */
export function ParticipationCode({ value, error, onChange }: Props) {
  const text = useText(respondText);
  const common = useText(commonText);
  const describedBy = ['participation-code-help', error && 'participation-code-error'].filter(Boolean).join(' ');
  return (
    <div id="participation-code-field" class={error ? 'question question-invalid' : 'question'}>
      <label for="participation-code" class="question-label">
        {text.codeLabel}
        <span class="required"> ({text.required})</span>
      </label>
      <p id="participation-code-help" class="help">
        {text.codeHelp}
      </p>
      {error && (
        <p id="participation-code-error" class="field-error">
          <span class="sr-only">{common.errorPrefix} </span>
          {error}
        </p>
      )}
      <input
        id="participation-code"
        class="input input-code"
        autoComplete="off"
        autoCapitalize="characters"
        spellcheck={false}
        maxLength={20}
        value={value}
        aria-required
        aria-invalid={!!error || undefined}
        aria-describedby={describedBy}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
