/**
 * The idea box's pages in the coordinators' app, under `/app/o/:orgId/boxes`: matched here rather
 * than in the app's table (routes.ts hands every `/boxes…` path over). Pure, unit-tested beside.
 */
export type BoxRoute =
  | { page: 'list' }
  | { page: 'new' }
  | { page: 'queue'; boxId: string }
  | { page: 'settings' | 'add' | 'kiosks' | 'poster'; boxId: string }
  | { page: 'idea'; boxId: string; ideaId: string }
  | { page: 'notFound' };

const ID = '([A-Za-z0-9_-]{1,100})';
const BOX_PAGES = ['settings', 'add', 'kiosks', 'poster'] as const;

/** `rest` is what follows `/app/o/:orgId/boxes`. */
export function matchBoxRoute(rest: string): BoxRoute {
  const path = rest.replace(/\/+$/, '');
  let m: RegExpMatchArray | null;
  if (path === '') return { page: 'list' };
  if (path === '/new') return { page: 'new' };
  if ((m = path.match(new RegExp(`^/${ID}$`)))) return { page: 'queue', boxId: m[1]! };
  if ((m = path.match(new RegExp(`^/${ID}/(${BOX_PAGES.join('|')})$`)))) return { page: m[2] as (typeof BOX_PAGES)[number], boxId: m[1]! };
  if ((m = path.match(new RegExp(`^/${ID}/ideas/${ID}$`)))) return { page: 'idea', boxId: m[1]!, ideaId: m[2]! };
  return { page: 'notFound' };
}

export const boxPaths = {
  list: (orgId: string) => `/app/o/${orgId}/boxes`,
  create: (orgId: string) => `/app/o/${orgId}/boxes/new`,
  queue: (orgId: string, boxId: string) => `/app/o/${orgId}/boxes/${boxId}`,
  page: (orgId: string, boxId: string, page: (typeof BOX_PAGES)[number]) => `/app/o/${orgId}/boxes/${boxId}/${page}`,
  idea: (orgId: string, boxId: string, ideaId: string) => `/app/o/${orgId}/boxes/${boxId}/ideas/${ideaId}`,
};
