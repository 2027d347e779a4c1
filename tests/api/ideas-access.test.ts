import { describe, expect, it } from 'vitest';
import type { Role } from '../../schema/accounts.ts';
import { account, call, postJson, type Account } from './helpers.ts';
import { boxInput, createBox, publishedIdea, type TestBox } from './ideas-helpers.ts';

type Actor = 'anonymous' | 'other organisation' | Role;
const ACTORS: Actor[] = ['anonymous', 'other organisation', 'viewer', 'editor', 'owner'];
const RANK: Record<Role, number> = { viewer: 1, editor: 2, owner: 3 };

type Fixture = { box: TestBox; ideas: [string, string] };
type Route = { name: string; needs: Role; request: (f: Fixture, headers: Record<string, string>) => Promise<Response> };

const boxes = (f: Fixture) => `/api/orgs/${f.box.owner.organisationId}/boxes`;
const routes: Route[] = [
  { name: 'list boxes', needs: 'viewer', request: (f, h) => call(boxes(f), { headers: h }) },
  { name: 'templates', needs: 'viewer', request: (f, h) => call(`${boxes(f)}/templates`, { headers: h }) },
  { name: 'create a box', needs: 'editor', request: (f, h) => postJson(boxes(f), boxInput(), h) },
  { name: 'read a box', needs: 'viewer', request: (f, h) => call(f.box.base, { headers: h }) },
  { name: 'edit a box', needs: 'editor', request: (f, h) => postJson(f.box.base, boxInput({ slug: f.box.slug }), h, 'PUT') },
  { name: 'the queue', needs: 'viewer', request: (f, h) => call(`${f.box.base}/ideas?status=pending`, { headers: h }) },
  { name: 'a paper slip', needs: 'editor', request: (f, h) => postJson(`${f.box.base}/ideas`, { text: 'Un papier', theme: 'accueil' }, h) },
  { name: 'moderate', needs: 'editor', request: (f, h) => postJson(`${f.box.base}/ideas/${f.ideas[0]}/moderate`, { action: 'theme', theme: 'accueil' }, h) },
  { name: 'promote', needs: 'editor', request: (f, h) => postJson(`${f.box.base}/ideas/${f.ideas[0]}/promote`, { type: 'ranking', with: [f.ideas[1]] }, h) },
  {
    name: 'import texts',
    needs: 'editor',
    request: (f, h) => postJson(`${f.box.base}/import-texts`, { surveyId: crypto.randomUUID(), questionId: 'comments' }, h),
  },
  { name: 'privacy', needs: 'viewer', request: (f, h) => call(`${f.box.base}/privacy`, { headers: h }) },
  { name: 'QR code', needs: 'viewer', request: (f, h) => call(`${f.box.base}/qr.svg`, { headers: h }) },
  { name: 'CSV export', needs: 'viewer', request: (f, h) => call(`${f.box.base}/export.csv`, { headers: h }) },
  { name: 'XLSX export', needs: 'viewer', request: (f, h) => call(`${f.box.base}/export.xlsx`, { headers: h }) },
  { name: 'list kiosks', needs: 'viewer', request: (f, h) => call(`${f.box.base}/kiosks`, { headers: h }) },
  { name: 'enrol a kiosk', needs: 'editor', request: (f, h) => postJson(`${f.box.base}/kiosks`, { label: 'Tablette' }, h) },
  {
    name: 'revoke a kiosk',
    needs: 'editor',
    // A kiosk of its own for each actor, enrolled by the owner.
    request: async (f, h) => {
      const { kioskId } = (await (await postJson(`${f.box.base}/kiosks`, { label: 'À retirer' }, f.box.owner.headers)).json()) as { kioskId: string };
      return call(`${f.box.base}/kiosks/${kioskId}`, { method: 'DELETE', headers: h });
    },
  },
  {
    name: 'delete a box',
    needs: 'owner',
    // A box of its own for each actor: the first allowed one deletes it.
    request: async (f, h) => call((await createBox({}, f.box.owner)).base, { method: 'DELETE', headers: h }),
  },
];

describe('every idea box coordinator route checks membership and role', () => {
  for (const route of routes) {
    it(route.name, async () => {
      const box = await createBox();
      const fixture: Fixture = { box, ideas: [await publishedIdea(box, 'Première idée'), await publishedIdea(box, 'Seconde idée')] };
      const org = box.owner;
      const actors: Record<Actor, Account | null> = {
        anonymous: null,
        'other organisation': await account('owner'),
        viewer: await account('viewer', org.organisationId),
        editor: await account('editor', org.organisationId),
        owner: org,
      };
      for (const actor of ACTORS) {
        const response = await route.request(fixture, actors[actor]?.headers ?? {});
        const refused = actor === 'anonymous' ? 401 : actor === 'other organisation' || RANK[actor] < RANK[route.needs] ? 403 : null;
        if (refused === null) {
          expect([401, 403], `${actor}: ${response.status}`).not.toContain(response.status);
          expect(response.status, actor).toBeLessThan(500);
          continue;
        }
        expect(response.status, actor).toBe(refused);
        const body = (await response.json()) as { errors: { path: string }[] };
        expect(body.errors[0]?.path).toBe(refused === 401 ? 'session' : actor === 'other organisation' ? 'orgId' : 'role');
      }
    });
  }
});
