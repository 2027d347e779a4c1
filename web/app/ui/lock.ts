/** A control that stays shown but may not change now, and the id of the text that says why (read with the control). */
export type Lock = { locked: boolean; reasonId: string };

/** The reason's id while locked, for the control's aria-describedby. */
export function lockedBy(lock: Lock | undefined): string | undefined {
  return lock?.locked ? lock.reasonId : undefined;
}
