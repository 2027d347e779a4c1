import { useText } from '../../../shared/i18n/lang.ts';
import { editorText } from '../text.ts';
import type { SaveStatus } from '../useAutosave.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

type Props = { status: SaveStatus; problems: number; onStay: () => void; onLeave: () => void };

/** « Quitter sans enregistrer ? »: why the last changes are not saved, and staying as the first choice. */
export function LeaveDialog({ status, problems, onStay, onLeave }: Props) {
  const text = useText(editorText);
  const why =
    problems > 0
      ? text.leaveInvalid(problems)
      : status.kind === 'conflict'
        ? text.leaveConflict
        : status.kind === 'refused'
          ? text.leaveRefused(status.message)
          : text.leaveOffline;
  return (
    <ConfirmDialog id="ed-leave-dialog" title={text.leaveTitle} confirmLabel={text.leave} cancelLabel={text.stay} danger onConfirm={onLeave} onCancel={onStay}>
      <p>{why}</p>
      <p>{text.leaveLost}</p>
    </ConfirmDialog>
  );
}
