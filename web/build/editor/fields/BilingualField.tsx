import type { Lang, LocalizedText } from '../../../../schema/lang.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { useEditor, useFieldErrors } from '../context.ts';
import { domId } from '../model/paths.ts';
import { missingEnglish, withText } from '../model/texts.ts';
import { editorText } from '../text.ts';
import { describedBy, FieldErrors } from './FieldErrors.tsx';

type Props = {
  /** The field's key (see model/paths.ts): its problems and element ids follow from it. */
  fieldKey: string;
  label: string;
  help?: string;
  value: LocalizedText | undefined;
  onChange: (next: LocalizedText | undefined) => void;
  /** A text that may be left blank in both languages (help, description…). */
  optional?: boolean;
  multiline?: boolean;
  /** Options, rows and scale points: one line each under shared column headings (ColumnHeads), the missing-English hint left to the list. */
  compact?: boolean;
  /** Called with the input's element when French gets focus (the question card opens the preview on its page). */
  onFocus?: () => void;
};

/**
 * A text in French and English side by side (stacked on phones). French is required unless the whole
 * text is optional; English is always optional, with a hint while it is missing. Each input is named
 * « <label>, Français » for screen readers; its problems show right above it.
 */
export function BilingualField({ fieldKey, label, help, value, onChange, optional = false, multiline = false, compact = false, onFocus }: Props) {
  const text = useText(editorText);
  const base = domId(fieldKey);
  const helpId = help ? `${base}-help` : undefined;
  const hintId = `${base}-en-hint`;
  const showHint = !compact && missingEnglish(value);
  const errors = { fr: useFieldErrors(fieldKey, 'fr'), en: useFieldErrors(fieldKey, 'en') };
  const { readOnly } = useEditor();

  const side = (lang: Lang) => {
    const id = domId(fieldKey, lang);
    const errorId = `${id}-error`;
    const invalid = errors[lang].length > 0;
    const attributes = {
      id,
      lang,
      class: multiline ? 'input ed-textarea' : 'input',
      value: (lang === 'fr' ? value?.fr : value?.en) ?? '',
      readOnly,
      'aria-invalid': invalid || undefined,
      'aria-required': (lang === 'fr' && !optional) || undefined,
      'aria-describedby': describedBy(invalid && errorId, helpId, lang === 'en' && showHint && hintId),
      onInput: (event: Event) => onChange(withText(value, lang, (event.currentTarget as HTMLInputElement).value, optional)),
      onFocus,
    };
    const required = lang === 'fr' && !optional;
    return (
      <div class="ed-side">
        <label for={id} class="ed-side-label">
          <span class="sr-only">{label}, </span>
          <span>{lang === 'fr' ? text.french : text.english}</span> <span class="ed-mark">({required ? text.requiredMark : text.optionalMark})</span>
        </label>
        <FieldErrors id={errorId} messages={errors[lang]} />
        {multiline ? <textarea rows={3} {...attributes} /> : <input type="text" {...attributes} />}
        {lang === 'en' && showHint && (
          <p id={hintId} class="ed-hint">
            {text.missingEnglish}
          </p>
        )}
      </div>
    );
  };

  return (
    <div id={base} class={compact ? 'ed-field ed-bilingual ed-bilingual-compact' : 'ed-field ed-bilingual'}>
      {!compact && (
        <p class="ed-label" aria-hidden="true">
          {label}
        </p>
      )}
      {help && (
        <p id={helpId} class="ed-help">
          {help}
        </p>
      )}
      <div class="ed-sides">
        {side('fr')}
        {side('en')}
      </div>
    </div>
  );
}
