import { useEffect } from 'preact/hooks';

/** « <what> – Pouls »: the tab title is the first thing a screen reader reads on each screen. */
export function useDocumentTitle(what: string | null): void {
  useEffect(() => {
    document.title = what ? `${what} – Pouls` : 'Pouls';
  }, [what]);
}
