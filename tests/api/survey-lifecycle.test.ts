import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { Db } from '../../worker/db/client.ts';
import { purgeExpired } from '../../worker/jobs/purge-expired.ts';
import { account, call, createSurvey, demoAnswers, postJson, release, submit, surveyPath, type ErrorBody } from './helpers.ts';

type Definition = Record<string, unknown> & {
  title: { fr: string; en?: string };
  pages: { questions: { id: string; label: { fr: string }; options?: { id: string; label: { fr: string } }[] }[] }[];
  settings: Record<string, unknown>;
};

async function definitionOf(survey: Awaited<ReturnType<typeof createSurvey>>): Promise<{ definition: Definition; etag: string }> {
  const response = await call(surveyPath(survey), { headers: survey.owner.headers });
  const { id: _id, status: _status, version: _version, ...definition } = (await response.json()) as Definition;
  return { definition: definition as Definition, etag: response.headers.get('ETag')! };
}

const put = (survey: Awaited<ReturnType<typeof createSurvey>>, body: unknown, etag: string, lang = 'fr') =>
  postJson(surveyPath(survey), body, { ...survey.owner.headers, 'If-Match': etag, 'Accept-Language': lang }, 'PUT');

describe('wording after responses', () => {
  it('may change — title, labels, options — each edit kept with who and when', async () => {
    const survey = await createSurvey();
    expect((await submit(survey.slug, demoAnswers())).status).toBe(201);
    const { definition, etag } = await definitionOf(survey);
    definition.title = { ...definition.title, fr: 'Vie de la CPTS : votre avis compte !' };
    definition.pages[0]!.questions[0]!.options![0]!.label = { fr: 'Médecin généraliste (MG)' };
    const response = await put(survey, definition, etag);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(((await response.json()) as Definition).title.fr).toBe('Vie de la CPTS : votre avis compte !');
    const history = (await (await call(surveyPath(survey, '/history'), { headers: survey.owner.headers })).json()) as {
      edits: { editedBy: string; changes: string[] }[];
    };
    expect(history.edits).toEqual([
      { version: 3, editedAt: expect.any(String), editedBy: 'Test owner', changes: ['title', 'pages.0.questions.0.options.0.label'] },
    ]);
    // The respondent's form reads the new wording; answers keep flowing.
    expect(((await (await call(`/api/s/${survey.slug}`)).json()) as Definition).title.fr).toBe('Vie de la CPTS : votre avis compte !');
    expect((await submit(survey.slug, demoAnswers())).status).toBe(201);
  });

  it('never lets structure or settings change, in French and English', async () => {
    const survey = await createSurvey();
    await submit(survey.slug, demoAnswers());
    const { definition, etag } = await definitionOf(survey);
    const lowerK = { ...definition, settings: { ...definition.settings, k: 3 } };
    const fr = await put(survey, lowerK, etag);
    expect(fr.status).toBe(409);
    expect(((await fr.json()) as ErrorBody).errors[0]!.message).toMatch(/ses questions, options, conditions et réglages ne peuvent plus changer/);
    const removed = { ...definition, pages: [{ ...definition.pages[0]!, questions: definition.pages[0]!.questions.slice(1) }, ...definition.pages.slice(1)] };
    const en = await put(survey, removed, etag, 'en');
    expect(((await en.json()) as ErrorBody).errors[0]!.message).toMatch(/only the wording can/);
  });
});

describe('duplicate and delete', () => {
  it('duplicates any survey as a new draft, under a free « -copie » slug', async () => {
    const survey = await createSurvey();
    await submit(survey.slug, demoAnswers());
    const copy = await call(surveyPath(survey, '/duplicate'), { method: 'POST', headers: survey.owner.headers });
    expect(copy.status).toBe(201);
    const body = (await copy.json()) as { id: string; slug: string; status: string; title: { fr: string } };
    expect(body).toMatchObject({ slug: `${survey.slug}-copie`, status: 'draft', title: { fr: 'Vie de la CPTS : votre avis compte (copie)' } });
    const again = (await (await call(surveyPath(survey, '/duplicate'), { method: 'POST', headers: survey.owner.headers })).json()) as { slug: string };
    expect(again.slug).toBe(`${survey.slug}-copie-2`);
    const viewer = await account('viewer', survey.owner.organisationId);
    expect((await call(surveyPath(survey, '/duplicate'), { method: 'POST', headers: viewer.headers })).status).toBe(403);
  });

  it('deletes drafts and unanswered surveys, and answered ones only once retention has erased their responses', async () => {
    const draft = await createSurvey({}, false);
    expect((await call(surveyPath(draft), { method: 'DELETE', headers: draft.owner.headers })).status).toBe(204);
    expect((await call(surveyPath(draft), { headers: draft.owner.headers })).status).toBe(404);

    const answered = await createSurvey({ settings: { k: 3, resultsVisibility: 'private' } });
    for (let i = 0; i < 3; i++) await submit(answered.slug, demoAnswers());
    await release(answered.id);
    const refused = await call(surveyPath(answered), { method: 'DELETE', headers: answered.owner.headers });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as ErrorBody).errors[0]!.message).toMatch(/durée de conservation/);

    await call(surveyPath(answered, '/close'), { method: 'POST', headers: answered.owner.headers });
    await env.DB.prepare("UPDATE surveys SET closed_on = '2020-01-01' WHERE id = ?").bind(answered.id).run();
    await purgeExpired(new Db(env.DB), '2026-12-06');
    expect((await call(surveyPath(answered), { method: 'DELETE', headers: answered.owner.headers })).status).toBe(204);
    for (const table of ['releases', 'published_cells', 'published_measures', 'survey_history', 'code_batches'])
      expect((await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE survey_id = ?`).bind(answered.id).first<{ n: number }>())!.n, table).toBe(0);
  });
});
