import type { BilingualLook } from '../../ui/BilingualPair.tsx';

/** The editor's fields wear their own classes (fields.css) and call their hint `${id}-help`. */
export const editorLook: BilingualLook = {
  label: 'ed-label',
  hint: 'ed-help',
  error: 'ed-error',
  hintTag: 'p',
  hintSuffix: 'help',
  sides: 'ed-sides',
  side: 'ed-side',
  sideLabel: 'ed-side-label',
  mark: 'ed-mark',
};
