import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { SurveyResults } from '../../schema/results.ts';
import { call, createSurvey, demoAnswers, newKey, postJson, release, submit, surveyPath, type ErrorBody } from './helpers.ts';

async function errors(response: Response): Promise<ErrorBody['errors']> {
  return ((await response.json()) as ErrorBody).errors;
}

describe('GET /api/s/:slug', () => {
  it('serves a published definition without its version', async () => {
    const { slug } = await createSurvey();
    const response = await call(`/api/s/${slug}`);
    expect(response.status).toBe(200);
    const survey = (await response.json()) as Record<string, unknown>;
    expect(survey).toMatchObject({ slug, status: 'open', settings: { k: 5, resultsVisibility: 'public' } });
    expect(survey).not.toHaveProperty('version');
  });

  it('hides drafts and unknown surveys behind the same 404', async () => {
    const { slug } = await createSurvey({}, false);
    for (const path of [`/api/s/${slug}`, '/api/s/nope']) {
      const response = await call(path);
      expect(response.status).toBe(404);
      expect(await errors(response)).toEqual([{ path: 'slug', message: 'Questionnaire introuvable' }]);
    }
  });
});

describe('POST /api/s/:slug/responses', () => {
  it('stores a valid response: 201, random id, no day or time, nothing about the client', async () => {
    const { id, slug } = await createSurvey();
    const response = await submit(slug, demoAnswers(), newKey(), {
      'User-Agent': 'Mozilla/5.0 (iPhone)',
      'CF-Connecting-IP': '203.0.113.9',
      Referer: 'https://mail.example/',
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ status: 'recorded', duplicate: false });

    const columns = await env.DB.prepare("SELECT name FROM pragma_table_info('responses')").all<{ name: string }>();
    expect(columns.results.map((c) => c.name).sort()).toEqual(['answers', 'id', 'survey_id']);
    const rows = await env.DB.prepare('SELECT * FROM responses WHERE survey_id = ?').bind(id).all<Record<string, string>>();
    expect(rows.results).toHaveLength(1);
    const row = rows.results[0]!;
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const everything = JSON.stringify(rows.results);
    expect(everything).not.toMatch(/203\.0\.113|iPhone|mail\.example|T\d{2}:\d{2}|\d{4}-\d{2}-\d{2}"/);
  });

  it('counts a retried submission once (same Idempotency-Key)', async () => {
    const { slug } = await createSurvey();
    const key = newKey();
    const first = await submit(slug, demoAnswers(), key);
    const retry = await submit(slug, demoAnswers(), key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual({ status: 'recorded', duplicate: true });
    const stored = await env.DB.prepare('SELECT COUNT(*) AS n FROM responses r JOIN surveys s ON s.id = r.survey_id WHERE s.slug = ?')
      .bind(slug)
      .first<{ n: number }>();
    expect(stored?.n).toBe(1);
  });

  it('counts every acknowledged response in the next release', async () => {
    const { id, slug } = await createSurvey();
    for (let i = 0; i < 5; i++) expect((await submit(slug, demoAnswers({ coordination: i + 1 }))).status).toBe(201);
    await release(id);
    const results = (await (await call(`/api/s/${slug}/results`)).json()) as SurveyResults;
    expect(results.responses).toBe(5);
    expect(results.questions.find((q) => q.id === 'coordination')).toMatchObject({ answered: 5, mean: 3, median: 3 });
  });

  describe('refuses bad input with a 4xx naming the field, never a 500', () => {
    it('an unknown question or a value of the wrong type (422)', async () => {
      const { slug } = await createSurvey();
      const response = await submit(slug, demoAnswers({ shoe_size: 42, years: 'douze' }));
      expect(response.status).toBe(422);
      expect(await errors(response)).toEqual([
        { path: 'answers.shoe_size', message: 'Question inconnue' },
        { path: 'answers.years', message: 'Attendu : un nombre, reçu : "douze"' },
      ]);
    });

    it('out of range values and too many or too few choices, in English when asked', async () => {
      const { slug } = await createSurvey();
      const response = await submit(
        slug,
        demoAnswers({ coordination: 9, topics: ['mental', 'home', 'prevention', 'hospital'], priorities: ['access'] }),
        newKey(),
        {
          'Accept-Language': 'en-GB,en;q=0.9,fr;q=0.5',
        },
      );
      expect(response.status).toBe(422);
      expect(await errors(response)).toEqual([
        { path: 'answers.topics', message: 'Choose at most 3 option(s)' },
        { path: 'answers.priorities', message: 'Rank exactly 3 option(s)' },
        { path: 'answers.coordination', message: 'Out of scale: between 1 and 5' },
      ]);
    });

    it('a missing required answer, and an answer to a hidden question', async () => {
      const { slug } = await createSurvey();
      const { profession: _p, ...rest } = demoAnswers({ coordination: 5, obstacles: 'Le temps' });
      const response = await submit(slug, rest, newKey(), { 'Accept-Language': 'en' });
      expect(response.status).toBe(422);
      expect(await errors(response)).toEqual([
        { path: 'answers.profession', message: 'An answer is required' },
        { path: 'answers.obstacles', message: 'This question is hidden by an earlier answer: leave it out' },
      ]);
    });

    it('a closed or unknown survey', async () => {
      const survey = await createSurvey();
      const { slug } = survey;
      const kept = newKey();
      expect((await submit(slug, demoAnswers(), kept)).status).toBe(201);
      await call(surveyPath(survey, '/close'), { method: 'POST', headers: survey.owner.headers });
      const closed = await submit(slug, demoAnswers());
      expect(closed.status).toBe(409);
      expect(await errors(closed)).toEqual([{ path: 'status', message: 'Ce questionnaire est clos : il ne reçoit plus de réponses' }]);
      // a retry of what was stored before closing is still acknowledged, and still counted once
      const retry = await submit(slug, demoAnswers(), kept);
      expect(retry.status).toBe(201);
      expect(await retry.json()).toEqual({ status: 'recorded', duplicate: true });
      expect((await submit('no-such-survey', demoAnswers())).status).toBe(404);
    });

    it('malformed JSON, a body that is not JSON, the wrong shape', async () => {
      const { slug } = await createSurvey();
      const path = `/api/s/${slug}/responses`;
      const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() };
      const malformed = await call(path, { method: 'POST', headers, body: '{"answers": {' });
      expect(malformed.status).toBe(400);
      expect(await errors(malformed)).toEqual([{ path: '$', message: 'Corps de requête illisible : JSON attendu' }]);

      const form = await call(path, { method: 'POST', headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'answers=1' });
      expect(form.status).toBe(415);
      expect(await errors(form)).toEqual([{ path: 'content-type', message: 'Content-Type: application/json attendu' }]);

      const shape = await postJson(path, { answer: {} }, { 'Idempotency-Key': newKey(), 'Accept-Language': 'en' });
      expect(shape.status).toBe(400);
      expect(await errors(shape)).toEqual([
        { path: 'answers', message: 'This field is required' },
        { path: 'answer', message: 'Unknown field' },
      ]);
      const list = await postJson(path, [], { 'Idempotency-Key': newKey() });
      expect(list.status).toBe(400);
    });

    it('an oversized body (413)', async () => {
      const { slug } = await createSurvey();
      const response = await submit(slug, demoAnswers({ comments: 'x'.repeat(70_000) }));
      expect(response.status).toBe(413);
      expect(await errors(response)).toEqual([{ path: '$', message: 'Corps de requête trop volumineux' }]);
    });

    it('a missing or malformed Idempotency-Key', async () => {
      const { slug } = await createSurvey();
      const missing = await postJson(`/api/s/${slug}/responses`, { answers: demoAnswers() });
      expect(missing.status).toBe(400);
      expect((await errors(missing))[0]?.path).toBe('Idempotency-Key');
      const short = await submit(slug, demoAnswers(), 'abc', { 'Accept-Language': 'en' });
      expect(await errors(short)).toEqual([{ path: 'Idempotency-Key', message: 'Invalid Idempotency-Key: 16 to 128 characters A-Z, a-z, 0-9, - or _' }]);
    });

    it('nothing is stored by a refused submission', async () => {
      const { id, slug } = await createSurvey();
      await submit(slug, demoAnswers({ coordination: 0 }));
      const count = await env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE survey_id = ?').bind(id).first<{ n: number }>();
      const keys = await env.DB.prepare('SELECT COUNT(*) AS n FROM submission_keys WHERE survey_id = ?').bind(id).first<{ n: number }>();
      expect(count?.n).toBe(0);
      expect(keys?.n).toBe(0);
    });
  });

  it('rate-limits public writes per client (429 with Retry-After)', async () => {
    const { slug } = await createSurvey();
    const headers = { 'CF-Connecting-IP': '198.51.100.7' };
    let limited: Response | undefined;
    for (let i = 0; i < 400 && !limited; i++) {
      const response = await submit(slug, {}, newKey(), headers);
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(422);
    }
    expect(limited?.status).toBe(429);
    expect(limited?.headers.get('Retry-After')).toBe('60');
    // another client is not affected
    expect((await submit(slug, demoAnswers(), newKey(), { 'CF-Connecting-IP': '198.51.100.8' })).status).toBe(201);
  }, 60_000);
});

describe('GET /api/s/:slug/results', () => {
  it('shows the latest release only, per-question figures only from k answers', async () => {
    const { id, slug } = await createSurvey();
    for (let i = 0; i < 4; i++) await submit(slug, demoAnswers());
    let results = (await (await call(`/api/s/${slug}/results`)).json()) as SurveyResults;
    expect(results).toMatchObject({ slug, status: 'open', k: 5, responses: 0, release: null });
    expect(results.questions.every((q) => q.suppressed)).toBe(true);

    await submit(slug, demoAnswers({ profession: 'gp' }));
    await release(id);
    results = (await (await call(`/api/s/${slug}/results`)).json()) as SurveyResults;
    expect(results).toMatchObject({ responses: 5, release: { number: 1, responses: 5 } });
    // Profile answers: 4 nurses and 1 GP are both under k.
    expect(results.questions.find((q) => q.id === 'profession')).toMatchObject({
      suppressed: false,
      answered: 5,
      options: expect.arrayContaining([
        { key: 'nurse', count: null, percent: null, withheld: 'under_k' },
        { key: 'gp', count: null, percent: null, withheld: 'under_k' },
      ]),
    });
    // free texts are counted, never shown
    expect(results.questions.find((q) => q.id === 'comments')).toEqual({
      id: 'comments',
      type: 'long_text',
      suppressed: false,
      release: 1,
      answered: 5,
      preferNotToAnswer: 0,
    });
  });

  it('moves only from one release to the next, each at least k people apart', async () => {
    const { id, slug } = await createSurvey();
    const read = async () => (await (await call(`/api/s/${slug}/results`)).json()) as SurveyResults;
    const coordination = (r: SurveyResults) => r.questions.find((q) => q.id === 'coordination');
    for (const value of [1, 2, 3, 4, 5]) await submit(slug, demoAnswers({ coordination: value, years: 10 + value }));
    await release(id);
    const atFive = await read();
    expect(coordination(atFive)).toMatchObject({ answered: 5, mean: 3, release: 1 });
    // a colleague submits: nothing moves, not even a total
    await submit(slug, demoAnswers({ coordination: 1, profession: 'physio' }));
    expect(await read()).toEqual(atFive);
    for (let i = 0; i < 4; i++) await submit(slug, demoAnswers({ coordination: 5, years: 20 + i }));
    await release(id);
    const atTen = await read();
    expect(atTen).toMatchObject({ responses: 10, release: { number: 2 } });
    expect(coordination(atTen)).toMatchObject({ answered: 10, mean: 3.6, release: 2 }); // (15 + 1 + 4×5) / 10
  });

  it('reads O(questions × options) rows, not O(responses)', async () => {
    const survey = await createSurvey();
    const rowsRead = async () =>
      Number((await call(surveyPath(survey, '/results'), { headers: survey.owner.headers })).headers.get('Server-Timing')?.match(/d1-rows;desc="(\d+)"/)?.[1]);
    for (let i = 0; i < 10; i++) await submit(survey.slug, demoAnswers({ coordination: (i % 5) + 1, years: i }));
    await release(survey.id);
    const after10 = await rowsRead();
    for (let i = 0; i < 40; i++) await submit(survey.slug, demoAnswers({ coordination: (i % 5) + 1, years: i % 10 }));
    await release(survey.id);
    const after50 = await rowsRead();
    expect(after10).toBeGreaterThan(0);
    expect(after50).toBeLessThanOrEqual(after10 + 5);
  });

  it('refuses private results (403) and unknown surveys (404)', async () => {
    const { slug } = await createSurvey({ settings: { k: 5, resultsVisibility: 'private' } });
    const response = await call(`/api/s/${slug}/results`, { headers: { 'Accept-Language': 'en' } });
    expect(response.status).toBe(403);
    expect(await errors(response)).toEqual([{ path: 'settings.resultsVisibility', message: 'This survey’s results are not public' }]);
    expect((await call('/api/s/unknown/results')).status).toBe(404);
  });
});
