import { useState } from 'preact/hooks';
import type { Box, IdeaAdmin } from '../../../schema/ideas.ts';
import type { ErrorItem } from '../../../schema/messages.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Alert } from '../ui/Alert.tsx';
import type { ModerationBody } from './boxes-api.ts';
import { boxText } from './text.ts';

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
      <div class="field">
        <label for="idea-theme" class="field-label">
          {text.themeSelect}
        </label>
        <select id="idea-theme" class="select" value={theme} onChange={(e) => setTheme(e.currentTarget.value)}>
          {box.themes.map((t) => (
            <option key={t.id} value={t.id}>
              {surveyText(t.label, lang)}
            </option>
          ))}
        </select>
      </div>
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
