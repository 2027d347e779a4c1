import type { IdeaModeration, LiveControl, LiveParticipantState, LiveSessionAdmin, LiveSessionInput, LiveSessionSummary } from '../../../schema/live.ts';
import type { ErrorItem } from '../../../schema/messages.ts';
import type { InferInput } from 'valibot';
import type { Lang } from '../../shared/i18n/lang.ts';
import type { Outcome } from '../api.ts';
import { goToLogin } from '../frame/me.ts';

/**
 * The organiser's live-workshop API (schema/live.ts). Plain fetch with the same outcome shape as
 * `attempt()` (web/app/api.ts): the live routes are typed by the contract, and this keeps the console
 * independent of the order in which the worker's routes land.
 */
const unreachable = {
  fr: 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
  en: 'The server does not answer. Check your connection, then try again.',
};
const unexpected = { fr: 'Une erreur inattendue est survenue. Réessayez dans un instant.', en: 'Something unexpected went wrong. Try again in a moment.' };

async function call<T>(lang: Lang, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { 'Accept-Language': lang, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, status: 0, errors: [{ path: '$', message: unreachable[lang] }] };
  }
  if (response.ok) return { ok: true, status: response.status, data: (await response.json().catch(() => null)) as T };
  if (response.status === 401) goToLogin();
  let errors: ErrorItem[] = [];
  try {
    const parsed = (await response.json()) as { errors?: ErrorItem[] };
    if (Array.isArray(parsed.errors)) errors = parsed.errors;
  } catch {
    // not JSON
  }
  return { ok: false, status: response.status, errors: errors.length ? errors : [{ path: '$', message: unexpected[lang] }] };
}

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/live`;
const one = (orgId: string, sessionId: string) => `${base(orgId)}/${encodeURIComponent(sessionId)}`;

/** What the editor sends: numbers may still be NaN (the API names the field). */
/** A message for the live list to announce once it shows (« Atelier … supprimé. » after a deletion), read once. */
let notice = '';
export const listNotice = {
  set: (message: string) => void (notice = message),
  take: (): string => {
    const message = notice;
    notice = '';
    return message;
  },
};

export type SessionInput = InferInput<typeof LiveSessionInput>;

export const liveApi = {
  list: (lang: Lang, orgId: string) => call<{ sessions: LiveSessionSummary[] }>(lang, 'GET', base(orgId)),
  create: (lang: Lang, orgId: string, input: SessionInput) => call<LiveSessionAdmin>(lang, 'POST', base(orgId), input),
  get: (lang: Lang, orgId: string, sessionId: string) => call<LiveSessionAdmin>(lang, 'GET', one(orgId, sessionId)),
  update: (lang: Lang, orgId: string, sessionId: string, version: number, input: SessionInput) =>
    call<LiveSessionAdmin>(lang, 'PUT', one(orgId, sessionId), input, { 'If-Match': String(version) }),
  start: (lang: Lang, orgId: string, sessionId: string) => call<LiveSessionAdmin>(lang, 'POST', `${one(orgId, sessionId)}/start`, {}),
  end: (lang: Lang, orgId: string, sessionId: string) => call<LiveSessionAdmin>(lang, 'POST', `${one(orgId, sessionId)}/end`, {}),
  control: (lang: Lang, orgId: string, sessionId: string, questionId: string, action: LiveControl['action']) =>
    call<LiveSessionAdmin>(lang, 'POST', `${one(orgId, sessionId)}/questions/${encodeURIComponent(questionId)}/control`, { action }),
  moderate: (lang: Lang, orgId: string, sessionId: string, ideaId: string, action: InferInput<typeof IdeaModeration>['action']) =>
    call<LiveSessionAdmin>(lang, 'POST', `${one(orgId, sessionId)}/ideas/${encodeURIComponent(ideaId)}/moderate`, { action }),
  cards: (lang: Lang, orgId: string, sessionId: string, count: number, college?: string) =>
    call<{ cards: string[] }>(lang, 'POST', `${one(orgId, sessionId)}/cards`, college ? { count, college } : { count }),
  /** The public view of a session (what phones and the projector show), by its join code. */
  publicState: (lang: Lang, code: string) => call<LiveParticipantState>(lang, 'GET', `/api/live/join/${encodeURIComponent(code)}`),
  /** Deletes the session with all its data (editor); its open screens are closed with code 4404. */
  remove: (lang: Lang, orgId: string, sessionId: string) => call<null>(lang, 'DELETE', one(orgId, sessionId)),
  exportUrl: (orgId: string, sessionId: string) => `${one(orgId, sessionId)}/export.csv`,
  socketPath: (orgId: string, sessionId: string) => `${one(orgId, sessionId)}/socket`,
};
