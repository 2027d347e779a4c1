/**
 * What a field's parts wear: the app's forms (forms.css) or the survey editor's (editor/fields/fields.css).
 * The hint's id ends with `hintSuffix`, so a control points at `${id}-${hintSuffix}` and `${id}-error`.
 */
export type FieldLook = {
  label: string;
  hint: string;
  error: string;
  /** `div` where a hint may hold paragraphs of its own. */
  hintTag: 'p' | 'div';
  hintSuffix: string;
  /** Read before the problems where the texts around have their own typography; the common « Erreur : » otherwise. */
  errorPrefix?: string;
};

/** The coordinators' forms. */
export const formLook: FieldLook = { label: 'field-label', hint: 'field-hint', error: 'field-error', hintTag: 'div', hintSuffix: 'hint' };

/** The ids of a control's hint and error list, for its aria-describedby. */
export function fieldIds(id: string, look: FieldLook): { hintId: string; errorId: string } {
  return { hintId: `${id}-${look.hintSuffix}`, errorId: `${id}-error` };
}
