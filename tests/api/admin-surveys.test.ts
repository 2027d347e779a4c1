import { describe, expect, it } from 'vitest';
import { demoSurvey } from '../../schema/demo.ts';
import type { SurveyResults } from '../../schema/results.ts';
import { ADMIN, call, createSurvey, demoAnswers, postJson, submit, type ErrorBody } from './helpers.ts';

const put = (id: string, body: unknown, headers: Record<string, string> = {}) =>
  call(`/api/admin/surveys/${id}`, { method: 'PUT', headers: { ...ADMIN, 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const action = (id: string, verb: 'publish' | 'close') => call(`/api/admin/surveys/${id}/${verb}`, { method: 'POST', headers: ADMIN });

describe('coordinator routes', () => {
  it('require the bearer token, compared exactly', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/admin/surveys'],
      ['POST', '/api/admin/surveys'],
      ['GET', '/api/admin/surveys/x'],
      ['PUT', '/api/admin/surveys/x'],
      ['POST', '/api/admin/surveys/x/publish'],
      ['POST', '/api/admin/surveys/x/close'],
      ['GET', '/api/admin/surveys/x/results'],
    ];
    for (const [method, path] of routes) {
      for (const authorization of [undefined, 'Bearer wrong', 'Bearer test-admin-token-012345678', 'Basic dGVzdA==']) {
        const response = await call(path, { method, headers: authorization ? { Authorization: authorization } : {} });
        expect(response.status, `${method} ${path} with ${authorization}`).toBe(401);
        expect(response.headers.get('WWW-Authenticate')).toBe('Bearer realm="pouls"');
        expect(await response.json()).toEqual({ errors: [{ path: 'authorization', message: 'Jeton coordinateur manquant ou invalide' }] });
      }
    }
  });

  it('create a draft, list it, publish, close and reopen it', async () => {
    const created = await postJson('/api/admin/surveys', { ...demoSurvey, slug: 'cycle' }, ADMIN);
    expect(created.status).toBe(201);
    const survey = (await created.json()) as { id: string; status: string; version: number };
    expect(survey).toMatchObject({ slug: 'cycle', status: 'draft', version: 1 });
    expect(survey.id).toMatch(/^[0-9a-f-]{36}$/);

    const list = (await (await call('/api/admin/surveys', { headers: ADMIN })).json()) as { surveys: { slug: string; responses: number }[] };
    expect(list.surveys.find((s) => s.slug === 'cycle')).toMatchObject({ status: 'draft', responses: 0 });

    expect(await (await action(survey.id, 'publish')).json()).toMatchObject({ status: 'open' });
    expect((await submit('cycle', demoAnswers())).status).toBe(201);
    expect(await (await action(survey.id, 'close')).json()).toMatchObject({ status: 'closed' });
    expect((await submit('cycle', demoAnswers())).status).toBe(409);
    expect(await (await action(survey.id, 'publish')).json()).toMatchObject({ status: 'open' });
    expect((await submit('cycle', demoAnswers())).status).toBe(201);
  });

  it('refuse an invalid definition with the path and reason of each problem', async () => {
    const response = await postJson(
      '/api/admin/surveys',
      { ...demoSurvey, slug: 'Bad Slug', settings: { k: 1, resultsVisibility: 'everyone' } },
      { ...ADMIN, 'Accept-Language': 'en' },
    );
    expect(response.status).toBe(422);
    expect(((await response.json()) as ErrorBody).errors).toEqual([
      { path: 'slug', message: 'Invalid slug: lowercase letters, digits and dashes' },
      { path: 'settings.k', message: 'Must be at least 3' },
      { path: 'settings.resultsVisibility', message: 'Expected "private" or "public", received "everyone"' },
    ]);
  });

  it('refuse a slug already taken (409)', async () => {
    await createSurvey({ slug: 'taken' });
    const response = await postJson('/api/admin/surveys', { ...demoSurvey, slug: 'taken' }, ADMIN);
    expect(response.status).toBe(409);
    expect(((await response.json()) as ErrorBody).errors).toEqual([{ path: 'slug', message: 'Cette adresse est déjà prise par un autre questionnaire' }]);
  });

  it('update a definition; a stale If-Match is refused instead of overwriting', async () => {
    const { id } = await createSurvey({}, false);
    const fetched = await call(`/api/admin/surveys/${id}`, { headers: ADMIN });
    expect(fetched.headers.get('ETag')).toBe('"1"');
    const first = await put(id, { ...demoSurvey, slug: 'renamed', title: { fr: 'Nouveau titre' } }, { 'If-Match': '"1"' });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ slug: 'renamed', title: { fr: 'Nouveau titre' }, version: 2 });
    const second = await put(id, { ...demoSurvey, slug: 'renamed', title: { fr: 'Autre titre' } }, { 'If-Match': '"1"' });
    expect(second.status).toBe(412);
    expect(((await second.json()) as ErrorBody).errors[0]?.path).toBe('If-Match');
  });

  it('freeze the questions once responses exist', async () => {
    const { id, slug } = await createSurvey();
    await submit(slug, demoAnswers());
    const response = await put(id, { ...demoSurvey, slug });
    expect(response.status).toBe(409);
  });

  it('read private results with k applied; 404 for an unknown survey', async () => {
    const { id, slug } = await createSurvey({ settings: { k: 3, resultsVisibility: 'private' } });
    for (let i = 0; i < 3; i++) await submit(slug, demoAnswers({ coordination: 2 + i }));
    const response = await call(`/api/admin/surveys/${id}/results`, { headers: ADMIN });
    expect(response.status).toBe(200);
    const results = (await response.json()) as SurveyResults;
    expect(results).toMatchObject({ k: 3, responses: 3, released: 3 });
    expect(results.questions.find((q) => q.id === 'coordination')).toMatchObject({ suppressed: false, mean: 3, median: 3 });
    expect((await call('/api/admin/surveys/nope/results', { headers: ADMIN })).status).toBe(404);
  });

  it('close only what was published', async () => {
    const { id } = await createSurvey({}, false);
    expect((await action(id, 'close')).status).toBe(409);
  });
});
