import type { PublicStatus } from '../../schema/ideas.ts';
import { useText } from '../shared/i18n/lang.ts';
import { ideasText } from './text.ts';

/** « À l’étude », « Retenue »…: a word, the colour only repeats it. */
export function StatusTag({ status }: { status: PublicStatus }) {
  const text = useText(ideasText);
  return (
    <span class={`status-tag status-${status}`} data-status={status}>
      {text.status[status]}
    </span>
  );
}
