import { useText } from '../../../shared/i18n/lang.ts';
import type { BilingualLook } from '../../ui/BilingualPair.tsx';
import { editorText } from '../text.ts';

const classes: BilingualLook = {
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

/** The editor's fields wear their own classes (fields.css), call their hint `${id}-help` and introduce problems in the editor's typography. */
export function useEditorLook(): BilingualLook {
  return { ...classes, errorPrefix: useText(editorText).errorPrefix };
}
