import type { Lang } from '../../../schema/lang.ts';
import type { ErrorItem } from '../../../schema/messages.ts';
import type { SurveyInput, SurveyStatus } from '../../../schema/survey.ts';
import type { Api } from '../../shared/api/client.ts';
import { attempt } from '../api.ts';

/** The survey as the editor gets it: its definition, and what the server says about it (`version` is its ETag). */
export type EditedSurvey = SurveyInput & { id: string; status: SurveyStatus; version: number };

/** What the survey list says about a survey: whether it was ever answered (its structure is then frozen), and archived. */
export type SurveyFacts = { answered: boolean; archived: boolean };

export type Loaded = { kind: 'ok'; survey: EditedSurvey; facts: SurveyFacts } | { kind: 'missing' } | { kind: 'failed' };

/** The version from `ETag: "<version>"`, else the one in the body. */
function versionOf(etag: string | null, fallback: number): number {
  const match = etag && /^(?:W\/)?"?(\d+)"?$/.exec(etag);
  return match ? Number(match[1]) : fallback;
}

/** The survey (GET), with the version its ETag names (every save sends it back in `If-Match`), and its facts. */
export async function loadSurvey(api: Api, orgId: string, id: string, lang: Lang): Promise<Loaded> {
  let response;
  let facts;
  try {
    [response, facts] = await Promise.all([api.orgs[':orgId'].surveys[':id'].$get({ param: { orgId, id } }), loadFacts(api, orgId, id)]);
  } catch {
    return { kind: 'failed' };
  }
  if (response.status === 404 || response.status === 403) return { kind: 'missing' };
  if (!response.ok) {
    // A 401 sends the person to sign in (and back here afterwards).
    if (response.status === 401) await attempt(Promise.resolve(response), lang);
    return { kind: 'failed' };
  }
  const body = (await response.json()) as EditedSurvey;
  // Unknown (the list could not be read): a published survey is taken as answered, so nothing is offered that a save would refuse.
  const known = facts ?? { answered: body.status !== 'draft', archived: false };
  return { kind: 'ok', survey: { ...body, version: versionOf(response.headers.get('ETag'), body.version) }, facts: known };
}

/** What the survey itself does not carry, from the survey list; null when it cannot be read. */
async function loadFacts(api: Api, orgId: string, id: string): Promise<SurveyFacts | null> {
  try {
    const response = await api.orgs[':orgId'].surveys.$get({ param: { orgId } });
    if (!response.ok) return null;
    const entry = (await response.json()).surveys.find((s) => s.id === id);
    // Viewers are not told (they only read): a published survey is then taken as answered.
    return entry ? { answered: entry.answered ?? entry.status !== 'draft', archived: entry.archived } : null;
  } catch {
    return null;
  }
}

/** The wording edits made after responses (who, when, which texts), newest first; null when they cannot be read. */
export type WordingEdit = { version: number; editedAt: string; editedBy: string; changes: string[] };

export async function loadHistory(api: Api, orgId: string, id: string): Promise<WordingEdit[] | null> {
  try {
    const response = await api.orgs[':orgId'].surveys[':id'].history.$get({ param: { orgId, id } });
    return response.ok ? (await response.json()).edits : null;
  } catch {
    return null;
  }
}

export type SaveResult =
  | { kind: 'saved'; version: number }
  /** 412: someone saved another version since ours. */
  | { kind: 'conflict' }
  /** 422 (or a slug already taken): problems with paths. */
  | { kind: 'invalid'; errors: ErrorItem[] }
  /** 409: responses exist, and the change touches what they froze. */
  | { kind: 'refused'; message: string }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string };

/** PUT with `If-Match`, so a concurrent edit is refused rather than overwritten. */
export async function saveDefinition(
  api: Api,
  orgId: string,
  id: string,
  definition: SurveyInput,
  version: number,
  lang: Lang,
  keepalive = false,
): Promise<SaveResult> {
  const outcome = await attempt(
    api.orgs[':orgId'].surveys[':id'].$put(
      { param: { orgId, id }, json: definition },
      { headers: { 'If-Match': `"${version}"` }, ...(keepalive ? { init: { keepalive: true } } : {}) },
    ),
    lang,
  );
  if (outcome.ok) return { kind: 'saved', version: outcome.data.version };
  const message = outcome.errors.map((e) => e.message).join(' ');
  switch (outcome.status) {
    case 0:
      return { kind: 'offline' };
    case 412:
      return { kind: 'conflict' };
    case 422:
      return { kind: 'invalid', errors: outcome.errors };
    case 409:
      return outcome.errors.some((e) => e.path === 'slug') ? { kind: 'invalid', errors: outcome.errors } : { kind: 'refused', message };
    default:
      return { kind: 'failed', message };
  }
}

export type LifecycleAction = 'publish' | 'close' | 'archive' | 'unarchive';

export type LifecycleResult = { ok: true; status?: SurveyStatus; version?: number; archived?: boolean } | { ok: false; message: string };

/** Publish (or reopen), close, archive, unarchive. Publishing and closing change the version. */
export async function runLifecycle(api: Api, orgId: string, id: string, action: LifecycleAction, lang: Lang): Promise<LifecycleResult> {
  const param = { orgId, id };
  const survey = api.orgs[':orgId'].surveys[':id'];
  if (action === 'archive' || action === 'unarchive') {
    const outcome = action === 'archive' ? await attempt(survey.archive.$post({ param }), lang) : await attempt(survey.unarchive.$post({ param }), lang);
    return outcome.ok ? { ok: true, archived: outcome.data.archived } : { ok: false, message: outcome.errors.map((e) => e.message).join(' ') };
  }
  const outcome = action === 'publish' ? await attempt(survey.publish.$post({ param }), lang) : await attempt(survey.close.$post({ param }), lang);
  return outcome.ok
    ? { ok: true, status: outcome.data.status, version: outcome.data.version }
    : { ok: false, message: outcome.errors.map((e) => e.message).join(' ') };
}
