import type { Lang, LocalizedText } from '../../../../schema/lang.ts';
import { useText } from '../../../shared/i18n/lang.ts';
import { BilingualPair, LangSide } from '../../ui/BilingualPair.tsx';
import { describedBy } from '../../ui/describedBy.ts';
import { FieldHint } from '../../ui/FieldHint.tsx';
import { fieldIds } from '../../ui/fieldLook.ts';
import { lockedBy, type Lock } from '../../ui/lock.ts';
import { LOCK_REASON_ID, useEditor, useFieldErrors } from '../context.ts';
import { domId } from '../model/paths.ts';
import { missingEnglish, withText } from '../model/texts.ts';
import { editorText } from '../text.ts';
import { useEditorLook } from './look.ts';

type Props = {
  /** The field's key (see model/paths.ts): its problems and element ids follow from it. */
  fieldKey: string;
  label: string;
  help?: string;
  value: LocalizedText | undefined;
  onChange: (next: LocalizedText | undefined) => void;
  /** A text that may be left blank in both languages (help, description…). */
  optional?: boolean;
  /** A text of several paragraphs (introduction, notice); others are one line that wraps to show it all. */
  multiline?: boolean;
  /** Options, rows and scale points: one line each under shared column headings (ColumnHeads), the missing-English hint left to the list. */
  compact?: boolean;
  /** Called with the input's element when French gets focus (the question card opens the preview on its page). */
  onFocus?: () => void;
  /** Wording that may not change (a validated questionnaire's, once answered). */
  locked?: boolean;
};

/** One-line texts have no line breaks: Enter does nothing, pasted ones become spaces. */
const oneLine = (value: string) => value.replace(/\r?\n/g, ' ');

/**
 * A text in French and English side by side (stacked on phones). French is required unless the whole
 * text is optional; English is always optional, with a hint while it is missing. Each input is named
 * « <label>, Français » for screen readers; its problems show right above it. One-line texts are
 * text areas that grow with their text, so a long label is read whole rather than cut at the edge.
 */
export function BilingualField({
  fieldKey,
  label,
  help,
  value,
  onChange,
  optional = false,
  multiline = false,
  compact = false,
  onFocus,
  locked = false,
}: Props) {
  const text = useText(editorText);
  const base = domId(fieldKey);
  const look = useEditorLook();
  const helpId = help ? fieldIds(base, look).hintId : undefined;
  const hintId = `${base}-en-hint`;
  const exampleId = `${base}-example`;
  const showHint = !compact && missingEnglish(value);
  const errors = { fr: useFieldErrors(fieldKey, 'fr'), en: useFieldErrors(fieldKey, 'en') };
  const { readOnly, placeholders } = useEditor();
  const lock: Lock = { locked, reasonId: LOCK_REASON_ID };
  const example = placeholders.has(fieldKey);

  const side = (lang: Lang) => {
    const id = domId(fieldKey, lang);
    const { errorId } = fieldIds(id, look);
    const invalid = errors[lang].length > 0;
    const attributes = {
      id,
      lang,
      class: multiline ? 'input ed-textarea' : 'input ed-one-line',
      rows: multiline ? 3 : 1,
      value: (lang === 'fr' ? value?.fr : value?.en) ?? '',
      readOnly: readOnly || lock.locked,
      'aria-invalid': invalid || undefined,
      'aria-required': (lang === 'fr' && !optional) || undefined,
      'aria-describedby': describedBy(invalid && errorId, lang === 'fr' && example && exampleId, helpId, lang === 'en' && showHint && hintId, lockedBy(lock)),
      onInput: (event: Event) => {
        const typed = (event.currentTarget as HTMLTextAreaElement).value;
        onChange(withText(value, lang, multiline ? typed : oneLine(typed), optional));
      },
      onKeyDown: multiline ? undefined : (event: KeyboardEvent) => event.key === 'Enter' && event.preventDefault(),
      onFocus,
    };
    const required = lang === 'fr' && !optional;
    return (
      <LangSide
        id={id}
        field={label}
        language={lang === 'fr' ? text.french : text.english}
        mark={required ? text.requiredMark : text.optionalMark}
        errors={errors[lang]}
        look={look}
      >
        <textarea {...attributes} />
        {lang === 'fr' && example && (
          <p id={exampleId} class="ed-example">
            {compact ? text.exampleShort : text.exampleToReplace}
          </p>
        )}
        {lang === 'en' && showHint && (
          <p id={hintId} class="ed-hint">
            {text.missingEnglish}
          </p>
        )}
      </LangSide>
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
        <FieldHint id={helpId} class={look.hint}>
          {help}
        </FieldHint>
      )}
      <BilingualPair look={look} side={side} />
    </div>
  );
}
