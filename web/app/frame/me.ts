import { useEffect, useState } from 'preact/hooks';
import type { Me } from '../../../schema/accounts.ts';
import { apiFor } from '../../shared/api/client.ts';
import { readStored, writeStored } from '../../shared/storage.ts';
import { useLang } from '../../shared/i18n/lang.ts';
import { navigate } from './router.tsx';

/**
 * The signed-in coordinator, loaded once per page load and shared by every screen. Pages that change it
 * (sign-in, setup, accepting an invitation, a new organisation) hand the fresh value to `setMe`.
 */
let current: Me | null = null;
let pending: Promise<Me | null> | null = null;
const listeners = new Set<(me: Me | null) => void>();

export function setMe(me: Me | null): void {
  current = me;
  pending = null;
  for (const listener of listeners) listener(me);
}

/** Forgets the cached account (after sign-out), so the next `useMe()` asks the server again. */
export function forgetMe(): void {
  current = null;
  pending = null;
}

/**
 * Sends the person to sign in, remembering where they were. Several calls may find the session gone at
 * once: only the first moves (the others would lose the way back).
 */
export function goToLogin(): void {
  if (location.pathname === '/login') return;
  forgetMe();
  navigate(loginPathFor(location.pathname), { replace: true });
}

/** Where to come back to after signing in: kept in the query string of /login. */
export function loginPathFor(path: string): string {
  return path.startsWith('/app') || path.startsWith('/invite/') ? `/login?next=${encodeURIComponent(path)}` : '/login';
}

async function fetchMe(lang: 'fr' | 'en'): Promise<Me | null> {
  const response = await apiFor(lang).auth.me.$get();
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`GET /api/auth/me: ${response.status}`);
  return (await response.json()) as Me;
}

export type MeState = { me: Me | null; failed: boolean; retry: () => void };

/**
 * The signed-in `Me` (null while it loads). Without a session it sends the person to /login, which brings
 * them back here once signed in. `useMeState` also says whether the server could not be reached.
 */
export function useMeState(): MeState {
  const lang = useLang();
  const [me, setLocal] = useState<Me | null>(current);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    listeners.add(setLocal);
    // The account may have arrived between the first render and this subscription.
    if (current) setLocal(current);
    return () => void listeners.delete(setLocal);
  }, []);
  useEffect(() => {
    if (current) return;
    setFailed(false);
    pending ??= fetchMe(lang);
    pending.then(
      (loaded) => {
        if (loaded) setMe(loaded);
        else {
          pending = null;
          goToLogin();
        }
      },
      () => {
        pending = null;
        setFailed(true);
      },
    );
  }, [attempt]);
  return { me, failed, retry: () => setAttempt((n) => n + 1) };
}

export function useMe(): Me | null {
  return useMeState().me;
}

const ORG_KEY = 'pouls:org';

/** The organisation shown by /app: the one named in the path, else the last one opened here, else the first. */
export function currentOrganisation(me: Me, orgId?: string): Me['organisations'][number] | null {
  const wanted = orgId ?? readStored(ORG_KEY);
  return me.organisations.find((org) => org.id === wanted) ?? (orgId ? null : (me.organisations[0] ?? null));
}

export function rememberOrganisation(orgId: string): void {
  writeStored(ORG_KEY, orgId);
}
