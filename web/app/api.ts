import type { ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import { useMemo } from 'preact/hooks';
import type { ErrorItem } from '../../schema/messages.ts';
import { apiFor, errorsOf } from '../shared/api/client.ts';
import { useLang, type Lang } from '../shared/i18n/lang.ts';
import { goToLogin } from './frame/me.ts';

/** The typed API client in the page's language. */
export function useApi() {
  const lang = useLang();
  return useMemo(() => apiFor(lang), [lang]);
}

type SuccessData<R> = R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

/** What a call gave: the body of a success, or the API's `{errors}` (status 0 when the server could not be reached). */
export type Outcome<T> = { ok: true; status: number; data: T } | { ok: false; status: number; errors: ErrorItem[] };

const unreachable = {
  fr: 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
  en: 'The server does not answer. Check your connection, then try again.',
};
const unexpected = {
  fr: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
  en: 'Something unexpected went wrong. Try again in a moment.',
};

/**
 * Awaits one `hc` call and reads its body. A 401 on a signed-in page means the session ended: the
 * person is sent to sign in, and brought back afterwards.
 */
export async function attempt<R extends ClientResponse<unknown, number, any>>(
  request: Promise<R>,
  lang: Lang,
  options: { signedIn?: boolean } = {},
): Promise<Outcome<SuccessData<R>>> {
  let response: R;
  try {
    response = await request;
  } catch {
    return { ok: false, status: 0, errors: [{ path: '$', message: unreachable[lang] }] };
  }
  if (response.ok) {
    const isJson = response.status !== 204 && (response.headers.get('Content-Type') ?? '').includes('json');
    return { ok: true, status: response.status, data: (isJson ? await response.json() : null) as SuccessData<R> };
  }
  if (response.status === 401 && options.signedIn !== false) goToLogin();
  const errors = await errorsOf(response as unknown as Response);
  return { ok: false, status: response.status, errors: errors.length ? errors : [{ path: '$', message: unexpected[lang] }] };
}

/** All messages of a failed outcome, in one sentence. */
export function messageOf(outcome: { errors: ErrorItem[] }): string {
  return outcome.errors.map((e) => e.message).join(' · ');
}

/** The message about one field (`path`), if any. */
export function fieldError(errors: ErrorItem[], ...paths: string[]): string | undefined {
  const found = errors.filter((e) => paths.some((p) => e.path === p || e.path.startsWith(`${p}.`)));
  return found.length ? found.map((e) => e.message).join(' · ') : undefined;
}
