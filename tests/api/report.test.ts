import { describe, expect, it } from 'vitest';
import type { PersonalFeedback, SurveyReport } from '../../schema/report.ts';
import type { SurveyDraft } from '../../schema/survey.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { expectedCbi, healthAnswers, type HealthProfile } from '../fixtures/health-answers.ts';
import { account, call, createSurvey, postJson, release, submit, surveyPath, type Account, type ErrorBody } from './helpers.ts';

const healthSurvey = (overrides: Partial<SurveyDraft> = {}, as?: Account) =>
  createSurvey({ ...structuredClone(professionalHealth.survey), slug: `sante-${crypto.randomUUID().slice(0, 8)}`, ...overrides }, true, as);

type Survey = Awaited<ReturnType<typeof healthSurvey>>;

async function report(survey: Survey, query = '', headers: Record<string, string> = {}): Promise<SurveyReport> {
  const response = await call(surveyPath(survey, `/report${query}`), { headers: { ...survey.owner.headers, ...headers } });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as SurveyReport;
}

async function answer(slug: string, cbi: number, who5: number, profile: HealthProfile = {}) {
  const response = await submit(slug, healthAnswers(cbi, who5, profile));
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { status: string; duplicate: boolean; feedback?: PersonalFeedback };
}

const scale = (r: SurveyReport, key: string) => r.instruments.flatMap((i) => i.scales).find((s) => s.key === key)!;

describe('personal feedback', () => {
  it('returns the respondent’s own scores with support resources, and only for scored surveys', async () => {
    const survey = await healthSurvey({ settings: { ...professionalHealth.survey.settings, supportContacts: { fr: 'Médecin du travail : 01 02 03 04 05' } } });
    const ack = await answer(survey.slug, 3, 2);
    const byKey = new Map(ack.feedback!.scales.map((s) => [s.key, s]));
    expect(byKey.get('cbi.personal')).toMatchObject({ score: 75, attention: true });
    expect(byKey.get('cbi.work')).toMatchObject({ score: Math.round(expectedCbi(3).work), attention: true }); // 475 / 7 = 67.9
    expect(byKey.get('who5.wellbeing')).toMatchObject({ score: 40, attention: true });
    expect(byKey.get('who5.wellbeing')!.summary).toBe(
      'À 50 ou moins sur 100, le bien-être est considéré comme faible. En parler à votre médecin est recommandé.',
    );
    expect(ack.feedback!.resources.map((r) => r.phones)).toEqual([['15', '112'], ['0 805 23 23 36'], ['3114']]);
    expect(ack.feedback!.contacts).toBe('Médecin du travail : 01 02 03 04 05');
    // Nothing in the acknowledgement points at the stored response.
    expect(JSON.stringify(ack)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    const low = await answer(survey.slug, 0, 5);
    expect(low.feedback!.scales.find((s) => s.key === 'cbi.personal')).toMatchObject({ score: 0, attention: false });
    expect(low.feedback!.scales.find((s) => s.key === 'cbi.work')).toMatchObject({ score: 14, attention: false }); // reversed item: 100 / 7

    const demo = await createSurvey();
    const plain = await submit(demo.slug, { profession: 'nurse' });
    expect(((await plain.json()) as { feedback?: unknown }).feedback).toBeUndefined();
  });

  it('is in English when asked, and given again on a retried submission (counted once)', async () => {
    const survey = await healthSurvey();
    const key = crypto.randomUUID();
    const first = await submit(survey.slug, healthAnswers(1, 4), key, { 'Accept-Language': 'en' });
    const again = await submit(survey.slug, healthAnswers(1, 4), key, { 'Accept-Language': 'en' });
    const [a, b] = [(await first.json()) as { feedback: PersonalFeedback }, (await again.json()) as { duplicate: boolean; feedback: PersonalFeedback }];
    expect(b.duplicate).toBe(true);
    expect(b.feedback).toEqual(a.feedback);
    expect(a.feedback.scales[0]!.summary).toBe('Below 50 out of 100: burnout is not considered high.');
    for (let i = 0; i < 4; i++) await answer(survey.slug, 1, 4);
    await release(survey.id);
    expect((await report(survey)).participation.released).toBe(5);
  });
});

describe('the scored report', () => {
  it('matches the worked example: personal scores 50, 75, 25, 100, 50 → 60 [24.6; 95.4], 4/5 at or above 50', async () => {
    const survey = await healthSurvey();
    for (const level of [2, 3, 1, 4, 2]) await answer(survey.slug, level, 3);
    await release(survey.id);
    const r = await report(survey);
    expect(r.participation).toMatchObject({ released: 5, usable: 5, invited: null, responseRate: null, release: { number: 1, responses: 5 }, codeBatches: [] });
    const personal = scale(r, 'cbi.personal').overall;
    if (personal.suppressed) throw new Error('suppressed');
    expect(personal.n).toBe(5);
    expect(personal.mean).toBeCloseTo(60, 10);
    expect(personal.sd).toBeCloseTo(28.504, 3);
    expect(personal.lower).toBeCloseTo(24.6, 1);
    expect(personal.upper).toBeCloseTo(95.4, 1);
    // 4 of 5 past the cutoff (and 0 of 5 for WHO-5): nearly everyone on one side, so only a bound.
    expect(personal.cutoff).toEqual({ coarse: { atLeast: 60 }, n: 5 });
    const who5 = scale(r, 'who5.wellbeing');
    expect(who5.overall).toMatchObject({ n: 5, mean: 60, cutoff: { coarse: { atMost: 40 }, n: 5 } });
    expect(who5.cutoff).toMatchObject({ value: 50, rule: 'at_or_below' });
    expect(r.instruments.map((i) => [i.id, i.status, i.validatedTranslation.fr])).toEqual([
      ['cbi', 'intact', false],
      ['who5', 'intact', true],
    ]);
    // Item distributions of the instruments' questions come with the report.
    const personalItems = r.items.find((q) => q.id === 'cbi_personal');
    expect(personalItems?.type === 'matrix' && !personalItems.suppressed && personalItems.items[0]).toMatchObject({ id: 'p1', answered: 5 });
  });

  it('describes a release: a sixth response changes nothing until the next release has k new ones', async () => {
    const survey = await healthSurvey();
    for (let i = 0; i < 4; i++) await answer(survey.slug, 2, 3);
    expect(await release(survey.id)).toBeNull();
    expect(scale(await report(survey), 'cbi.personal').overall).toEqual({ suppressed: true, reason: 'under_k' });
    await answer(survey.slug, 2, 3);
    await release(survey.id);
    const before = await report(survey);
    await answer(survey.slug, 4, 0); // one colleague answers: the report must not move
    const after = await report(survey);
    expect(after).toEqual(before);
    for (let i = 0; i < 4; i++) await answer(survey.slug, 2, 3);
    expect(await release(survey.id)).toBe(2);
    const released = await report(survey);
    expect(scale(released, 'cbi.personal').overall).toMatchObject({ n: 10, mean: 55, release: 2 });
  });

  it('counts non-responders out of a scale, and out of « usable »', async () => {
    const survey = await healthSurvey();
    for (let i = 0; i < 4; i++) await answer(survey.slug, 2, 3);
    // Two personal items only: a non-responder on that scale (fewer than 3), scored on the others.
    const partial = healthAnswers(4, 3);
    partial.cbi_personal = { p1: 4, p2: 4 };
    expect((await submit(survey.slug, partial)).status).toBe(201);
    await release(survey.id);
    const r = await report(survey);
    expect(r.participation).toMatchObject({ released: 5, usable: 4 });
    expect(scale(r, 'cbi.personal').overall).toEqual({ suppressed: true, reason: 'under_k' }); // 4 scored < k
    expect(scale(r, 'cbi.work').overall).toMatchObject({ n: 5 });
  });

  it('breaks down by one profile question, hiding small groups and enough others that none can be recovered by subtraction', async () => {
    const survey = await healthSurvey();
    for (let i = 0; i < 7; i++) await answer(survey.slug, 1, 4, { profession: 'nurse', sex: i < 4 ? 'woman' : 'man' });
    for (let i = 0; i < 5; i++) await answer(survey.slug, 3, 2, { profession: 'doctor', sex: 'woman' });
    for (let i = 0; i < 2; i++) await answer(survey.slug, 4, 1, { profession: 'pharmacist', sex: 'man' });
    await answer(survey.slug, 0, 5, { profession: null, sex: null }); // « je préfère ne pas répondre »
    await release(survey.id);
    const r = await report(survey, '?by=profession');
    const groups = new Map(r.breakdown!.groups.map((g) => [g.option, g]));
    expect(groups.get('nurse')).toMatchObject({ respondents: 7, release: 1, scales: { 'cbi.personal': { n: 7, mean: 25 } } });
    // Pharmacists (2) are under k; with the one who did not say, 3 people would be recoverable from
    // the total minus nurses minus doctors: doctors (the smallest shown group) are hidden as well.
    expect(groups.get('pharmacist')).toMatchObject({
      respondents: null,
      withheld: 'under_k',
      scales: { 'cbi.personal': { suppressed: true, reason: 'under_k' } },
    });
    expect(groups.get('doctor')).toMatchObject({
      respondents: null,
      withheld: 'deducible',
      scales: { 'cbi.personal': { suppressed: true, reason: 'deducible' } },
    });

    // The subtraction attack: total minus every shown group leaves k people or more, never fewer.
    for (const s of r.instruments.flatMap((i) => i.scales)) {
      const overall = s.overall;
      if (overall.suppressed) throw new Error('overall suppressed');
      const shown = r.breakdown!.groups.map((g) => g.scales[s.key]!).filter((f) => !f.suppressed);
      const left = overall.n - shown.reduce((n, f) => n + (f.suppressed ? 0 : f.n), 0);
      expect(left === 0 || left >= r.k, `${s.key}: ${left} left`).toBe(true);
    }

    // Another dimension: nurses crossed with sex would split into small cells (4 women, 3 men), so
    // the release shows sex groups only if no combination of the two isolates anyone.
    const bySex = await report(survey, '?by=sex');
    const women = bySex.breakdown!.groups.find((g) => g.option === 'woman')!;
    const men = bySex.breakdown!.groups.find((g) => g.option === 'man')!;
    expect([women.respondents, men.respondents].filter((n) => n !== null).length).toBeLessThanOrEqual(1);

    // Combining dimensions is not offered: a second filter is refused, not ignored.
    const combined = await call(surveyPath(survey, '/report?by=profession&option=nurse'), { headers: { ...survey.owner.headers, 'Accept-Language': 'en' } });
    expect(combined.status).toBe(400);
    expect(((await combined.json()) as ErrorBody).errors[0]!.path).toBe('option');
    const notBreakdown = await call(surveyPath(survey, '/report?by=burnout_experienced'), { headers: survey.owner.headers });
    expect(notBreakdown.status).toBe(400);
    expect(((await notBreakdown.json()) as ErrorBody).errors[0]).toMatchObject({ path: 'by', message: 'Cette question ne sert pas de découpage' });
  });

  it('takes the invited count from editors, gives the response rate, and rejects bad counts in French and English', async () => {
    const survey = await healthSurvey();
    for (let i = 0; i < 5; i++) await answer(survey.slug, 2, 3);
    await release(survey.id);
    const editor = await account('editor', survey.owner.organisationId);
    const viewer = await account('viewer', survey.owner.organisationId);
    const put = (body: unknown, who: Account, lang = 'fr') =>
      postJson(surveyPath(survey, '/report/invited'), body, { ...who.headers, 'Accept-Language': lang }, 'PUT');
    expect((await put({ invited: 8 }, editor)).status).toBe(200);
    expect((await report(survey)).participation).toMatchObject({ invited: 8, responseRate: 5 / 8, usableRate: 5 / 8 });
    expect((await put({ invited: 9 }, viewer)).status).toBe(403);
    for (const [body, fr, en] of [
      [{ invited: 0 }, 'Au moins 1 personne', 'At least 1 person'],
      [{ invited: 2.5 }, 'Nombre entier attendu', 'A whole number is expected'],
      [{ invited: 'quarante' }, 'Nombre attendu', 'A number is expected'],
    ] as const) {
      for (const [lang, message] of [
        ['fr', fr],
        ['en', en],
      ] as const) {
        const response = await put(body, editor, lang);
        expect(response.status).toBe(422);
        expect(((await response.json()) as ErrorBody).errors[0]).toEqual({ path: 'invited', message });
      }
    }
    expect((await put({ invited: null }, editor)).status).toBe(200);
    expect((await report(survey)).participation.invited).toBeNull();
  });

  it('compares the waves of the same survey, each with its own n and interval', async () => {
    const first = await healthSurvey();
    const second = await healthSurvey({ slug: `${first.slug}-vague-2` }, first.owner);
    const unrelated = await healthSurvey({}, first.owner);
    for (let i = 0; i < 5; i++) await answer(first.slug, 3, 2);
    for (let i = 0; i < 5; i++) await answer(second.slug, i < 3 ? 1 : 2, 4);
    for (let i = 0; i < 5; i++) await answer(unrelated.slug, 4, 0);
    for (const survey of [first, second, unrelated]) await release(survey.id);
    const r = await report(second);
    expect(r.waves.map((w) => [w.wave, w.current, w.released])).toEqual([
      [1, false, 5],
      [2, true, 5],
    ]);
    expect(r.waves[0]!.scales['cbi.personal']).toMatchObject({ n: 5, mean: 75 });
    expect(r.waves[1]!.scales['cbi.personal']).toMatchObject({ n: 5, mean: 35 });
  });

  it('neither calls validated nor scores an instrument whose item was reworded', async () => {
    const survey = structuredClone(professionalHealth.survey);
    const work = survey.pages.flatMap((p) => p.questions).find((q) => q.id === 'cbi_work_degree')!;
    if (work.type === 'matrix') work.items[0]!.label = { fr: 'Votre travail est-il fatigant ?', en: 'Is your work tiring?' };
    const altered = await healthSurvey({ pages: survey.pages });
    const ack = await answer(altered.slug, 3, 2);
    expect(ack.feedback!.scales.map((s) => s.key)).toEqual(['who5.wellbeing']);
    for (let i = 0; i < 4; i++) await answer(altered.slug, 3, 2);
    await release(altered.id);
    const r = await report(altered);
    expect(r.instruments.map((i) => [i.id, i.status, i.scales.length])).toEqual([
      ['cbi', 'altered', 0],
      ['who5', 'intact', 1],
    ]);
  });

  it('reads a bounded number of rows whatever the number of responses', async () => {
    const survey = await healthSurvey();
    const rows = async () => {
      const response = await call(surveyPath(survey, '/report?by=profession'), { headers: survey.owner.headers });
      return Number(/d1-rows;desc="(\d+)"/.exec(response.headers.get('Server-Timing') ?? '')![1]);
    };
    for (let i = 0; i < 10; i++) await answer(survey.slug, i % 5, 5 - (i % 5), { profession: i % 2 ? 'nurse' : 'doctor' });
    await release(survey.id);
    const at10 = await rows();
    for (let i = 0; i < 30; i++) await answer(survey.slug, i % 5, 5 - (i % 5), { profession: i % 2 ? 'nurse' : 'doctor' });
    await release(survey.id);
    expect(await rows()).toBeLessThanOrEqual(at10 + 5);
  });
});

describe('report exports', () => {
  it('export the aggregates as published, values in value columns and reasons in a note, as CSV and XLSX', async () => {
    const survey = await healthSurvey();
    for (let i = 0; i < 7; i++) await answer(survey.slug, 2, 3, { profession: 'nurse' });
    for (let i = 0; i < 3; i++) await answer(survey.slug, 4, 1, { profession: 'doctor' });
    await release(survey.id);
    const csv = await call(surveyPath(survey, '/report.csv?by=profession'), { headers: survey.owner.headers });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('Content-Disposition')).toContain(`${survey.slug}-rapport.csv`);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Publication n° 1 du .* : 10 réponses\.$/);
    expect(lines[1]).toBe('Codes de participation : aucun émis (lien ouvert).');
    expect(lines).toContain(
      'Partie;Groupe;Échelle;Part comptée;n;Moyenne (0–100);IC 95 % bas;IC 95 % haut;n dans la part;% dans la part;IC 95 % bas (%);IC 95 % haut (%);Publication;Note',
    );
    // 7 × 50 and 3 × 100: SD 24.15, t(9) = 2.262; everyone at or above 50, so the share is a bound.
    expect(lines).toContain(
      'Ensemble;Tous;Épuisement personnel;à 50 ou plus;10;65;47,7;82,3;;;;;1;part arrondie : au moins 60 % (presque tous du même côté du seuil)',
    );
    // The WHO-5's share is the other side of its cutoff, and says so.
    expect(lines.find((l) => l.startsWith('Ensemble;Tous;Bien-être'))).toMatch(/^Ensemble;Tous;Bien-être \(WHO-5, 0–100\);à 50 ou moins;10;/);
    expect(lines.find((l) => l.startsWith('Par : Quelle est votre profession ?;Médecin;Épuisement personnel'))).toMatch(/;masqué : moins de 5 personnes$/);
    expect(lines.join('\n')).not.toMatch(/Médecin;Épuisement personnel;3;/);
    const xlsx = await call(surveyPath(survey, '/report.xlsx'), { headers: survey.owner.headers });
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // a zip
  });

  it('give owners the scored responses of a closed survey, k-anonymous over the whole profile, and nobody else', async () => {
    const survey = await healthSurvey();
    for (let i = 0; i < 5; i++) await answer(survey.slug, 2, 3, { profession: 'nurse' });
    for (let i = 0; i < 5; i++) await answer(survey.slug, 3, 2, { profession: 'doctor', sex: 'man' });
    // One pharmacist: alone in her profile.
    await answer(survey.slug, 4, 0, { profession: 'pharmacist' });
    const get = (who: Account, lang = 'fr') => call(surveyPath(survey, '/report/responses.csv'), { headers: { ...who.headers, 'Accept-Language': lang } });
    const open = await get(survey.owner, 'en');
    expect(open.status).toBe(409);
    expect(((await open.json()) as ErrorBody).errors[0]!.message).toMatch(/^Row-by-row exports open once the survey is closed/);
    await call(surveyPath(survey, '/close'), { method: 'POST', headers: survey.owner.headers });
    const ok = await get(survey.owner);
    expect(ok.status).toBe(200);
    const [notes, table] = (await ok.text()).replace(/^\uFEFF/, '').split('\r\n\r\n');
    // One pharmacist: merged with the next smallest group (doctors) so that « autre » holds k.
    expect(notes).toMatch(/Recodage : Quelle est votre profession \? — « Médecin », « Pharmacien ou pharmacienne » regroupés en « Autre ou non renseigné »/);
    const lines = table!.trim().split('\r\n');
    expect(lines).toHaveLength(12);
    expect(lines[0]).toContain('Quelle est votre profession ?;Vous êtes…');
    expect(lines.filter((l) => l.startsWith('Infirmier ou infirmière;Une femme;35 à 49 ans;Libéral;35 à 49 heures;50;50;50;60'))).toHaveLength(5);
    expect(lines.join('\n')).not.toContain('Pharmacien');
    for (const [who, status, path] of [
      [await account('editor', survey.owner.organisationId), 403, 'role'],
      [await account('viewer', survey.owner.organisationId), 403, 'role'],
      [await account('owner'), 403, 'orgId'],
    ] as const) {
      const response = await get(who);
      expect(response.status).toBe(status);
      expect(((await response.json()) as ErrorBody).errors[0]!.path).toBe(path);
    }
    expect((await call(surveyPath(survey, '/report/responses.csv'))).status).toBe(401);
  });
});
