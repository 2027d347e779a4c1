import { describe, expect, it } from 'vitest';
import type { Role } from '../../schema/accounts.ts';
import { demoSurvey } from '../../schema/demo.ts';
import { account, call, createSurvey, demoAnswers, postJson, release, submit, type Account } from './helpers.ts';
import { definition, liveSession } from './live-helpers.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { healthAnswers } from '../fixtures/health-answers.ts';

type Actor = 'anonymous' | 'other organisation' | Role;
type Route = { name: string; needs: Role; request: (org: Account, actor: Account | null, surveyId: string, memberId: string) => Promise<Response> };

const h = (actor: Account | null) => actor?.headers ?? {};
const routes: Route[] = [
  { name: 'list surveys', needs: 'viewer', request: (org, a) => call(`/api/orgs/${org.organisationId}/surveys`, { headers: h(a) }) },
  { name: 'read a survey', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}`, { headers: h(a) }) },
  { name: 'read results', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/results`, { headers: h(a) }) },
  { name: 'list members', needs: 'viewer', request: (org, a) => call(`/api/orgs/${org.organisationId}/members`, { headers: h(a) }) },
  {
    name: 'create a survey',
    needs: 'editor',
    request: (org, a) => postJson(`/api/orgs/${org.organisationId}/surveys`, { ...demoSurvey, slug: `new-${crypto.randomUUID().slice(0, 8)}` }, h(a)),
  },
  {
    name: 'update a survey',
    needs: 'editor',
    request: (org, a, id) =>
      postJson(`/api/orgs/${org.organisationId}/surveys/${id}`, { ...demoSurvey, slug: `upd-${crypto.randomUUID().slice(0, 8)}` }, h(a), 'PUT'),
  },
  {
    name: 'publish',
    needs: 'editor',
    request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/publish`, { method: 'POST', headers: h(a) }),
  },
  { name: 'close', needs: 'editor', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/close`, { method: 'POST', headers: h(a) }) },
  {
    name: 'results by one answer',
    needs: 'viewer',
    request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/results?by=profession&option=nurse`, { headers: h(a) }),
  },
  { name: 'breakdowns', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/breakdowns`, { headers: h(a) }) },
  { name: 'activity', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/activity`, { headers: h(a) }) },
  { name: 'exports available', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/exports`, { headers: h(a) }) },
  { name: 'CSV export', needs: 'owner', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/export.csv`, { headers: h(a) }) },
  { name: 'XLSX export', needs: 'owner', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/export.xlsx`, { headers: h(a) }) },
  {
    name: 'scored responses export',
    needs: 'owner',
    request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/report/responses.csv`, { headers: h(a) }),
  },
  { name: 'codes issued', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/codes`, { headers: h(a) }) },
  { name: 'organisation settings', needs: 'viewer', request: (org, a) => call(`/api/orgs/${org.organisationId}/settings`, { headers: h(a) }) },
  { name: 'publication hour', needs: 'owner', request: (org, a) => postJson(`/api/orgs/${org.organisationId}/settings`, { releaseHour: 18 }, h(a), 'PUT') },
  {
    name: 'scored report',
    needs: 'viewer',
    request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/report?by=profession`, { headers: h(a) }),
  },
  { name: 'report CSV', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/report.csv`, { headers: h(a) }) },
  { name: 'report XLSX', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/report.xlsx`, { headers: h(a) }) },
  {
    name: 'invited count',
    needs: 'editor',
    request: (org, a, id) => postJson(`/api/orgs/${org.organisationId}/surveys/${id}/report/invited`, { invited: 40 }, h(a), 'PUT'),
  },
  {
    name: 'privacy notice and register',
    needs: 'viewer',
    request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/privacy`, { headers: h(a) }),
  },
  { name: 'free texts', needs: 'editor', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/texts/comments`, { headers: h(a) }) },
  {
    name: 'archive',
    needs: 'editor',
    request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/archive`, { method: 'POST', headers: h(a) }),
  },
  {
    name: 'unarchive',
    needs: 'editor',
    request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/unarchive`, { method: 'POST', headers: h(a) }),
  },
  {
    name: 'invite',
    needs: 'owner',
    request: (org, a) => postJson(`/api/orgs/${org.organisationId}/invitations`, { email: 'new@cpts.example', role: 'viewer' }, h(a)),
  },
  {
    name: 'change a role',
    needs: 'owner',
    request: (org, a, _id, member) => postJson(`/api/orgs/${org.organisationId}/members/${member}`, { role: 'editor' }, h(a), 'PATCH'),
  },
  {
    name: 'remove a member',
    needs: 'owner',
    request: (org, a, _id, member) => call(`/api/orgs/${org.organisationId}/members/${member}`, { method: 'DELETE', headers: h(a) }),
  },
  { name: 'list pending invitations', needs: 'owner', request: (org, a) => call(`/api/orgs/${org.organisationId}/invitations`, { headers: h(a) }) },
  {
    name: 'revoke an invitation',
    needs: 'owner',
    // A pending invitation of its own for each actor, made by the owner.
    request: async (org, a) => {
      await postJson(
        `/api/orgs/${org.organisationId}/invitations`,
        { email: `revoke-${crypto.randomUUID().slice(0, 6)}@cpts.example`, role: 'viewer' },
        org.headers,
      );
      const listed = (await (await call(`/api/orgs/${org.organisationId}/invitations`, { headers: org.headers })).json()) as { invitations: { id: string }[] };
      return call(`/api/orgs/${org.organisationId}/invitations/${listed.invitations[0]!.id}`, { method: 'DELETE', headers: h(a) });
    },
  },
  {
    name: 'issue a password-reset link',
    needs: 'owner',
    request: (org, a, _id, member) => call(`/api/orgs/${org.organisationId}/members/${member}/reset-link`, { method: 'POST', headers: h(a) }),
  },
  { name: 'read the audit log', needs: 'owner', request: (org, a) => call(`/api/orgs/${org.organisationId}/audit`, { headers: h(a) }) },
];

const ACTORS: Actor[] = ['anonymous', 'other organisation', 'viewer', 'editor', 'owner'];
const RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };

describe('every coordinator route checks membership and role', () => {
  for (const route of routes) {
    it(route.name, async () => {
      const scored = route.name === 'scored responses export';
      const survey = scored
        ? await createSurvey({
            ...structuredClone(professionalHealth.survey),
            slug: `sante-${crypto.randomUUID().slice(0, 8)}`,
            settings: { ...professionalHealth.survey.settings, participationCodes: false },
          })
        : await createSurvey();
      // k responses, released, so the routes that read them answer (questions freeze then: not for the update)
      if (route.name !== 'update a survey')
        for (let i = 0; i < 10; i++) await submit(survey.slug, scored ? healthAnswers(2, 3) : demoAnswers({ profession: i < 5 ? 'nurse' : 'gp' }));
      if (route.name !== 'update a survey') await release(survey.id);
      // Archiving and row exports need a closed survey.
      if (['archive', 'unarchive', 'CSV export', 'XLSX export', 'scored responses export'].includes(route.name))
        await call(`/api/orgs/${survey.owner.organisationId}/surveys/${survey.id}/close`, { method: 'POST', headers: survey.owner.headers });
      const org = survey.owner;
      const outsider = await account('owner');
      const actors: Record<Actor, Account | null> = {
        anonymous: null,
        'other organisation': outsider,
        viewer: await account('viewer', org.organisationId),
        editor: await account('editor', org.organisationId),
        owner: org,
      };
      for (const actor of ACTORS) {
        const target = await account('viewer', org.organisationId); // a member the owner routes can act on
        const response = await route.request(org, actors[actor], survey.id, target.userId);
        const expected = actor === 'anonymous' ? 401 : actor === 'other organisation' || RANK[actor] < RANK[route.needs] ? 403 : 'ok';
        if (expected === 'ok') expect(response.status, `${actor}: ${await response.clone().text()}`).toBeLessThan(300);
        else {
          expect(response.status, actor).toBe(expected);
          const body = (await response.json()) as { errors: { path: string }[] };
          expect(body.errors[0]?.path).toBe(expected === 401 ? 'session' : actor === 'other organisation' ? 'orgId' : 'role');
        }
      }
    });
  }

  it('a survey id from another organisation is not found, even for an owner', async () => {
    const survey = await createSurvey();
    const outsider = await account('owner');
    const response = await call(`/api/orgs/${outsider.organisationId}/surveys/${survey.id}`, { headers: outsider.headers });
    expect(response.status).toBe(404);
  });
});

type LiveRoute = { name: string; needs: Role; request: (org: Account, actor: Account | null, sessionId: string) => Promise<Response> };
const live = (org: Account, rest = '') => `/api/orgs/${org.organisationId}/live${rest}`;
const liveRoutes: LiveRoute[] = [
  { name: 'list live sessions', needs: 'viewer', request: (org, a) => call(live(org), { headers: h(a) }) },
  { name: 'create a live session', needs: 'editor', request: (org, a) => postJson(live(org), definition(), h(a)) },
  { name: 'read a live session', needs: 'viewer', request: (org, a, id) => call(live(org, `/${id}`), { headers: h(a) }) },
  { name: 'edit a live session', needs: 'editor', request: (org, a, id) => postJson(live(org, `/${id}`), definition(), h(a), 'PUT') },
  { name: 'start a live session', needs: 'editor', request: (org, a, id) => call(live(org, `/${id}/start`), { method: 'POST', headers: h(a) }) },
  { name: 'end a live session', needs: 'editor', request: (org, a, id) => call(live(org, `/${id}/end`), { method: 'POST', headers: h(a) }) },
  { name: 'control a question', needs: 'editor', request: (org, a, id) => postJson(live(org, `/${id}/questions/q1/control`), { action: 'reveal' }, h(a)) },
  {
    name: 'delete a live session',
    needs: 'editor',
    // A session of its own for each actor: the first allowed one deletes it.
    request: async (org, a) => call(live(org, `/${(await liveSession(definition(), false, org)).id}`), { method: 'DELETE', headers: h(a) }),
  },
  { name: 'make cards', needs: 'editor', request: (org, a, id) => postJson(live(org, `/${id}/cards`), { count: 2 }, h(a)) },
  { name: 'live CSV export', needs: 'viewer', request: (org, a, id) => call(live(org, `/${id}/export.csv`), { headers: h(a) }) },
  { name: 'live QR code', needs: 'viewer', request: (org, a, id) => call(live(org, `/${id}/qr.svg`), { headers: h(a) }) },
  { name: 'console socket', needs: 'viewer', request: (org, a, id) => call(live(org, `/${id}/socket`), { headers: { ...h(a), Upgrade: 'websocket' } }) },
  {
    name: 'projector socket',
    needs: 'viewer',
    request: (org, a, id) => call(live(org, `/${id}/socket?view=projector`), { headers: { ...h(a), Upgrade: 'websocket' } }),
  },
];

describe('every live organiser route checks membership and role', () => {
  for (const route of liveRoutes) {
    it(route.name, async () => {
      const session = await liveSession();
      const org = session.owner;
      const actors: Record<Actor, Account | null> = {
        anonymous: null,
        'other organisation': await account('owner'),
        viewer: await account('viewer', org.organisationId),
        editor: await account('editor', org.organisationId),
        owner: org,
      };
      for (const actor of ACTORS) {
        const response = await route.request(org, actors[actor], session.id);
        const expected = actor === 'anonymous' ? 401 : actor === 'other organisation' || RANK[actor] < RANK[route.needs] ? 403 : 'ok';
        if (expected === 'ok') {
          expect(response.status, actor).toBeLessThan(300);
          response.webSocket?.accept();
          response.webSocket?.close(1000);
        } else {
          expect(response.status, actor).toBe(expected);
          const body = (await response.json()) as { errors: { path: string }[] };
          expect(body.errors[0]?.path).toBe(expected === 401 ? 'session' : actor === 'other organisation' ? 'orgId' : 'role');
        }
      }
    });
  }

  it('the moderation route checks role too', async () => {
    const session = await liveSession(definition(), true);
    const viewer = await account('viewer', session.owner.organisationId);
    const response = await postJson(`${session.base}/ideas/some-idea/moderate`, { action: 'approve' }, viewer.headers);
    expect(response.status).toBe(403);
    expect((await postJson(`${session.base}/ideas/some-idea/moderate`, { action: 'approve' })).status).toBe(401);
    expect((await postJson(`${session.base}/ideas/some-idea/moderate`, { action: 'approve' }, session.owner.headers)).status).toBe(404);
  });
});
