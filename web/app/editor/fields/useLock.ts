import type { Lock } from '../../ui/lock.ts';
import { LOCK_REASON_ID, useEditor } from '../context.ts';

/** Whether a field is read only now: wording for a role that only reads, a setting also once answered (structureLocked); the reason is EditNotice's. */
export function useLock(kind: 'wording' | 'structure'): Lock {
  const { readOnly, structureLocked } = useEditor();
  return { locked: kind === 'wording' ? readOnly : structureLocked, reasonId: LOCK_REASON_ID };
}
