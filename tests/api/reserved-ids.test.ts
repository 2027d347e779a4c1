import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { demoSurvey } from '../../schema/demo.ts';
import { account, newKey, postJson, submit, type ErrorBody } from './helpers.ts';

const question = (id: string, required = false) => ({ id, type: 'short_text', label: { fr: id }, required });

describe('question ids that every plain object already has', () => {
  it('are refused when a survey is created, with the path and why, in French and English', async () => {
    const editor = await account('editor');
    for (const [lang, message] of [
      ['fr', 'Identifiant réservé : « constructor » est un nom interne de JavaScript, choisissez-en un autre'],
      ['en', 'Reserved id: “constructor” is a JavaScript built-in name, choose another one'],
    ] as const) {
      const response = await postJson(
        `/api/orgs/${editor.organisationId}/surveys`,
        { ...demoSurvey, slug: `reserved-${lang}`, pages: [{ id: 'p1', questions: [question('constructor')] }] },
        { ...editor.headers, 'Accept-Language': lang },
      );
      expect(response.status).toBe(422);
      expect(((await response.json()) as ErrorBody).errors).toEqual([{ path: 'pages.0.questions.0.id', message }]);
    }
    for (const id of ['toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      const response = await postJson(
        `/api/orgs/${editor.organisationId}/surveys`,
        { ...demoSurvey, slug: `reserved-${id.toLowerCase().replaceAll('_', '')}`, pages: [{ id: 'p1', questions: [question(id)] }] },
        editor.headers,
      );
      expect(response.status, id).toBe(422);
      expect(((await response.json()) as ErrorBody).errors[0]?.path).toBe('pages.0.questions.0.id');
    }
  });

  it('in a survey stored before they were refused, take submissions that skip them or answer them', async () => {
    const owner = await account('owner');
    const definition = {
      title: { fr: 'Ancien' },
      settings: { k: 5, resultsVisibility: 'private', retentionMonths: 12, participationCodes: false },
      pages: [{ id: 'p1', questions: [question('constructor'), question('valueOf'), question('toString'), question('q', true)] }],
    };
    await env.DB.prepare(
      "INSERT INTO surveys (id, organisation_id, slug, status, definition, version, created_at, updated_at) VALUES (?, ?, 'legacy-ids', 'open', ?, 1, 'x', 'x')",
    )
      .bind(crypto.randomUUID(), owner.organisationId, JSON.stringify(definition))
      .run();
    expect((await submit('legacy-ids', { q: 'seulement la dernière' })).status).toBe(201);
    expect((await submit('legacy-ids', { q: 'toutes', valueOf: 'a', toString: 'b' })).status).toBe(201);
    const missing = await postJson('/api/s/legacy-ids/responses', { answers: { valueOf: 'a' } }, { 'Idempotency-Key': newKey() });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as ErrorBody).errors).toEqual([{ path: 'answers.q', message: 'Réponse obligatoire' }]);
  });
});
