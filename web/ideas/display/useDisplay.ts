import { useEffect, useState } from 'preact/hooks';
import type { BoxDisplay } from '../../../schema/ideas.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { fetchDisplay } from '../api.ts';
import type { BoxAddress } from '../paths.ts';

/** The contract's pace: a support shows on the screen within 2 s. */
export const POLL_MS = 1000;

export type DisplayState = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ok'; display: BoxDisplay; offline: boolean };

/**
 * What the waiting-room screen shows, polled every second with If-None-Match (304 while nothing
 * changed). One loop: each request waits for the previous one, the next is scheduled only then, and
 * unmounting stops it (timer cleared, request aborted). Only the latest display is kept, so a screen
 * that runs for days holds the same amount of memory.
 */
export function useDisplay(address: BoxAddress, lang: Lang): DisplayState {
  const [state, setState] = useState<DisplayState>({ kind: 'loading' });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let etag: string | null = null;
    let version = '';
    const offline = (value: boolean) => setState((prev) => (prev.kind === 'ok' && prev.offline !== value ? { ...prev, offline: value } : prev));
    const tick = async () => {
      controller = new AbortController();
      try {
        const response = await fetchDisplay(address, lang, etag, controller.signal);
        if (response.status === 200) {
          const display = (await response.json()) as BoxDisplay;
          etag = response.headers.get('ETag');
          if (!stopped && display.version !== version) {
            version = display.version;
            setState({ kind: 'ok', display, offline: false });
          } else offline(false);
        } else if (response.status === 304) offline(false);
        else if (response.status === 404) setState({ kind: 'missing' });
        else offline(true);
      } catch {
        if (!stopped) offline(true);
      }
      if (!stopped) timer = setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
    };
  }, [address.slug, address.key, lang]);
  return state;
}
