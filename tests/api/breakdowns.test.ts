import { describe, expect, it } from 'vitest';
import type { SurveyResults } from '../../schema/results.ts';
import { account, call, createSurvey, demoAnswers, submit, surveyPath, type ErrorBody } from './helpers.ts';

async function submitMany(slug: string, n: number, answers: Record<string, unknown>) {
  for (let i = 0; i < n; i++) expect((await submit(slug, demoAnswers(answers))).status).toBe(201);
}

describe('results by one answer', () => {
  it('show a subgroup of at least k, refuse the ones that would single people out', async () => {
    const survey = await createSurvey();
    const get = (query: string) => call(surveyPath(survey, `/results${query}`), { headers: { ...survey.owner.headers, 'Accept-Language': 'en' } });
    await submitMany(survey.slug, 10, { profession: 'nurse', coordination: 2 });
    await submitMany(survey.slug, 8, { profession: 'gp', coordination: 5 });
    await submitMany(survey.slug, 2, { profession: 'physio', coordination: 1 }); // 20 responses: released

    const breakdowns = (await (await call(surveyPath(survey, '/breakdowns'), { headers: survey.owner.headers })).json()) as {
      breakdowns: { question: string; groups: { option: string; available: boolean }[] }[];
    };
    expect(breakdowns.breakdowns).toHaveLength(1);
    expect(breakdowns.breakdowns[0]!.groups.filter((g) => g.available).map((g) => g.option)).toEqual(['nurse']);

    const nurses = await get('?by=profession&option=nurse');
    expect(nurses.status).toBe(200);
    const results = (await nurses.json()) as SurveyResults & { filter: unknown };
    expect(results.filter).toEqual({ question: 'profession', option: 'nurse', respondents: 10 });
    expect(results.questions.find((q) => q.id === 'coordination')).toMatchObject({ answered: 10, mean: 2 });

    // physios: 2 people; GPs: would leave 2 physios = total − nurses − GPs
    for (const option of ['physio', 'gp']) {
      const refused = await get(`?by=profession&option=${option}`);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as ErrorBody).errors).toEqual([
        { path: 'option', message: 'Filter refused: this group has fewer than 5 people, or would let a smaller group be inferred' },
      ]);
    }
  });

  it('read O(options × cells) rows, whatever the number of responses', async () => {
    const survey = await createSurvey();
    const rows = async () =>
      Number((await call(surveyPath(survey, '/results?by=profession&option=nurse'), { headers: survey.owner.headers })).headers.get('Server-Timing')?.match(/d1-rows;desc="(\d+)"/)?.[1]);
    await submitMany(survey.slug, 5, { profession: 'nurse' });
    await submitMany(survey.slug, 5, { profession: 'gp' });
    const at10 = await rows();
    await submitMany(survey.slug, 10, { profession: 'nurse' });
    await submitMany(survey.slug, 10, { profession: 'gp' });
    expect(await rows()).toBe(at10);
  });

  it('refuse bad filters with reasons, and check membership', async () => {
    const survey = await createSurvey();
    const get = (query: string, headers = survey.owner.headers) => call(surveyPath(survey, `/results${query}`), { headers });
    const errors = async (r: Response) => ((await r.json()) as ErrorBody).errors;
    expect(await errors(await get('?by=coordination&option=x'))).toEqual([{ path: 'by', message: 'Cette question ne sert pas de filtre' }]);
    expect(await errors(await get('?by=profession&option=astronaut'))).toEqual([{ path: 'option', message: 'Option inconnue pour cette question' }]);
    const missing = await get('?by=profession');
    expect(missing.status).toBe(400);
    expect((await errors(missing))[0]?.path).toBe('option');
    expect((await get('?by=profession&option=nurse', (await account('owner')).headers)).status).toBe(403);
  });
});
