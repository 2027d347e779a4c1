import { describe, expect, it } from 'vitest';
import type { SurveyResults } from '../../schema/results.ts';
import { account, call, createSurvey, demoAnswers, release, submit, surveyPath, type ErrorBody } from './helpers.ts';

async function submitMany(slug: string, n: number, answers: Record<string, unknown>) {
  for (let i = 0; i < n; i++) expect((await submit(slug, demoAnswers(answers))).status).toBe(201);
}

describe('results by one answer', () => {
  it('show a subgroup of at least k, refuse the ones that would single people out', async () => {
    const survey = await createSurvey();
    const get = (query: string) => call(surveyPath(survey, `/results${query}`), { headers: { ...survey.owner.headers, 'Accept-Language': 'en' } });
    await submitMany(survey.slug, 10, { profession: 'nurse', coordination: 2 });
    await submitMany(survey.slug, 8, { profession: 'gp', coordination: 5 });
    await submitMany(survey.slug, 2, { profession: 'physio', coordination: 1 });
    await release(survey.id);

    const breakdowns = (await (await call(surveyPath(survey, '/breakdowns'), { headers: survey.owner.headers })).json()) as {
      breakdowns: { question: string; groups: { option: string; available: boolean }[] }[];
    };
    expect(breakdowns.breakdowns).toHaveLength(1);
    expect(breakdowns.breakdowns[0]!.groups.filter((g) => g.available).map((g) => g.option)).toEqual(['nurse']);

    const nurses = await get('?by=profession&option=nurse');
    expect(nurses.status).toBe(200);
    const results = (await nurses.json()) as SurveyResults & { filter: unknown };
    expect(results.filter).toEqual({ question: 'profession', option: 'nurse', respondents: 10, release: 1 });
    // Everyone in the group gave 2: a bound instead of the count, and no mean to give it away.
    expect(results.questions.find((q) => q.id === 'coordination')).toMatchObject({ answered: 10, mean: null });

    // physios: 2 people; GPs: would leave 2 physios = total − nurses − GPs. Each refusal names its rule.
    const physio = await get('?by=profession&option=physio');
    expect(physio.status).toBe(409);
    expect(((await physio.json()) as ErrorBody).errors).toEqual([{ path: 'option', message: 'Filter refused: this group has fewer than 5 people' }]);
    const gp = await get('?by=profession&option=gp');
    expect(gp.status).toBe(409);
    expect(((await gp.json()) as ErrorBody).errors).toEqual([
      {
        path: 'option',
        message:
          'Filter refused: this group has at least 5 people, but its figures would let a smaller group’s be worked out (by difference with other published figures)',
      },
    ]);
  });

  it('read O(options × cells) rows, whatever the number of responses', async () => {
    const survey = await createSurvey();
    const rows = async () =>
      Number(
        (await call(surveyPath(survey, '/results?by=profession&option=nurse'), { headers: survey.owner.headers })).headers
          .get('Server-Timing')
          ?.match(/d1-rows;desc="(\d+)"/)?.[1],
      );
    await submitMany(survey.slug, 5, { profession: 'nurse' });
    await submitMany(survey.slug, 5, { profession: 'gp' });
    await release(survey.id);
    const at10 = await rows();
    await submitMany(survey.slug, 10, { profession: 'nurse' });
    await submitMany(survey.slug, 10, { profession: 'gp' });
    await release(survey.id);
    expect(await rows()).toBeLessThanOrEqual(at10 + 5);
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
