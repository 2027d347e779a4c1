import * as v from 'valibot';
import type { ArchiveImport, OrganisationArchive } from '../../schema/archive.ts';
import { BoxInput } from '../../schema/ideas.ts';
import type { Lang } from '../../schema/lang.ts';
import { LiveSessionInput } from '../../schema/live.ts';
import { toErrorItems, type ErrorItem } from '../../schema/messages.ts';
import { SurveyInput } from '../../schema/survey.ts';
import { insertOrganisationArchive, takenJoinCodes, takenSlugs, type ArchiveToInsert } from '../db/archive.ts';
import type { Db } from '../db/client.ts';
import { newMemberKey, newSearchId } from '../domain/ideas/codes.ts';
import { newJoinCode, randomFrom } from '../domain/live/codes.ts';

/**
 * Each definition checked as the editors check them (a definition that would not pass them would fail
 * later, when shown): the issues, each with its full path (`surveys.0.definition.pages.1.title`).
 */
export function archiveDefinitionIssues(archive: OrganisationArchive, lang: Lang): ErrorItem[] {
  const issues = (schema: v.GenericSchema, value: unknown, path: string) => {
    const parsed = v.safeParse(schema, value, { lang });
    return parsed.success
      ? []
      : toErrorItems(parsed.issues, path).map((e) => ({ ...e, path: e.path.replace(`${path}.slug`, path.replace(/definition$/, 'slug')) }));
  };
  return [
    ...archive.surveys.flatMap((s, i) => issues(SurveyInput, { ...s.definition, slug: s.slug }, `surveys.${i}.definition`)),
    ...archive.liveSessions.flatMap((l, i) => issues(LiveSessionInput, l.definition, `liveSessions.${i}.definition`)),
    ...archive.ideaBoxes.flatMap((b, i) => issues(BoxInput, { ...b.definition, slug: b.slug }, `ideaBoxes.${i}.definition`)),
  ];
}

/** A slug already used on this instance gets a random suffix; one free is kept, so links keep their address when moving. */
function freeSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  while (taken.has(candidate)) candidate = `${slug.slice(0, 57)}-${randomFrom('abcdefghijklmnopqrstuvwxyz0123456789', 6)}`;
  taken.add(candidate);
  return candidate;
}

/**
 * Imports an archive as a new organisation owned by `ownerId`, all or nothing. Every id is new (an
 * archive can be imported twice, or into the instance it came from); slugs are kept when free. What
 * came without its raw data is settled: open surveys are closed (on their closing day or today) and
 * marked purged, since their responses stayed behind; live sessions are closed; members' boxes get a
 * new key (their old links came from another instance). Accounts are not created: the archive's
 * members are returned, to invite again.
 */
export async function importOrganisationArchive(db: Db, archive: OrganisationArchive, ownerId: string, today: string): Promise<ArchiveImport> {
  const slugs = await takenSlugs(db, [...archive.surveys.map((s) => s.slug), ...archive.ideaBoxes.map((b) => b.slug)]);
  const codes = archive.liveSessions.map(() => newJoinCode());
  const usedCodes = await takenJoinCodes(db, codes);
  const organisationId = crypto.randomUUID();
  const toInsert: ArchiveToInsert = {
    organisation: {
      id: organisationId,
      name: archive.organisation.name,
      releaseHour: archive.organisation.releaseHour,
      createdAt: archive.organisation.createdAt,
      ownerId,
    },
    surveys: archive.surveys.map((s) => {
      const closed = s.status === 'draft' ? null : (s.closedOn ?? today);
      return {
        ...s,
        id: crypto.randomUUID(),
        slug: freeSlug(s.slug, slugs),
        organisationId,
        status: s.status === 'draft' ? 'draft' : 'closed',
        closedOn: closed,
        purgedOn: s.status === 'draft' ? null : (s.purgedOn ?? today),
      };
    }),
    liveSessions: archive.liveSessions.map((l, i) => ({
      ...l,
      id: crypto.randomUUID(),
      joinCode: usedCodes.has(codes[i]!) ? newJoinCode() : codes[i]!,
      status: l.status === 'draft' ? 'draft' : 'closed',
      endedOn: l.status === 'draft' ? null : (l.endedOn ?? today),
    })),
    ideaBoxes: archive.ideaBoxes.map((b) => ({
      ...b,
      id: crypto.randomUUID(),
      slug: freeSlug(b.slug, slugs),
      memberKey: b.definition.audience === 'members' ? newMemberKey() : null,
      ideas: b.ideas.map((idea) => ({ ...idea, id: crypto.randomUUID(), searchId: newSearchId() })),
    })),
  };
  await insertOrganisationArchive(db, toInsert);
  return {
    id: organisationId,
    name: archive.organisation.name,
    role: 'owner',
    surveys: archive.surveys.length,
    liveSessions: archive.liveSessions.length,
    ideaBoxes: archive.ideaBoxes.length,
    membersToInvite: archive.members,
  };
}
