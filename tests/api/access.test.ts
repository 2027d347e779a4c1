import { describe, expect, it } from 'vitest';
import type { Role } from '../../schema/accounts.ts';
import { demoSurvey } from '../../schema/demo.ts';
import { account, call, createSurvey, demoAnswers, postJson, submit, type Account } from './helpers.ts';

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
    request: (org, a, id) => postJson(`/api/orgs/${org.organisationId}/surveys/${id}`, { ...demoSurvey, slug: `upd-${crypto.randomUUID().slice(0, 8)}` }, h(a), 'PUT'),
  },
  { name: 'publish', needs: 'editor', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/publish`, { method: 'POST', headers: h(a) }) },
  { name: 'close', needs: 'editor', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/close`, { method: 'POST', headers: h(a) }) },
  { name: 'results by one answer', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/results?by=profession&option=nurse`, { headers: h(a) }) },
  { name: 'breakdowns', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/breakdowns`, { headers: h(a) }) },
  { name: 'activity', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/activity`, { headers: h(a) }) },
  { name: 'CSV export', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/export.csv`, { headers: h(a) }) },
  { name: 'XLSX export', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/export.xlsx`, { headers: h(a) }) },
  { name: 'scored report', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/report?by=profession`, { headers: h(a) }) },
  { name: 'report CSV', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/report.csv`, { headers: h(a) }) },
  { name: 'report XLSX', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/report.xlsx`, { headers: h(a) }) },
  { name: 'invited count', needs: 'editor', request: (org, a, id) => postJson(`/api/orgs/${org.organisationId}/surveys/${id}/report/invited`, { invited: 40 }, h(a), 'PUT') },
  { name: 'privacy notice and register', needs: 'viewer', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/privacy`, { headers: h(a) }) },
  { name: 'free texts', needs: 'editor', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/texts/comments`, { headers: h(a) }) },
  { name: 'archive', needs: 'editor', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/archive`, { method: 'POST', headers: h(a) }) },
  { name: 'unarchive', needs: 'editor', request: (org, a, id) => call(`/api/orgs/${org.organisationId}/surveys/${id}/unarchive`, { method: 'POST', headers: h(a) }) },
  { name: 'invite', needs: 'owner', request: (org, a) => postJson(`/api/orgs/${org.organisationId}/invitations`, { email: 'new@cpts.example', role: 'viewer' }, h(a)) },
  { name: 'change a role', needs: 'owner', request: (org, a, _id, member) => postJson(`/api/orgs/${org.organisationId}/members/${member}`, { role: 'editor' }, h(a), 'PATCH') },
  { name: 'remove a member', needs: 'owner', request: (org, a, _id, member) => call(`/api/orgs/${org.organisationId}/members/${member}`, { method: 'DELETE', headers: h(a) }) },
];

const ACTORS: Actor[] = ['anonymous', 'other organisation', 'viewer', 'editor', 'owner'];
const RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };

describe('every coordinator route checks membership and role', () => {
  for (const route of routes) {
    it(route.name, async () => {
      const survey = await createSurvey();
      // k responses, so the routes that read them answer (questions freeze then: not for the update)
      if (route.name !== 'update a survey') for (let i = 0; i < 10; i++) await submit(survey.slug, demoAnswers({ profession: i < 5 ? 'nurse' : 'gp' }));
      if (route.name === 'archive' || route.name === 'unarchive')
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
