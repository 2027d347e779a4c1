/**
 * The definition a respondent's page starts from, built once per isolate and survey version: the
 * organisation's name and both privacy notices are written here rather than in the page, so the
 * respondent's bundle stays small, and memoised so a repeat costs one D1 read and no rebuilding.
 */
import type { StoredSurvey } from '../db/surveys.ts';
import { sha256Hex } from '../domain/secrets.ts';
import type { Lang } from '../../schema/lang.ts';
import { asksForCodes } from '../../schema/participation.ts';
import { privacyNotice, type PrivacyNotice } from '../../schema/privacy.ts';

/** The definition a respondent sees, with who runs it and its privacy notice in both languages: drafts stay invisible. */
export type PublicSurvey = Omit<StoredSurvey, 'version'> & {
  organisation: { name: string } | null;
  privacy: Record<Lang, PrivacyNotice>;
};

/** A strong validator: the version, and a hash of the very bytes served (a new deploy that rewords the notice changes it). */
export type PublicDefinition = { survey: PublicSurvey; etag: string };

const built = new Map<string, PublicDefinition>();
/** Enough for every open survey of an instance; the oldest entry goes first past it. */
const MAX_BUILT = 200;

export async function publicDefinition(stored: StoredSurvey, organisationName: string | null): Promise<PublicDefinition> {
  // Closing or editing a survey bumps its version; renaming the organisation changes the name.
  const key = `${stored.id}\u0000${stored.version}\u0000${organisationName ?? ''}`;
  const known = built.get(key);
  if (known) return known;
  const { version, ...definition } = stored;
  const runBy = organisationName ?? 'Pouls';
  const survey: PublicSurvey = {
    ...definition,
    // Whether a code is asked for is settled here, so the respondent's page needs no instrument data.
    settings: { ...definition.settings, participationCodes: asksForCodes(definition) },
    organisation: organisationName === null ? null : { name: organisationName },
    privacy: { fr: privacyNotice(definition, runBy, 'fr'), en: privacyNotice(definition, runBy, 'en') },
  };
  const entry = { survey, etag: `"${version}-${(await sha256Hex(JSON.stringify(survey))).slice(0, 32)}"` };
  if (built.size >= MAX_BUILT) built.delete(built.keys().next().value!);
  built.set(key, entry);
  return entry;
}

/** Whether an If-None-Match header names `etag` (a list, or `*`); weak forms match too, as RFC 9110 asks for GET. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
