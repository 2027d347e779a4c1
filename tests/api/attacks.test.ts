/**
 * The attacks of issue 9, each as an adversary would run it against a fresh install (k = 5). Each
 * recovered one colleague's answers before releases existed; each must now come back empty-handed.
 * (Live votes have their own file: live-anonymity.test.ts.)
 */
import { env } from 'cloudflare:workers';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { SurveyReport } from '../../schema/report.ts';
import type { Bar, GroupResults, SurveyResults } from '../../schema/results.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { Db } from '../../worker/db/client.ts';
import { purgeExpired } from '../../worker/jobs/purge-expired.ts';
import { healthAnswers, type HealthProfile } from '../fixtures/health-answers.ts';
import { linearAttack } from '../support/disclosure-oracle.ts';
import { account, call, createSurvey, demoAnswers, postJson, release, submit, surveyPath, type Account, type ErrorBody } from './helpers.ts';

const health = (owner?: Account, settings: Record<string, unknown> = {}) =>
  createSurvey(
    {
      ...structuredClone(professionalHealth.survey),
      slug: `sante-${crypto.randomUUID().slice(0, 8)}`,
      settings: { ...professionalHealth.survey.settings, participationCodes: false, ...settings },
    },
    true,
    owner,
  );

async function answerMany(slug: string, people: [number, number, number, HealthProfile][]) {
  for (const [n, cbi, who5, profile] of people) for (let i = 0; i < n; i++) expect((await submit(slug, healthAnswers(cbi, who5, profile))).status).toBe(201);
}

const get = async <T>(survey: Awaited<ReturnType<typeof createSurvey>>, path: string, headers = survey.owner.headers) => {
  const response = await call(surveyPath(survey, path), { headers });
  return { status: response.status, body: (await response.json()) as T };
};

describe('attack 1 — row exports', () => {
  it('a viewer gets no row export at all, and the owner’s is k-anonymous over every profile column jointly', async () => {
    const owner = await account('owner');
    const viewer = await account('viewer', owner.organisationId);
    const survey = await health(owner);
    // 30 nurses, and one man aged 50 or over: the only one, alone in his profile.
    await answerMany(survey.slug, [
      [14, 2, 3, { profession: 'nurse', sex: 'woman', age_band: '35_49' }],
      [12, 1, 4, { profession: 'nurse', sex: 'woman', age_band: 'under_35' }],
      [6, 3, 2, { profession: 'doctor', sex: 'woman', age_band: '35_49' }],
      [1, 4, 0, { profession: 'nurse', sex: 'man', age_band: '50_plus', weekly_hours: '60_plus' }],
    ]);
    // While the survey is open, no row export (a second file later would give the new rows by difference).
    expect((await get(survey, '/export.csv')).status).toBe(409);
    expect((await call(surveyPath(survey, '/close'), { method: 'POST', headers: owner.headers })).status).toBe(200);
    expect((await get(survey, '/export.csv', viewer.headers)).status).toBe(403);
    expect((await get(survey, '/report/responses.csv', viewer.headers)).status).toBe(403);

    for (const path of ['/export.csv', '/report/responses.csv']) {
      const response = await call(surveyPath(survey, path), { headers: owner.headers });
      expect(response.status).toBe(200);
      const text = (await response.text()).replace(/^\uFEFF/, '');
      const [notes, table] = text.split('\r\n\r\n');
      expect(notes).toMatch(/chaque combinaison de réponses de profil de ce fichier décrit au moins 5 lignes/);
      const rows = Papa.parse<string[]>(table!.trim(), { delimiter: ';' }).data;
      const header = rows[0]!;
      const profileColumns = ['Quelle est votre profession', 'Vous êtes', 'Quel âge', 'Quel est votre mode', 'Combien d’heures'].map((label) =>
        header.findIndex((h) => h.startsWith(label)),
      );
      expect(profileColumns.every((i) => i >= 0)).toBe(true);
      const combos = new Map<string, number>();
      for (const row of rows.slice(1)) {
        const key = profileColumns.map((i) => row[i]).join('|');
        combos.set(key, (combos.get(key) ?? 0) + 1);
      }
      expect(rows.length - 1).toBe(33);
      for (const [combo, n] of combos) expect(n, combo).toBeGreaterThanOrEqual(5);
      expect(text).not.toMatch(/Un homme.*50 ans ou plus|50 ans ou plus.*Un homme/);
    }
  });
});

describe('attack 2 — two filters', () => {
  it('liberal (21) minus doctors (20) is no longer one person, in results or in the report', async () => {
    const survey = await health();
    await answerMany(survey.slug, [
      [20, 3, 2, { profession: 'doctor', practice_mode: 'liberal' }],
      [1, 4, 0, { profession: 'nurse', practice_mode: 'liberal' }],
      [15, 1, 4, { profession: 'nurse', practice_mode: 'salaried' }],
      [8, 2, 3, { profession: 'pharmacist', practice_mode: 'salaried' }],
    ]);
    await release(survey.id);
    const liberal = await get<GroupResults>(survey, '/results?by=practice_mode&option=liberal');
    const doctors = await get<GroupResults>(survey, '/results?by=profession&option=doctor');
    expect([liberal.status, doctors.status].filter((s) => s === 200).length).toBeLessThanOrEqual(1);
    const byMode = await get<SurveyReport>(survey, '/report?by=practice_mode');
    const byProfession = await get<SurveyReport>(survey, '/report?by=profession');
    const liberalGroup = byMode.body.breakdown!.groups.find((g) => g.option === 'liberal')!;
    const doctorGroup = byProfession.body.breakdown!.groups.find((g) => g.option === 'doctor')!;
    expect([liberalGroup.respondents, doctorGroup.respondents].filter((n) => n !== null).length).toBeLessThanOrEqual(1);
    // Inside a group, the other profile questions print nothing (no count of 1).
    const shown = liberal.status === 200 ? liberal.body : doctors.body;
    for (const q of shown.questions.filter((q) => ['profession', 'sex', 'age_band', 'practice_mode', 'weekly_hours'].includes(q.id)))
      expect(q).toMatchObject({ suppressed: true });
  });
});

describe('attack 3 — two releases', () => {
  it('a group hidden at one release is not given back by the next', async () => {
    const survey = await createSurvey();
    const people: { profession: string; batch: number }[] = [];
    const add = async (profession: string, n: number, batch: number) => {
      for (let i = 0; i < n; i++) expect((await submit(survey.slug, demoAnswers({ profession }))).status).toBe(201);
      for (let i = 0; i < n; i++) people.push({ profession, batch });
    };
    await add('gp', 20, 1);
    await add('nurse', 6, 1);
    await add('physio', 2, 1);
    expect(await release(survey.id)).toBe(1);
    const seen: { label: string; members: boolean[] }[] = [];
    const collect = async (at: number) => {
      const everyone = (await get<SurveyResults>(survey, '/results')).body;
      seen.push({ label: `all@${at}`, members: people.map((p) => p.batch <= at) });
      for (const bar of (everyone.questions.find((q) => q.id === 'profession') as unknown as { options: Bar[] }).options)
        if (bar.count !== null) seen.push({ label: `${bar.key}@${at}`, members: people.map((p) => p.batch <= at && p.profession === bar.key) });
    };
    await collect(1);
    // Release 2: five more GPs. Nurses unchanged: showing them now would give back release 1's hidden physios.
    await add('gp', 5, 2);
    expect(await release(survey.id)).toBe(2);
    await collect(2);
    const sizes = people.map(() => 1);
    expect(linearAttack(sizes, seen, 5)).toBeNull();
    const nurses = await get<ErrorBody>(survey, '/results?by=profession&option=nurse');
    expect(nurses.status).toBe(409);
  });

  it('participation is shown per release (each of at least k responses), never per day', async () => {
    const survey = await createSurvey();
    for (let i = 0; i < 6; i++) await submit(survey.slug, demoAnswers());
    await release(survey.id);
    for (let i = 0; i < 5; i++) await submit(survey.slug, demoAnswers());
    await release(survey.id);
    const { body } = await get<{ releases: { number: number; added: number }[]; days?: unknown }>(survey, '/activity');
    expect(body.days).toBeUndefined();
    expect(body.releases.map((r) => [r.number, r.added])).toEqual([
      [1, 6],
      [2, 5],
    ]);
  });
});

describe('attack 4 — fake responses', () => {
  it('the moment a colleague answers shows nowhere, and empty responses are refused', async () => {
    const survey = await createSurvey();
    for (let i = 0; i < 10; i++) await submit(survey.slug, demoAnswers());
    await release(survey.id);
    const snapshot = async () => [
      await call(`/api/s/${survey.slug}/results`).then((r) => r.text()),
      (await get(survey, '/results')).body,
      (await get(survey, '/report')).body,
      (await get(survey, '/activity')).body,
      (await get(survey, '/breakdowns')).body,
    ];
    const before = await snapshot();
    expect((await submit(survey.slug, demoAnswers({ profession: 'pharmacist' }))).status).toBe(201);
    expect(await snapshot()).toEqual(before);
    // k − 1 empty submissions to force a release: refused.
    for (let i = 0; i < 4; i++) expect((await submit(survey.slug, {}, undefined)).status).toBe(422);
    const list = (await (await call(`/api/orgs/${survey.owner.organisationId}/surveys`, { headers: survey.owner.headers })).json()) as {
      surveys: { id: string; responses: number }[];
    };
    expect(list.surveys.find((s) => s.id === survey.id)!.responses).toBe(10);
  });

  it('codes are issued in visible batches capped by the declared population, and default on for profile questions', async () => {
    const owner = await account('owner');
    const editor = await account('editor', owner.organisationId);
    const viewer = await account('viewer', owner.organisationId);
    // No explicit setting: the default applies (the helper would otherwise open the link).
    const survey = await createSurvey(
      {
        ...structuredClone(professionalHealth.survey),
        slug: `codes-${crypto.randomUUID().slice(0, 6)}`,
        settings: { ...professionalHealth.survey.settings, participationCodes: undefined },
      },
      true,
      owner,
    );
    // Codes on by default: an open-link submission is refused.
    expect((await submit(survey.slug, healthAnswers(1, 1))).status).toBe(422);
    const codes = (count: number, as = editor) => postJson(surveyPath(survey, '/codes'), { count }, as.headers);
    expect((await codes(5)).status).toBe(409); // no declared population yet
    expect((await postJson(surveyPath(survey, '/report/invited'), { invited: 12 }, editor.headers, 'PUT')).status).toBe(200);
    expect((await codes(10)).status).toBe(201);
    const over = await codes(3);
    expect(over.status).toBe(409);
    expect(((await over.json()) as ErrorBody).errors[0]!.path).toBe('count');
    // The population cannot drop under the codes issued.
    expect((await postJson(surveyPath(survey, '/report/invited'), { invited: 8 }, editor.headers, 'PUT')).status).toBe(409);
    const listed = await get<{ total: number; population: number; batches: { issuedBy: string; count: number; population: number }[]; used?: number }>(
      survey,
      '/codes',
      viewer.headers,
    );
    expect(listed.body).toMatchObject({ total: 10, population: 12, batches: [{ issuedBy: 'Test editor', count: 10, population: 12 }] });
    expect(listed.body.used).toBeUndefined();
    const report = await get<SurveyReport>(survey, '/report', viewer.headers);
    expect(report.body.participation.codeBatches).toMatchObject([{ issuedBy: 'Test editor', count: 10 }]);
    const csv = await (await call(surveyPath(survey, '/report.csv'), { headers: viewer.headers })).text();
    expect(csv).toMatch(/Codes de participation : 10 émis le .* par Test editor \(population déclarée 12\)/);
  });
});

describe('attack 6 — storage', () => {
  it('keeps no release flag, day or time with responses; submissions write nothing but the response and its key', async () => {
    const columns = async (table: string) => (await env.DB.prepare(`PRAGMA table_info(${table})`).all<{ name: string }>()).results.map((c) => c.name);
    expect(await columns('responses')).toEqual(['id', 'survey_id', 'answers']);
    expect(await columns('submission_keys')).toEqual(['survey_id', 'key_hash']);
    const survey = await createSurvey();
    const before = (await env.DB.prepare('SELECT COUNT(*) AS n FROM published_cells').first<{ n: number }>())!.n;
    await submit(survey.slug, demoAnswers());
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM published_cells').first<{ n: number }>())!.n).toBe(before);
  });
});

describe('attack 7 — settings after the purge', () => {
  it('k and visibility stay frozen for good once a survey was answered, purged or not', async () => {
    const survey = await createSurvey({ settings: { k: 8, resultsVisibility: 'private', participationCodes: false } });
    for (let i = 0; i < 10; i++) await submit(survey.slug, demoAnswers());
    await call(surveyPath(survey, '/close'), { method: 'POST', headers: survey.owner.headers });
    await env.DB.prepare("UPDATE surveys SET closed_on = '2020-01-01' WHERE id = ?").bind(survey.id).run();
    expect(await purgeExpired(new Db(env.DB), '2026-12-06')).toContain(survey.id);
    const current = (await (await call(surveyPath(survey), { headers: survey.owner.headers })).json()) as Record<string, unknown>;
    const { id: _id, status: _status, version: _version, ...definition } = current;
    for (const settings of [
      { k: 3, resultsVisibility: 'private' },
      { k: 8, resultsVisibility: 'public' },
    ]) {
      const response = await postJson(
        surveyPath(survey),
        { ...definition, settings: { ...(definition.settings as object), ...settings } },
        survey.owner.headers,
        'PUT',
      );
      expect(response.status).toBe(409);
    }
  });
});

describe('attack 8 — everyone in a group', () => {
  it('12 of 12 doctors past the cutoff shows as a bound, never as « 100 % (12/12) »', async () => {
    const survey = await health();
    await answerMany(survey.slug, [
      [12, 4, 0, { profession: 'doctor' }],
      [10, 1, 4, { profession: 'nurse' }],
      [8, 2, 3, { profession: 'pharmacist' }],
    ]);
    await release(survey.id);
    const { body } = await get<SurveyReport>(survey, '/report?by=profession');
    const doctors = body.breakdown!.groups.find((g) => g.option === 'doctor')!;
    const personal = doctors.scales['cbi.personal']!;
    expect(personal).toMatchObject({ suppressed: false, n: 12, cutoff: { coarse: { atLeast: 60 }, n: 12 } });
    expect(JSON.stringify(personal)).not.toMatch(/proportion|"count"/);
    const csv = await (await call(surveyPath(survey, '/report.csv?by=profession'), { headers: survey.owner.headers })).text();
    expect(csv).toMatch(/part arrondie : au moins 60 %/);
  });
});
