import { useText } from '../../shared/i18n/lang.ts';
import { Field } from '../ui/Field.tsx';
import { newTheme, type ThemeRow } from './box-form.ts';
import { boxText } from './text.ts';

/** The box's themes: French label, English label; new ones can be removed, used ones only renamed. */
export function ThemesField({ themes, error, onChange }: { themes: ThemeRow[]; error?: string; onChange: (themes: ThemeRow[]) => void }) {
  const text = useText(boxText);
  const set = (index: number, patch: Partial<ThemeRow>) => onChange(themes.map((t, i) => (i === index ? { ...t, ...patch } : t)));
  return (
    <fieldset id="box-themes-field" class="fieldset" tabIndex={-1} aria-describedby={error ? 'box-themes-error box-themes-hint' : 'box-themes-hint'}>
      <legend>{text.themesLegend}</legend>
      <p id="box-themes-hint" class="field-hint">
        {text.themesHint}
      </p>
      {error && (
        <p id="box-themes-error" class="field-error">
          {error}
        </p>
      )}
      <ol class="box-theme-rows">
        {themes.map((theme, i) => (
          <li key={i} class="box-theme-row">
            <Field id={`box-theme-${i}`} label={text.themeLabel(i + 1)} value={theme.fr} onInput={(fr) => set(i, { fr })} required />
            <Field id={`box-theme-${i}-en`} label={text.themeLabelEn(i + 1)} value={theme.en} onInput={(en) => set(i, { en })} />
            {!theme.locked && themes.length > 1 && (
              <button type="button" class="button button-secondary button-small" onClick={() => onChange(themes.filter((_, j) => j !== i))}>
                {text.removeTheme(i + 1)}
              </button>
            )}
          </li>
        ))}
      </ol>
      {themes.length < 20 && (
        <button type="button" class="button button-secondary" onClick={() => onChange([...themes, newTheme()])}>
          {text.addTheme}
        </button>
      )}
    </fieldset>
  );
}
