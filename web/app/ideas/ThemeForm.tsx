import { useState } from 'preact/hooks';
import type { Box, IdeaAdmin } from '../../../schema/ideas.ts';
import type { ErrorItem } from '../../../schema/messages.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { Alert } from '../ui/Alert.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import type { ModerationBody } from './boxes-api.ts';
import { boxText } from './text.ts';
import { themeChoices } from './theme-choices.ts';

/** Moves an idea to another theme of the box. */
export function ThemeForm({ box, idea, onSubmit }: { box: Box; idea: IdeaAdmin; onSubmit: (body: ModerationBody) => Promise<ErrorItem[]> }) {
  const text = useText(boxText);
  const lang = useLang();
  const [theme, setTheme] = useState(idea.theme);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  return (
    <form
      class="card inline-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setErrors(await onSubmit({ action: 'theme', theme }));
      }}
    >
      <SelectField id="idea-theme" label={text.themeSelect} value={theme} choices={themeChoices(box, lang)} onChange={setTheme} />
      <button type="submit" class="button button-secondary" disabled={theme === idea.theme}>
        {text.saveTheme}
      </button>
      {errors.length > 0 && (
        <Alert focusKey={errors}>
          <p>{errors.map((e) => e.message).join(' · ')}</p>
        </Alert>
      )}
    </form>
  );
}
