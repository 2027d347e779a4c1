import type { ComponentChildren } from 'preact';
import type { Lang } from '../../../schema/lang.ts';
import { ErrorList } from './ErrorList.tsx';
import { fieldIds, type FieldLook } from './fieldLook.ts';

/** What a bilingual pair's parts wear, beside a field's own parts. */
export type BilingualLook = FieldLook & { sides: string; side: string; sideLabel: string; mark: string };

/** A text's French and English controls side by side (the look stacks them when narrow), French first. */
export function BilingualPair({ look, side }: { look: BilingualLook; side: (lang: Lang) => ComponentChildren }) {
  return (
    <div class={look.sides}>
      {side('fr')}
      {side('en')}
    </div>
  );
}

type SideProps = {
  /** The control's id: its label points at it, its error list is `${id}-error`. */
  id: string;
  /** The whole field's name: each control is named « <field>, <language> » for screen readers. */
  field: string;
  language: string;
  /** « obligatoire » or « facultatif ». */
  mark: string;
  errors: readonly string[];
  look: BilingualLook;
  /** The control, then what is said under it. */
  children: ComponentChildren;
};

/** One language of a bilingual pair: its label, its problems right above its control. */
export function LangSide({ id, field, language, mark, errors, look, children }: SideProps) {
  return (
    <div class={look.side}>
      <label for={id} class={look.sideLabel}>
        <span class="sr-only">{field}, </span>
        <span>{language}</span> <span class={look.mark}>({mark})</span>
      </label>
      <ErrorList id={fieldIds(id, look).errorId} messages={errors} class={look.error} prefix={look.errorPrefix} />
      {children}
    </div>
  );
}
