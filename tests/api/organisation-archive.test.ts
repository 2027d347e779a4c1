import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ArchiveImport, OrganisationArchive } from '../../schema/archive.ts';
import type { SurveyResults } from '../../schema/results.ts';
import { account, call, createSurvey, demoAnswers, postJson, release, submit, surveyPath, type Account, type ErrorBody } from './helpers.ts';
import { createBox, publishedIdea, moderate, supportAll, tokens } from './ideas-helpers.ts';
import { control, liveSession, newToken, vote } from './live-helpers.ts';

const IP = '203.0.113.42';

async function exportArchive(owner: Account): Promise<{ response: Response; text: string }> {
  const response = await call(`/api/orgs/${owner.organisationId}/archive.json`, { headers: owner.headers });
  return { response, text: await response.text() };
}

const results = async (surveyId: string, owner: Account) =>
  (await call(surveyPath({ id: surveyId, owner }, '/results'), { headers: owner.headers })).json() as Promise<SurveyResults>;

/** An organisation with a released survey, a live session with shown results, an idea box with an answered idea, and a team. */
async function seededOrganisation() {
  const owner = await account('owner');
  const editor = await account('editor', owner.organisationId);
  const survey = await createSurvey({ settings: { k: 3, resultsVisibility: 'private' } }, true, owner);
  for (let i = 0; i < 6; i++)
    expect((await submit(survey.slug, demoAnswers({ comments: `texte libre ${i}` }), undefined, { 'CF-Connecting-IP': IP })).status).toBe(201);
  expect(await release(survey.id)).toBe(1);
  const live = await liveSession(undefined, true, owner);
  await control(live, 'q1', 'open');
  for (const value of ['a', 'a', 'b']) expect((await vote(live, newToken(), { questionId: 'q1', value }, { 'CF-Connecting-IP': IP })).ok).toBe(true);
  expect((await control(live, 'q1', 'lock')).status).toBe(200);
  expect((await control(live, 'q1', 'reveal')).status).toBe(200);
  const box = await createBox({}, owner);
  const idea = await publishedIdea(box, 'Un créneau sans rendez-vous le samedi');
  await supportAll(box, idea, tokens(4));
  expect((await moderate(box, idea, { action: 'status', status: 'retained', answer: { fr: 'Essai en janvier' } })).status).toBe(200);
  return { owner, editor, survey, live, box };
}

describe('organisation archive', () => {
  it('exports everything designed and published, nothing secret, and imports it as a new organisation with the same figures', async () => {
    const seeded = await seededOrganisation();
    const { response, text } = await exportArchive(seeded.owner);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="pouls-archive-\d{4}-\d{2}-\d{2}\.json"$/);
    const archive = JSON.parse(text) as OrganisationArchive;
    expect(archive).toMatchObject({ format: 'pouls-archive', version: 1 });
    expect(archive.members.map((m) => m.role).sort()).toEqual(['editor', 'owner']);
    expect(archive.surveys).toHaveLength(1);
    expect(archive.surveys[0]!.releases).toHaveLength(1);
    expect(archive.surveys[0]!.publishedCells.length).toBeGreaterThan(0);
    expect(archive.liveSessions[0]!.questions.find((q) => q.questionId === 'q1')!.published).not.toBeNull();
    expect(archive.ideaBoxes[0]!.ideas).toMatchObject([
      { text: 'Un créneau sans rendez-vous le samedi', status: 'retained', supports: 4, answer: { fr: 'Essai en janvier' } },
    ]);

    // Nothing secret or personal beyond the team's names and emails: no hash, token, session, address, raw answer.
    const users = await env.DB.prepare('SELECT password_hash, password_salt FROM users WHERE id IN (?, ?)')
      .bind(seeded.owner.userId, seeded.editor.userId)
      .all<{ password_hash: string; password_salt: string }>();
    for (const u of users.results) {
      expect(text).not.toContain(u.password_hash);
      expect(text).not.toContain(u.password_salt);
    }
    expect(text).not.toContain(seeded.owner.cookie.split('=')[1]);
    expect(text).not.toMatch(/password|token|_hash|receipt|memberKey|member_key|device/i);
    expect(text).not.toContain(IP);
    expect(text).not.toContain('texte libre');
    expect(text).not.toContain(seeded.live.code);

    // The download is in the audit log.
    const audit = (await (await call(`/api/orgs/${seeded.owner.organisationId}/audit`, { headers: seeded.owner.headers })).json()) as {
      events: { action: string; detail: unknown }[];
    };
    expect(audit.events[0]).toMatchObject({ action: 'organisation.exported', detail: { format: 'archive.json', surveys: 1, liveSessions: 1, ideaBoxes: 1 } });

    // Another coordinator imports it: a new organisation they own, the members listed to invite again.
    const importer = await account('owner');
    const imported = await postJson('/api/orgs/archive', archive, importer.headers);
    expect(imported.status, await imported.clone().text()).toBe(201);
    const made = (await imported.json()) as ArchiveImport;
    expect(made).toMatchObject({ name: archive.organisation.name, role: 'owner', surveys: 1, liveSessions: 1, ideaBoxes: 1 });
    expect(made.membersToInvite.map((m) => m.email).sort()).toEqual([seeded.editor.email, seeded.owner.email].sort());
    expect(made.id).not.toBe(seeded.owner.organisationId);
    const newOwner: Account = { ...importer, organisationId: made.id };

    // Its archive is the same as the original's but for new ids, slugs already taken here, and settled statuses.
    const again = JSON.parse((await exportArchive(newOwner)).text) as OrganisationArchive;
    const comparable = (a: OrganisationArchive) => ({
      organisation: a.organisation,
      surveys: a.surveys.map(({ id: _id, slug: _slug, status: _status, closedOn: _closed, purgedOn: _purged, ...s }) => s),
      liveSessions: a.liveSessions.map(({ id: _id, status: _status, endedOn: _ended, ...l }) => l),
      ideaBoxes: a.ideaBoxes.map(({ id: _id, slug: _slug, ...b }) => ({ ...b, ideas: b.ideas.map(({ id: _i, ...i }) => i) })),
    });
    expect(comparable(again)).toEqual(comparable(archive));
    expect(again.members).toEqual([{ name: 'Test owner', email: importer.email, role: 'owner' }]);
    expect(again.surveys[0]).toMatchObject({ status: 'closed', purgedOn: expect.any(String) });
    expect(again.surveys[0]!.slug).not.toBe(archive.surveys[0]!.slug);
    expect(again.liveSessions[0]!.status).toBe('closed');

    // The figures the coordinators see are identical.
    const before = await results(seeded.survey.id, seeded.owner);
    const after = await results(again.surveys[0]!.id, newOwner);
    // Only what tells where the survey is differs: its new address, its status (closed on import), the next release (none).
    const figures = ({ nextReleaseAt: _n, slug: _s, status: _st, ...r }: SurveyResults & { nextReleaseAt?: unknown; slug?: unknown; status?: unknown }) => r;
    expect(figures(after)).toEqual(figures(before));
    expect(before.responses).toBe(6);
    const boxIdeas = await env.DB.prepare('SELECT text, supports, status FROM ideas WHERE box_id = ?').bind(again.ideaBoxes[0]!.id).all();
    expect(boxIdeas.results).toEqual([{ text: 'Un créneau sans rendez-vous le samedi', supports: 4, status: 'retained' }]);
    // On the box's public page, and found by the similar-idea search (its full-text index was rebuilt).
    expect(await (await call(`/api/b/${again.ideaBoxes[0]!.slug}`)).text()).toContain('Un créneau sans rendez-vous le samedi');
    const similar = (await (await call(`/api/b/${again.ideaBoxes[0]!.slug}/similar?q=${encodeURIComponent('créneau samedi')}`)).json()) as {
      ideas: { text: string }[];
    };
    expect(similar.ideas.map((i) => i.text)).toEqual(['Un créneau sans rendez-vous le samedi']);
  });

  it('is for owners only', async () => {
    const owner = await account('owner');
    const editor = await account('editor', owner.organisationId);
    expect((await call(`/api/orgs/${owner.organisationId}/archive.json`, { headers: editor.headers })).status).toBe(403);
    expect((await call(`/api/orgs/${owner.organisationId}/archive.json`)).status).toBe(401);
    expect((await postJson('/api/orgs/archive', {})).status).toBe(401);
  });

  it('refuses a file that is not an archive, or a later version, naming the field in French and English', async () => {
    const owner = await account('owner');
    await createSurvey({}, true, owner);
    const { text } = await exportArchive(owner);
    const archive = JSON.parse(text) as OrganisationArchive;
    const wrongFormat = await postJson('/api/orgs/archive', { ...archive, format: 'limesurvey' }, owner.headers);
    expect(wrongFormat.status).toBe(422);
    expect(((await wrongFormat.json()) as ErrorBody).errors).toContainEqual({
      path: 'format',
      message: 'Ce fichier n’est pas une archive Pouls (format « pouls-archive » attendu)',
    });
    const later = await postJson('/api/orgs/archive', { ...archive, version: 2 }, { ...owner.headers, 'Accept-Language': 'en' });
    expect(((await later.json()) as ErrorBody).errors).toContainEqual({ path: 'version', message: 'Unsupported archive version (1 expected)' });
    const broken = structuredClone(archive) as unknown as { surveys: unknown[] };
    broken.surveys = [{ id: 'x', slug: 'Not A Slug' }];
    const bad = await postJson('/api/orgs/archive', broken, owner.headers);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as ErrorBody).errors.map((e) => e.path)).toContain('surveys.0.slug');
    // Definitions are checked as the editors check them, with the full path.
    const noPages = structuredClone(archive);
    noPages.surveys = [{ ...archive.surveys[0]!, definition: { title: { fr: 'Sans pages' } } }];
    const refused = await postJson('/api/orgs/archive', noPages, owner.headers);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as ErrorBody).errors).toContainEqual({ path: 'surveys.0.definition.pages', message: 'Ce champ est obligatoire' });
    const orgs = await env.DB.prepare('SELECT COUNT(*) AS n FROM organisations WHERE name = ?').bind(archive.organisation.name).first<{ n: number }>();
    expect(orgs!.n).toBe(1);
  });
});
