/** The ids a control's aria-describedby lists, without the absent ones; none at all leaves the attribute out. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
