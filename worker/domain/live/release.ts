/**
 * While a question is open, what screens show moves only after at least k new or changed votes
 * since the last release, so nobody can read one person's vote off the projector by watching the
 * bars move as that person taps. Locking or closing releases the final tally at once.
 */
export function noteChange(pending: number, k: number): { pending: number; release: boolean } {
  const next = pending + 1;
  return next >= k ? { pending: 0, release: true } : { pending: next, release: false };
}
