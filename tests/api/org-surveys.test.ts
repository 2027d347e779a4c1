import { describe, expect, it } from 'vitest';
import { demoSurvey } from '../../schema/demo.ts';
import type { SurveyResults } from '../../schema/results.ts';
import { account, call, createSurvey, demoAnswers, postJson, submit, surveyPath, type ErrorBody, release } from './helpers.ts';

describe('an organisation’s surveys', () => {
  it('create a draft, list it, publish, close and reopen it', async () => {
    const owner = await account('owner');
    const base = `/api/orgs/${owner.organisationId}/surveys`;
    const created = await postJson(base, { ...demoSurvey, slug: 'cycle' }, owner.headers);
    expect(created.status).toBe(201);
    const survey = (await created.json()) as { id: string; status: string; version: number };
    expect(survey).toMatchObject({ slug: 'cycle', status: 'draft', version: 1 });
    expect(survey.id).toMatch(/^[0-9a-f-]{36}$/);
    const action = (verb: string) => call(`${base}/${survey.id}/${verb}`, { method: 'POST', headers: owner.headers });

    const list = (await (await call(base, { headers: owner.headers })).json()) as { surveys: { slug: string; responses: number }[] };
    expect(list.surveys).toEqual([expect.objectContaining({ slug: 'cycle', status: 'draft', responses: 0 })]);

    expect(await (await action('publish')).json()).toMatchObject({ status: 'open' });
    expect((await submit('cycle', demoAnswers())).status).toBe(201);
    expect(await (await action('close')).json()).toMatchObject({ status: 'closed' });
    expect((await submit('cycle', demoAnswers())).status).toBe(409);
    expect(await (await action('publish')).json()).toMatchObject({ status: 'open' });
    expect((await submit('cycle', demoAnswers())).status).toBe(201);
  });

  it('refuse an invalid definition with the path and reason of each problem', async () => {
    const owner = await account('editor');
    const response = await postJson(
      `/api/orgs/${owner.organisationId}/surveys`,
      { ...demoSurvey, slug: 'Bad Slug', settings: { k: 1, resultsVisibility: 'everyone' } },
      { ...owner.headers, 'Accept-Language': 'en' },
    );
    expect(response.status).toBe(422);
    expect(((await response.json()) as ErrorBody).errors).toEqual([
      { path: 'slug', message: 'Invalid slug: lowercase letters, digits and dashes' },
      { path: 'settings.k', message: 'Must be at least 3' },
      { path: 'settings.resultsVisibility', message: 'Expected "private" or "public", received "everyone"' },
    ]);
  });

  it('refuse a slug already taken, even by another organisation (409)', async () => {
    await createSurvey({ slug: 'taken' });
    const other = await account('owner');
    const response = await postJson(`/api/orgs/${other.organisationId}/surveys`, { ...demoSurvey, slug: 'taken' }, other.headers);
    expect(response.status).toBe(409);
    expect(((await response.json()) as ErrorBody).errors).toEqual([{ path: 'slug', message: 'Cette adresse est déjà prise par un autre questionnaire' }]);
  });

  it('update a definition; a stale If-Match is refused instead of overwriting', async () => {
    const survey = await createSurvey({}, false);
    const put = (body: unknown, ifMatch: string) => postJson(surveyPath(survey), body, { ...survey.owner.headers, 'If-Match': ifMatch }, 'PUT');
    const fetched = await call(surveyPath(survey), { headers: survey.owner.headers });
    expect(fetched.headers.get('ETag')).toBe('"1"');
    const first = await put({ ...demoSurvey, slug: 'renamed', title: { fr: 'Nouveau titre' } }, '"1"');
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ slug: 'renamed', title: { fr: 'Nouveau titre' }, version: 2 });
    const second = await put({ ...demoSurvey, slug: 'renamed', title: { fr: 'Autre titre' } }, '"1"');
    expect(second.status).toBe(412);
    expect(((await second.json()) as ErrorBody).errors[0]?.path).toBe('If-Match');
    expect((await put({ ...demoSurvey, slug: 'renamed' }, 'yesterday')).status).toBe(400);
  });

  it('freeze the questions once responses exist (the wording alone may change)', async () => {
    const survey = await createSurvey();
    const base = `/api/orgs/${survey.owner.organisationId}/surveys`;
    const answered = async () =>
      ((await (await call(base, { headers: survey.owner.headers })).json()) as { surveys: { answered: boolean }[] }).surveys[0]!.answered;
    expect(await answered()).toBe(false);
    await submit(survey.slug, demoAnswers());
    // The list says so before any release: the editor asks rather than learning it from a refused save.
    expect(await answered()).toBe(true);
    // Viewers, who cannot edit, learn of responses from releases alone.
    const viewer = await account('viewer', survey.owner.organisationId);
    const seen = (await (await call(base, { headers: viewer.headers })).json()) as { surveys: Record<string, unknown>[] };
    expect(seen.surveys[0]).not.toHaveProperty('answered');
    const [first, ...others] = demoSurvey.pages;
    const fewer = { ...demoSurvey, slug: survey.slug, pages: [{ ...first!, questions: first!.questions.slice(1) }, ...others] };
    const response = await postJson(surveyPath(survey), fewer, survey.owner.headers, 'PUT');
    expect(response.status).toBe(409);
  });

  it('read results with k applied, whatever the visibility', async () => {
    const survey = await createSurvey({ settings: { k: 3, resultsVisibility: 'private' } });
    for (let i = 0; i < 3; i++) await submit(survey.slug, demoAnswers({ coordination: 2 + i }));
    await release(survey.id);
    const response = await call(surveyPath(survey, '/results'), { headers: survey.owner.headers });
    expect(response.status).toBe(200);
    const results = (await response.json()) as SurveyResults;
    expect(results).toMatchObject({ k: 3, responses: 3, release: { number: 1, responses: 3 } });
    expect(results.questions.find((q) => q.id === 'coordination')).toMatchObject({ suppressed: false, mean: 3, median: 3 });
  });

  it('close only what was published', async () => {
    const survey = await createSurvey({}, false);
    expect((await call(surveyPath(survey, '/close'), { method: 'POST', headers: survey.owner.headers })).status).toBe(409);
  });
});
