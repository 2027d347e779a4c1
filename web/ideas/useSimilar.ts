import { useEffect, useState } from 'preact/hooks';
import type { IdeaPublic } from '../../schema/ideas.ts';
import type { Lang } from '../shared/i18n/lang.ts';
import { findSimilar } from './api.ts';
import type { BoxAddress } from './paths.ts';

/** Waits this long after the last key press: one request per pause in typing, not per letter. */
const PAUSE_MS = 400;
/** Shorter texts match too much to help. */
const MIN_LENGTH = 4;
const SHOWN = 3;

/** Published ideas close to the text being typed (and its theme, once chosen); none while it is short. */
export function useSimilar(address: BoxAddress, lang: Lang, text: string, theme: string | null): IdeaPublic[] {
  const [ideas, setIdeas] = useState<IdeaPublic[]>([]);
  const query = text.trim();
  useEffect(() => {
    if (query.length < MIN_LENGTH) {
      setIdeas([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const found = await findSimilar(address, lang, query, theme, controller.signal);
      // A failed look-up is not worth a message: the person can still send their idea.
      if (found.ok && !controller.signal.aborted) setIdeas(found.data.ideas.slice(0, SHOWN));
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, theme, address.slug, lang]);
  return ideas;
}
