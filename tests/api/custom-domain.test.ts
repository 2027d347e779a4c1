/**
 * A custom domain needs no code change: the CSP's WebSocket origin and every absolute link the API
 * hands out (respondent link, invitation, live join address) come from the request's own origin.
 * Here the same worker answers on its workers.dev address and on a CPTS's own domain.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { LiveSessionAdmin } from '../../schema/live.ts';
import { account, createSurvey } from './helpers.ts';
import { liveSession } from './live-helpers.ts';

const ORIGINS = ['https://sondages.cpts-des-collines.fr', 'https://pouls.cpts-collines.workers.dev'] as const;

const at = (origin: string, path: string, init: RequestInit = {}) => exports.default.fetch(new Request(`${origin}${path}`, init));

describe('a custom domain', () => {
  for (const origin of ORIGINS) {
    const host = new URL(origin).host;

    it(`${host}: the pages' CSP lets scripts reach this host's WebSocket, and no other`, async () => {
      for (const path of ['/live', '/app', '/s/demo']) {
        const csp = (await at(origin, path)).headers.get('Content-Security-Policy') ?? '';
        expect(csp, path).toContain(`connect-src 'self' wss://${host}`);
        for (const other of ORIGINS.filter((o) => o !== origin)) expect(csp, path).not.toContain(new URL(other).host);
      }
    });

    it(`${host}: absolute links handed out point at this host`, async () => {
      const survey = await createSurvey();
      const headers = { ...survey.owner.headers, Origin: origin };
      const share = (await (await at(origin, `/api/orgs/${survey.owner.organisationId}/surveys/${survey.id}/share`, { headers })).json()) as { url: string };
      expect(share.url).toBe(`${origin}/s/${survey.slug}`);

      const invited = await at(origin, `/api/orgs/${survey.owner.organisationId}/invitations`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `new-${crypto.randomUUID().slice(0, 6)}@cpts.example`, role: 'viewer' }),
      });
      expect(invited.status).toBe(201);
      expect(((await invited.json()) as { link: string }).link).toMatch(new RegExp(`^${origin.replaceAll('.', '\\.')}/invite/[\\w-]+$`));

      const live = await liveSession(undefined, true, await account('owner'));
      const state = (await (await at(origin, live.base, { headers: live.owner.headers })).json()) as LiveSessionAdmin;
      expect(state.joinUrl).toBe(`${origin}/live/${live.code}`);
    });
  }

  it('on plain http (wrangler dev, a LAN), the WebSocket origin is ws:, not wss:', async () => {
    const csp = (await at('http://192.168.1.20:8787', '/live')).headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("connect-src 'self' ws://192.168.1.20:8787");
  });
});
