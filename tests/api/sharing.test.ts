import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { demoSurvey } from '../../schema/demo.ts';
import { sha256 } from '../../worker/domain/secrets.ts';
import { account, call, createSurvey, demoAnswers, newKey, postJson, submit, surveyPath, type Account, type ErrorBody } from './helpers.ts';

async function errors(response: Response): Promise<ErrorBody['errors']> {
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  return ((await response.json()) as ErrorBody).errors;
}

/** Width and height from a PNG's IHDR, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const withCodes = { settings: { ...demoSurvey.settings, participationCodes: true } };

/** A survey whose declared population (the cap on codes) is set, as codes need. */
async function surveyWithPopulation(overrides: Parameters<typeof createSurvey>[0] = {}, population = 5000) {
  const survey = await createSurvey(overrides);
  const response = await postJson(surveyPath(survey, '/report/invited'), { invited: population }, survey.owner.headers, 'PUT');
  expect(response.status).toBe(200);
  return survey;
}

/** Codes issued (from the API) and used (from D1: the API never says, it would be a live count of responses). */
async function codeCounts(survey: { id: string; owner: Account }) {
  const { total } = (await (await call(surveyPath(survey, '/codes'), { headers: survey.owner.headers })).json()) as { total: number };
  const row = await env.DB.prepare('SELECT COALESCE(SUM(used), 0) AS used FROM participation_codes WHERE survey_id = ?')
    .bind(survey.id)
    .first<{ used: number }>();
  return { total, used: row!.used };
}

async function createCodes(survey: { id: string; owner: Account }, count: number): Promise<string[]> {
  const response = await postJson(surveyPath(survey, '/codes'), { count }, survey.owner.headers);
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { codes: string[] }).codes;
}

const submitWithCode = (slug: string, code: string | undefined, key = newKey()) =>
  postJson(`/api/s/${slug}/responses`, { answers: demoAnswers(), ...(code === undefined ? {} : { code }) }, { 'Idempotency-Key': key });

describe('GET …/surveys/:id/share', () => {
  it('gives the absolute respondent link, slug and status', async () => {
    const survey = await createSurvey();
    const response = await call(surveyPath(survey, '/share'), { headers: survey.owner.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    expect(await response.json()).toEqual({ url: `https://pouls.example/s/${survey.slug}`, slug: survey.slug, status: 'open' });
  });

  it('answers 404 for an unknown survey or another organisation’s survey', async () => {
    const mine = await createSurvey();
    const theirs = await createSurvey();
    for (const id of [crypto.randomUUID(), theirs.id]) {
      const response = await call(surveyPath({ id, owner: mine.owner }, '/share'), { headers: mine.owner.headers });
      expect(response.status).toBe(404);
      expect(await errors(response)).toEqual([{ path: 'id', message: 'Questionnaire introuvable' }]);
    }
  });
});

describe('QR codes', () => {
  it('serves a crisp, titled SVG with a quiet zone', async () => {
    const survey = await createSurvey();
    const response = await call(surveyPath(survey, '/share/qr.svg'), { headers: survey.owner.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    const svg = await response.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain(
      `<title id="qr-title">Code QR du questionnaire « Vie de la CPTS : votre avis compte » : https://pouls.example/s/${survey.slug}</title>`,
    );
    // The first dark module sits 4 modules in: the quiet zone.
    expect(svg).toMatch(/d="M4 4h7/);
  });

  it('titles the SVG in English when asked', async () => {
    const survey = await createSurvey();
    const svg = await (await call(surveyPath(survey, '/share/qr.svg'), { headers: { ...survey.owner.headers, 'Accept-Language': 'en' } })).text();
    expect(svg).toContain('<title id="qr-title">QR code for the survey “Life of the CPTS: your opinion counts”: https://pouls.example/s/');
  });

  it('serves a PNG of 1024 pixels by default, or of the size asked', async () => {
    const survey = await createSurvey();
    for (const [query, side] of [
      ['', 1024],
      ['?size=128', 128],
      ['?size=2048', 2048],
      ['?size=300&lang=en', 300],
    ] as const) {
      const response = await call(surveyPath(survey, `/share/qr.png${query}`), { headers: survey.owner.headers });
      expect(response.status, query).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('image/png');
      expect(response.headers.get('Cache-Control')).toBe('private, no-store');
      expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: side, height: side });
    }
  });

  it('refuses a bad size with a 400 naming `size`', async () => {
    const survey = await createSurvey();
    const cases: [string, string][] = [
      ['127', 'Doit être au moins 128'],
      ['2049', 'Doit être au plus 2048'],
      ['0', 'Doit être au moins 128'],
      ['abc', 'Taille invalide : un nombre entier de pixels'],
      ['12.5', 'Taille invalide : un nombre entier de pixels'],
      ['-512', 'Taille invalide : un nombre entier de pixels'],
      ['', 'Taille invalide : un nombre entier de pixels'],
      ['99999999999', 'Taille invalide : un nombre entier de pixels'],
    ];
    for (const [size, message] of cases) {
      const response = await call(surveyPath(survey, `/share/qr.png?size=${size}`), { headers: survey.owner.headers });
      expect(response.status, size).toBe(400);
      expect(await errors(response), size).toEqual([{ path: 'size', message }]);
    }
    const english = await call(surveyPath(survey, '/share/qr.png?size=5000'), { headers: { ...survey.owner.headers, 'Accept-Language': 'en' } });
    expect(await errors(english)).toEqual([{ path: 'size', message: 'Must be at most 2048' }]);
  });
});

describe('participation codes', () => {
  it('creates distinct ABCD-EFGH codes, shown once, stored only as hashes', async () => {
    const survey = await surveyWithPopulation();
    const response = await postJson(surveyPath(survey, '/codes'), { count: 30 }, survey.owner.headers);
    expect(response.status).toBe(201);
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    const { codes } = (await response.json()) as { codes: string[] };
    expect(codes).toHaveLength(30);
    expect(new Set(codes).size).toBe(30);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    const rows = await env.DB.prepare('SELECT * FROM participation_codes WHERE survey_id = ?').bind(survey.id).all<Record<string, unknown>>();
    expect(rows.results).toHaveLength(30);
    // SHA-256 of survey id and code: the same code in another survey would leave another hash.
    const expected = await Promise.all(codes.map((code) => sha256(`${survey.id}:${code.replace('-', '')}`)));
    expect(rows.results.map((r) => r.code_hash).sort()).toEqual(expected.sort());
    expect(rows.results.every((r) => r.used === 0)).toBe(true);
    const stored = JSON.stringify(rows.results);
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace('-', ''));
    }

    const counts = await call(surveyPath(survey, '/codes'), { headers: survey.owner.headers });
    expect(await counts.json()).toMatchObject({ total: 30, population: 5000, batches: [{ issuedBy: 'Test owner', count: 30, population: 5000 }] });
  });

  it('inserts 2,000 codes at once within D1’s bound-parameter limit', async () => {
    const survey = await surveyWithPopulation();
    expect(await createCodes(survey, 2000)).toHaveLength(2000);
    expect(await createCodes(survey, 1)).toHaveLength(1);
    expect(await codeCounts(survey)).toEqual({ total: 2001, used: 0 });
  });

  it('counts zero codes for a survey without any', async () => {
    const survey = await surveyWithPopulation();
    expect(await codeCounts(survey)).toEqual({ total: 0, used: 0 });
  });

  it('refuses every bad request with a 4xx and its reason, never a 500', async () => {
    const survey = await surveyWithPopulation();
    const path = surveyPath(survey, '/codes');
    const headers = { ...survey.owner.headers, 'Content-Type': 'application/json' };
    const cases: [RequestInit, number, ErrorBody['errors']][] = [
      [{ body: JSON.stringify({ count: 0 }) }, 400, [{ path: 'count', message: 'Doit être au moins 1' }]],
      [{ body: JSON.stringify({ count: 5000 }) }, 400, [{ path: 'count', message: 'Doit être au plus 2000' }]],
      [{ body: JSON.stringify({ count: 2.5 }) }, 400, [{ path: 'count', message: 'Doit être un nombre entier' }]],
      [{ body: JSON.stringify({ count: '30' }) }, 400, [{ path: 'count', message: 'Attendu : un nombre, reçu : "30"' }]],
      [{ body: JSON.stringify({}) }, 400, [{ path: 'count', message: 'Ce champ est obligatoire' }]],
      [{ body: JSON.stringify({ count: 3, survey: 'x' }) }, 400, [{ path: 'survey', message: 'Champ inconnu' }]],
      [
        { body: JSON.stringify([3]) },
        400,
        [
          { path: 'count', message: 'Ce champ est obligatoire' },
          { path: '0', message: 'Champ inconnu' },
        ],
      ],
      [{ body: '' }, 400, [{ path: '$', message: 'Corps de requête illisible : JSON attendu' }]],
      [{}, 400, [{ path: '$', message: 'Corps de requête illisible : JSON attendu' }]],
      [{ body: '{"count": 3' }, 400, [{ path: '$', message: 'Corps de requête illisible : JSON attendu' }]],
      [
        { body: 'count=3', headers: { ...survey.owner.headers, 'Content-Type': 'application/x-www-form-urlencoded' } },
        415,
        [{ path: 'content-type', message: 'Content-Type: application/json attendu' }],
      ],
    ];
    for (const [init, status, expected] of cases) {
      const response = await call(path, { method: 'POST', headers, ...init });
      expect(response.status, String(init.body)).toBe(status);
      expect(await errors(response), String(init.body)).toEqual(expected);
    }
    expect(await codeCounts(survey)).toEqual({ total: 0, used: 0 });
  });

  it('answers in English when asked', async () => {
    const survey = await surveyWithPopulation();
    const response = await postJson(surveyPath(survey, '/codes'), { count: 0 }, { ...survey.owner.headers, 'Accept-Language': 'en' });
    expect(await errors(response)).toEqual([{ path: 'count', message: 'Must be at least 1' }]);
  });
});

describe('submitting to a survey that asks for codes', () => {
  it('requires a valid unused code, once; retries with the same Idempotency-Key are acknowledged', async () => {
    const survey = await surveyWithPopulation(withCodes);
    const [code, other] = await createCodes(survey, 2);

    const none = await submitWithCode(survey.slug, undefined);
    expect(none.status).toBe(422);
    expect(await errors(none)).toEqual([{ path: 'code', message: 'Ce questionnaire demande un code de participation' }]);

    const malformed = await submitWithCode(survey.slug, 'ABC-123');
    expect(malformed.status).toBe(422);
    expect(await errors(malformed)).toEqual([{ path: 'code', message: 'Un code de participation compte 8 caractères, comme ABCD-EFGH' }]);

    const unknown = await submitWithCode(survey.slug, 'ZZZZ-ZZZZ');
    expect(unknown.status).toBe(403);
    expect(await errors(unknown)).toEqual([{ path: 'code', message: 'Code de participation inconnu ou déjà utilisé' }]);

    // Typed as people do: lower case, a space instead of the dash.
    const key = newKey();
    const first = await submitWithCode(survey.slug, code!.toLowerCase().replace('-', ' '), key);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ status: 'recorded', duplicate: false });

    const again = await submitWithCode(survey.slug, code!, newKey());
    expect(again.status).toBe(403);
    expect(await errors(again)).toEqual([{ path: 'code', message: 'Code de participation inconnu ou déjà utilisé' }]);

    for (const retryCode of [code!, undefined]) {
      const retry = await submitWithCode(survey.slug, retryCode, key);
      expect(retry.status).toBe(201);
      expect(await retry.json()).toEqual({ status: 'recorded', duplicate: true });
    }

    const english = await postJson(
      `/api/s/${survey.slug}/responses`,
      { answers: demoAnswers(), code },
      { 'Idempotency-Key': newKey(), 'Accept-Language': 'en' },
    );
    expect(await errors(english)).toEqual([{ path: 'code', message: 'Unknown or already used participation code' }]);

    expect((await submitWithCode(survey.slug, other!)).status).toBe(201);
    expect(await codeCounts(survey)).toEqual({ total: 2, used: 2 });
    const responses = await env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE survey_id = ?').bind(survey.id).first<{ n: number }>();
    expect(responses?.n).toBe(2);
  });

  it('does not spend a code on answers that do not fit', async () => {
    const survey = await surveyWithPopulation(withCodes);
    const [code] = await createCodes(survey, 1);
    const invalid = await postJson(`/api/s/${survey.slug}/responses`, { answers: demoAnswers({ years: 'douze' }), code }, { 'Idempotency-Key': newKey() });
    expect(invalid.status).toBe(422);
    expect((await submitWithCode(survey.slug, code!)).status).toBe(201);
  });

  it('keeps nothing that ties a code to a response', async () => {
    const survey = await surveyWithPopulation(withCodes);
    const [code] = await createCodes(survey, 1);
    expect((await submitWithCode(survey.slug, code!)).status).toBe(201);

    const columns = await env.DB.prepare("SELECT name FROM pragma_table_info('participation_codes')").all<{ name: string }>();
    expect(columns.results.map((c) => c.name).sort()).toEqual(['code_hash', 'survey_id', 'used']);
    const codeRows = JSON.stringify((await env.DB.prepare('SELECT * FROM participation_codes WHERE survey_id = ?').bind(survey.id).all()).results);
    const response = await env.DB.prepare('SELECT id, answers FROM responses WHERE survey_id = ?').bind(survey.id).first<{ id: string; answers: string }>();
    expect(codeRows).not.toContain(response!.id);
    expect(codeRows).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/);
    const { code_hash: hash } = (await env.DB.prepare('SELECT code_hash FROM participation_codes WHERE survey_id = ?')
      .bind(survey.id)
      .first<{ code_hash: string }>())!;
    const responseRows = JSON.stringify((await env.DB.prepare('SELECT * FROM responses WHERE survey_id = ?').bind(survey.id).all()).results);
    expect(responseRows).not.toContain(hash);
    expect(responseRows).not.toContain(code!.replace('-', ''));
    const keyRows = JSON.stringify((await env.DB.prepare('SELECT * FROM submission_keys WHERE survey_id = ?').bind(survey.id).all()).results);
    expect(keyRows).not.toContain(hash);
  });

  it('refuses a code of another survey', async () => {
    const a = await surveyWithPopulation(withCodes);
    const b = await createSurvey(withCodes, true, a.owner);
    const [codeOfA] = await createCodes(a, 1);
    const response = await submitWithCode(b.slug, codeOfA!);
    expect(response.status).toBe(403);
    expect(await errors(response)).toEqual([{ path: 'code', message: 'Code de participation inconnu ou déjà utilisé' }]);
    expect((await submitWithCode(a.slug, codeOfA!)).status).toBe(201);
  });

  it('hands the code back when the response cannot be stored', async () => {
    const survey = await surveyWithPopulation(withCodes);
    const [code] = await createCodes(survey, 1);
    // A real storage failure, for this survey only.
    await env.DB.prepare(
      `CREATE TRIGGER fail_store_${survey.id.slice(0, 8)} BEFORE INSERT ON responses WHEN NEW.survey_id = '${survey.id}' BEGIN SELECT RAISE(ABORT, 'storage failed'); END`,
    ).run();
    const failed = await submitWithCode(survey.slug, code!);
    expect(failed.status).toBe(500);
    expect(await codeCounts(survey)).toEqual({ total: 1, used: 0 });

    await env.DB.prepare(`DROP TRIGGER fail_store_${survey.id.slice(0, 8)}`).run();
    expect((await submitWithCode(survey.slug, code!)).status).toBe(201);
    expect(await codeCounts(survey)).toEqual({ total: 1, used: 1 });
  });

  it('ignores a code when the survey does not ask for one', async () => {
    const survey = await surveyWithPopulation();
    expect((await submitWithCode(survey.slug, 'ZZZZ-ZZZZ')).status).toBe(201);
    expect((await submitWithCode(survey.slug, 'not a code at all')).status).toBe(201);
  });

  it('shows respondents the setting and the organisation’s name, nothing about codes', async () => {
    const survey = await surveyWithPopulation(withCodes);
    await createCodes(survey, 3);
    const response = await call(`/api/s/${survey.slug}`);
    expect(response.status).toBe(200);
    const definition = (await response.json()) as Record<string, unknown> & { settings: Record<string, unknown> };
    expect(definition.settings.participationCodes).toBe(true);
    expect(definition.organisation).toEqual({ name: `CPTS ${survey.owner.organisationId.slice(0, 4)}` });
    expect(Object.keys(definition).sort()).toEqual(['description', 'id', 'organisation', 'pages', 'privacy', 'settings', 'slug', 'status', 'title']);
    expect(JSON.stringify(definition)).not.toMatch(/code_hash|"codes"|"used"|"total"/);
  });
});

describe('access to sharing routes', () => {
  type Actor = 'anonymous' | 'other organisation' | 'viewer' | 'editor' | 'owner';
  const routes: { name: string; needs: 'viewer' | 'editor'; request: (path: string, headers: Record<string, string>) => Promise<Response> }[] = [
    { name: 'share link', needs: 'viewer', request: (p, h) => call(`${p}/share`, { headers: h }) },
    { name: 'SVG', needs: 'viewer', request: (p, h) => call(`${p}/share/qr.svg`, { headers: h }) },
    { name: 'PNG', needs: 'viewer', request: (p, h) => call(`${p}/share/qr.png?size=128`, { headers: h }) },
    { name: 'count codes', needs: 'viewer', request: (p, h) => call(`${p}/codes`, { headers: h }) },
    { name: 'create codes', needs: 'editor', request: (p, h) => postJson(`${p}/codes`, { count: 2 }, h) },
  ];

  it('401 when signed out, 403 for another organisation or too low a role', async () => {
    const survey = await surveyWithPopulation();
    const org = survey.owner.organisationId;
    const actors: Record<Actor, Account | null> = {
      anonymous: null,
      'other organisation': await account('owner'),
      viewer: await account('viewer', org),
      editor: await account('editor', org),
      owner: survey.owner,
    };
    for (const route of routes) {
      for (const [actor, who] of Object.entries(actors) as [Actor, Account | null][]) {
        const response = await route.request(surveyPath(survey), who?.headers ?? {});
        const label = `${route.name} as ${actor}`;
        if (actor === 'anonymous') {
          expect(response.status, label).toBe(401);
          expect((await errors(response))[0]?.path).toBe('session');
        } else if (actor === 'other organisation') {
          expect(response.status, label).toBe(403);
          expect((await errors(response))[0]?.path).toBe('orgId');
        } else if (actor === 'viewer' && route.needs === 'editor') {
          expect(response.status, label).toBe(403);
          expect((await errors(response))[0]?.path).toBe('role');
        } else {
          expect(response.status, label).toBeLessThan(300);
        }
      }
    }
  });

  it('another organisation cannot reach a survey through its own organisation either', async () => {
    const victim = await createSurvey(withCodes);
    const intruder = await account('owner');
    const path = `/api/orgs/${intruder.organisationId}/surveys/${victim.id}`;
    for (const response of [
      await call(`${path}/share/qr.svg`, { headers: intruder.headers }),
      await postJson(`${path}/codes`, { count: 5 }, intruder.headers),
    ]) {
      expect(response.status).toBe(404);
      expect(await errors(response)).toEqual([{ path: 'id', message: 'Questionnaire introuvable' }]);
    }
  });
});

describe('GET /api/templates', () => {
  it('needs a signed-in user', async () => {
    const response = await call('/api/templates');
    expect(response.status).toBe(401);
    expect(await errors(response)).toEqual([{ path: 'session', message: 'Connectez-vous pour continuer' }]);
  });

  it('lists the templates, each a survey the API accepts as it is', async () => {
    const viewer = await account('viewer');
    const response = await call('/api/templates', { headers: viewer.headers });
    expect(response.status).toBe(200);
    const { templates } = (await response.json()) as {
      templates: { templateId: string; title: { fr: string }; description: { fr: string }; survey: { slug: string } }[];
    };
    expect(templates.map((t) => t.templateId)).toEqual([
      'besoins-du-territoire',
      'avis-des-habitants',
      'sante-des-professionnels',
      'qualite-de-vie-au-travail',
    ]);

    const editor = await account('editor');
    for (const template of templates) {
      expect(template.title.fr).toBeTruthy();
      expect(template.description.fr).toBeTruthy();
      const created = await postJson(
        `/api/orgs/${editor.organisationId}/surveys`,
        { ...template.survey, slug: `${template.survey.slug}-${crypto.randomUUID().slice(0, 6)}` },
        editor.headers,
      );
      expect(created.status, await created.clone().text()).toBe(201);
    }
  });
});
