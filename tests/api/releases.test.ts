import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { GroupResults, SurveyResults } from '../../schema/results.ts';
import { Db } from '../../worker/db/client.ts';
import { releaseDueSurveys } from '../../worker/jobs/release-surveys.ts';
import { call, createSurvey, demoAnswers, plannedRelease, release, submit, surveyPath, type ErrorBody } from './helpers.ts';

const results = async (survey: Awaited<ReturnType<typeof createSurvey>>, query = '') =>
  (await call(surveyPath(survey, `/results${query}`), { headers: survey.owner.headers })).json() as Promise<SurveyResults & GroupResults>;

async function answer(slug: string, n: number, overrides: Record<string, unknown> = {}) {
  for (let i = 0; i < n; i++) expect((await submit(slug, demoAnswers(overrides))).status).toBe(201);
}

describe('releases', () => {
  it('show nothing before the first release, and no live count ever', async () => {
    const survey = await createSurvey();
    await answer(survey.slug, 7);
    const before = await results(survey);
    expect(before.release).toBeNull();
    expect(before.responses).toBe(0);
    expect(before.questions.every((q) => q.suppressed)).toBe(true);
    // The public route says no more.
    const response = await call(`/api/s/${survey.slug}/results`);
    expect(((await response.json()) as SurveyResults).responses).toBe(0);
  });

  it('publish a frozen snapshot once k responses are new; later responses wait for the next one', async () => {
    const survey = await createSurvey();
    await answer(survey.slug, 6);
    expect(await release(survey.id)).toBe(1);
    const first = await results(survey);
    expect(first.release).toMatchObject({ number: 1, responses: 6, kind: 'scheduled' });
    expect(first.responses).toBe(6);
    expect(first.questions.find((q) => q.id === 'coordination')).toMatchObject({ suppressed: false, answered: 6, release: 1 });

    // A colleague answers: nothing moves, not even a total.
    await answer(survey.slug, 1);
    expect(await results(survey)).toEqual(first);
    // Fewer than k new at the next publication hour: still nothing.
    await answer(survey.slug, 3);
    expect(await release(survey.id)).toBe(1);
    expect(await results(survey)).toEqual({ ...first, nextReleaseAt: (await results(survey)).nextReleaseAt });
    // The fifth new one: release 2 with all eleven.
    await answer(survey.slug, 1);
    expect(await release(survey.id)).toBe(2);
    expect((await results(survey)).responses).toBe(11);
  });

  it('are made by the hourly job only once the organisation’s publication hour has come, at most once a day', async () => {
    const survey = await createSurvey();
    await answer(survey.slug, 5);
    const planned = (await plannedRelease(survey.id))!;
    const db = new Db(env.DB);
    expect(await releaseDueSurveys(db, new Date(planned.getTime() - 60_000))).not.toContain(survey.id);
    expect(await releaseDueSurveys(db, new Date(planned.getTime() + 17 * 60_000))).toContain(survey.id);
    // The next look is the next day at the same hour.
    expect((await plannedRelease(survey.id))!.getTime() - planned.getTime()).toBe(24 * 3_600_000);
    await answer(survey.slug, 5);
    expect(await releaseDueSurveys(db, new Date(planned.getTime() + 3 * 3_600_000))).not.toContain(survey.id);
  });

  it('refuse a response with no answer at all (a free fake), in French and English', async () => {
    const survey = await createSurvey({
      pages: [
        {
          id: 'p1',
          questions: [
            { id: 'mood', type: 'scale', label: { fr: 'Humeur' }, min: 1, max: 5, preferNotToAnswer: true },
            { id: 'note', type: 'short_text', label: { fr: 'Un mot' } },
          ],
        },
      ],
    });
    for (const [lang, message] of [
      ['fr', 'Répondez à au moins une question'],
      ['en', 'Answer at least one question'],
    ]) {
      const response = await submit(survey.slug, {}, undefined, { 'Accept-Language': lang! });
      expect(response.status).toBe(422);
      expect(((await response.json()) as ErrorBody).errors).toEqual([{ path: 'answers', message }]);
    }
    // « Prefer not to answer » everywhere and blank texts say nothing either.
    expect((await submit(survey.slug, { mood: null, note: '  ' })).status).toBe(422);
    expect((await submit(survey.slug, { mood: 3 })).status).toBe(201);
  });

  it('show a group only as a release published it, and say which rule hides one', async () => {
    const survey = await createSurvey();
    await answer(survey.slug, 7, { profession: 'nurse' });
    await answer(survey.slug, 6, { profession: 'gp' });
    await answer(survey.slug, 2, { profession: 'physio' });
    await release(survey.id);
    const nurses = await results(survey, '?by=profession&option=nurse');
    expect(nurses.filter).toEqual({ question: 'profession', option: 'nurse', respondents: 7, release: 1 });
    expect(nurses.questions.find((q) => q.id === 'profession')).toEqual({ id: 'profession', type: 'single', suppressed: true, reason: 'filter' });
    const physio = await call(surveyPath(survey, '/results?by=profession&option=physio'), { headers: survey.owner.headers });
    expect(physio.status).toBe(409);
    expect(((await physio.json()) as ErrorBody).errors[0]!.message).toMatch(/moins de 5 personnes/);
    // Nurses and GPs: 13 of 15; showing both would leave the 2 physios by difference.
    const gp = await call(surveyPath(survey, '/results?by=profession&option=gp'), { headers: { ...survey.owner.headers, 'Accept-Language': 'en' } });
    expect(gp.status).toBe(409);
    expect(((await gp.json()) as ErrorBody).errors[0]!.message).toMatch(/smaller group/);
    const everyone = await results(survey);
    expect(everyone.questions.find((q) => q.id === 'profession')).toMatchObject({
      options: expect.arrayContaining([
        { key: 'nurse', count: 7, percent: expect.any(Number) },
        { key: 'physio', count: null, percent: null, withheld: 'under_k' },
        { key: 'gp', count: null, percent: null, withheld: 'deducible' },
      ]),
    });
  });
});
