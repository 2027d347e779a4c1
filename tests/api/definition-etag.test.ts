import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, createSurvey, surveyPath } from './helpers.ts';

/** The respondent page's first call: revalidated each time, answered 304 while the survey's version holds. */
describe('GET /api/s/:slug validators', () => {
  it('carries a strong ETag and answers 304 to If-None-Match while nothing changed', async () => {
    const survey = await createSurvey();
    const first = await call(`/api/s/${survey.slug}`);
    expect(first.status).toBe(200);
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^"\d+-[0-9a-f]{32}"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const body = await first.text();

    const again = await call(`/api/s/${survey.slug}`);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.text()).toBe(body);

    const revalidated = await call(`/api/s/${survey.slug}`, { headers: { 'If-None-Match': etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('ETag')).toBe(etag);
    expect(revalidated.headers.get('Cache-Control')).toBe('no-cache');
    expect(await revalidated.text()).toBe('');

    const inAList = await call(`/api/s/${survey.slug}`, { headers: { 'If-None-Match': `"other", W/${etag}` } });
    expect(inAList.status).toBe(304);
    const stale = await call(`/api/s/${survey.slug}`, { headers: { 'If-None-Match': '"0-00"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(body);
  });

  it('is the same in French and English: both privacy notices are in the one body', async () => {
    const survey = await createSurvey();
    const fr = await call(`/api/s/${survey.slug}`, { headers: { 'Accept-Language': 'fr' } });
    const en = await call(`/api/s/${survey.slug}`, { headers: { 'Accept-Language': 'en' } });
    expect(en.headers.get('ETag')).toBe(fr.headers.get('ETag'));
    const { privacy } = (await en.json()) as { privacy: Record<'fr' | 'en', { title: string }> };
    expect(privacy.fr.title).toBe('Vos réponses et votre anonymat');
    expect(privacy.en.title).toBe('Your answers and your anonymity');
  });

  it('changes when the survey is closed, so a cached definition never outlives its version', async () => {
    const survey = await createSurvey();
    const open = await call(`/api/s/${survey.slug}`);
    const etag = open.headers.get('ETag')!;
    await call(surveyPath(survey, '/close'), { method: 'POST', headers: survey.owner.headers });
    const closed = await call(`/api/s/${survey.slug}`, { headers: { 'If-None-Match': etag } });
    expect(closed.status).toBe(200);
    expect(closed.headers.get('ETag')).not.toBe(etag);
    expect(((await closed.json()) as { status: string }).status).toBe('closed');
  });

  it('changes when the organisation is renamed: the privacy notice names it', async () => {
    const survey = await createSurvey();
    const before = await call(`/api/s/${survey.slug}`);
    const etag = before.headers.get('ETag')!;
    await env.DB.prepare('UPDATE organisations SET name = ? WHERE id = ?').bind('CPTS renommée', survey.owner.organisationId).run();
    const after = await call(`/api/s/${survey.slug}`, { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(etag);
    expect(((await after.json()) as { organisation: { name: string } }).organisation.name).toBe('CPTS renommée');
  });

  it('still hides drafts and unknown slugs behind a 404 naming the field', async () => {
    const draft = await createSurvey({}, false);
    for (const slug of [draft.slug, 'no-such-survey']) {
      const response = await call(`/api/s/${slug}`, { headers: { 'Accept-Language': 'en', 'If-None-Match': '*' } });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ errors: [{ path: 'slug', message: 'Survey not found' }] });
    }
  });
});

describe('GET /s/:slug', () => {
  it('asks the browser to fetch the definition beside the page’s script', async () => {
    const survey = await createSurvey();
    const page = await call(`/s/${survey.slug}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('Link')).toBe(`</api/s/${survey.slug}>; rel=preload; as=fetch; crossorigin=anonymous`);
  });
});
