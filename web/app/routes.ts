/**
 * The coordinators' app's addresses, matched by plain regular expressions (no router dependency).
 * Pure, so the table can be unit-tested.
 */
export type Route =
  | { name: 'login'; next: string | null }
  | { name: 'setup'; token: string }
  | { name: 'invite'; token: string }
  | { name: 'reset'; token: string }
  | { name: 'dashboard'; orgId?: string }
  | { name: 'newSurvey'; orgId: string }
  | { name: 'members'; orgId: string }
  | { name: 'audit'; orgId: string }
  | { name: 'account' }
  | { name: 'survey'; orgId: string; surveyId: string }
  | { name: 'edit'; orgId: string; surveyId: string }
  | { name: 'share'; orgId: string; surveyId: string }
  | { name: 'poster'; orgId: string; surveyId: string }
  | { name: 'cards'; orgId: string; surveyId: string }
  | { name: 'results'; orgId: string; surveyId: string }
  | { name: 'report'; orgId: string; surveyId: string }
  | { name: 'register'; orgId: string; surveyId: string }
  | { name: 'liveList'; orgId: string }
  | { name: 'liveConsole'; orgId: string; sessionId: string }
  | { name: 'liveProjector'; orgId: string; sessionId: string }
  /** The idea box's pages: `rest` (after `/boxes`) is matched by ideas/box-routes.ts. */
  | { name: 'ideas'; orgId: string; rest: string }
  | { name: 'notFound' };

const ID = '([A-Za-z0-9_-]{1,100})';
const SURVEY_PAGES = ['edit', 'share', 'poster', 'cards', 'results', 'report', 'register'] as const;

/** Only same-app paths are followed after sign-in (the app, or back to an invitation), never another site. */
export function safeNext(next: string | null): string | null {
  return next && (/^\/app(\/[A-Za-z0-9/_-]*)?$/.test(next) || /^\/invite\/[A-Za-z0-9_-]+$/.test(next)) ? next : null;
}

export function matchRoute(pathname: string, search = ''): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  let m: RegExpMatchArray | null;
  if (path === '/login') return { name: 'login', next: safeNext(new URLSearchParams(search).get('next')) };
  if ((m = path.match(/^\/setup\/([A-Za-z0-9_-]+)$/))) return { name: 'setup', token: m[1]! };
  if ((m = path.match(/^\/invite\/([A-Za-z0-9_-]+)$/))) return { name: 'invite', token: m[1]! };
  if ((m = path.match(/^\/app\/reset\/([A-Za-z0-9_-]+)$/))) return { name: 'reset', token: m[1]! };
  if (path === '/app') return { name: 'dashboard' };
  if (path === '/app/account') return { name: 'account' };
  if ((m = path.match(new RegExp(`^/app/o/${ID}$`)))) return { name: 'dashboard', orgId: m[1]! };
  if ((m = path.match(new RegExp(`^/app/o/${ID}/new$`)))) return { name: 'newSurvey', orgId: m[1]! };
  if ((m = path.match(new RegExp(`^/app/o/${ID}/members$`)))) return { name: 'members', orgId: m[1]! };
  if ((m = path.match(new RegExp(`^/app/o/${ID}/audit$`)))) return { name: 'audit', orgId: m[1]! };
  if ((m = path.match(new RegExp(`^/app/o/${ID}/live$`)))) return { name: 'liveList', orgId: m[1]! };
  if ((m = path.match(new RegExp(`^/app/o/${ID}/live/${ID}$`)))) return { name: 'liveConsole', orgId: m[1]!, sessionId: m[2]! };
  if ((m = path.match(new RegExp(`^/app/o/${ID}/live/${ID}/projector$`)))) return { name: 'liveProjector', orgId: m[1]!, sessionId: m[2]! };
  if ((m = path.match(new RegExp(`^/app/o/${ID}/boxes(/.*)?$`)))) return { name: 'ideas', orgId: m[1]!, rest: m[2] ?? '' };
  if ((m = path.match(new RegExp(`^/app/o/${ID}/s/${ID}$`)))) return { name: 'survey', orgId: m[1]!, surveyId: m[2]! };
  if ((m = path.match(new RegExp(`^/app/o/${ID}/s/${ID}/(${SURVEY_PAGES.join('|')})$`))))
    return { name: m[3] as (typeof SURVEY_PAGES)[number], orgId: m[1]!, surveyId: m[2]! };
  return { name: 'notFound' };
}

/** Paths of the survey pages, in one place. */
export const paths = {
  dashboard: (orgId: string) => `/app/o/${orgId}`,
  newSurvey: (orgId: string) => `/app/o/${orgId}/new`,
  members: (orgId: string) => `/app/o/${orgId}/members`,
  audit: (orgId: string) => `/app/o/${orgId}/audit`,
  live: (orgId: string) => `/app/o/${orgId}/live`,
  liveConsole: (orgId: string, sessionId: string) => `/app/o/${orgId}/live/${sessionId}`,
  liveProjector: (orgId: string, sessionId: string) => `/app/o/${orgId}/live/${sessionId}/projector`,
  survey: (orgId: string, surveyId: string, page: (typeof SURVEY_PAGES)[number]) => `/app/o/${orgId}/s/${surveyId}/${page}`,
};
