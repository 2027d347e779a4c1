import { describe, expect, it } from 'vitest';
import { matchRoute, paths, safeNext } from './routes.ts';

describe('paths', () => {
  it('match their routes', () => {
    expect(matchRoute(paths.live('o'))).toEqual({ name: 'liveList', orgId: 'o' });
    expect(matchRoute(paths.liveConsole('o', 's'))).toEqual({ name: 'liveConsole', orgId: 'o', sessionId: 's' });
    expect(matchRoute(paths.liveProjector('o', 's'))).toEqual({ name: 'liveProjector', orgId: 'o', sessionId: 's' });
  });
});

describe('matchRoute', () => {
  it('reads every page of the app', () => {
    expect(matchRoute('/login', '?next=%2Fapp%2Faccount')).toEqual({ name: 'login', next: '/app/account' });
    expect(matchRoute('/setup/abcdefghijklmnopqrstu')).toEqual({ name: 'setup', token: 'abcdefghijklmnopqrstu' });
    expect(matchRoute('/invite/tok_en-1')).toEqual({ name: 'invite', token: 'tok_en-1' });
    expect(matchRoute('/app/reset/tok_en-2')).toEqual({ name: 'reset', token: 'tok_en-2' });
    expect(matchRoute('/app/o/org-1/audit')).toEqual({ name: 'audit', orgId: 'org-1' });
    expect(matchRoute('/app')).toEqual({ name: 'dashboard' });
    expect(matchRoute('/app/')).toEqual({ name: 'dashboard' });
    expect(matchRoute('/app/o/org-1')).toEqual({ name: 'dashboard', orgId: 'org-1' });
    expect(matchRoute('/app/o/org-1/members')).toEqual({ name: 'members', orgId: 'org-1' });
    expect(matchRoute('/app/o/org-1/new')).toEqual({ name: 'newSurvey', orgId: 'org-1' });
    expect(matchRoute('/app/account')).toEqual({ name: 'account' });
    expect(matchRoute('/app/o/o/s/s1/results')).toEqual({ name: 'results', orgId: 'o', surveyId: 's1' });
    expect(matchRoute('/app/o/o/s/s1/report')).toEqual({ name: 'report', orgId: 'o', surveyId: 's1' });
    expect(matchRoute('/app/o/o/s/s1/report/')).toEqual({ name: 'report', orgId: 'o', surveyId: 's1' });
    expect(matchRoute('/app/o/o/s/s1/edit')).toEqual({ name: 'edit', orgId: 'o', surveyId: 's1' });
    expect(matchRoute('/app/o/o/s/s1/poster')).toEqual({ name: 'poster', orgId: 'o', surveyId: 's1' });
    expect(matchRoute('/app/o/o/s/s1')).toEqual({ name: 'survey', orgId: 'o', surveyId: 's1' });
    expect(matchRoute('/app/o/o/s/s1/unknown')).toEqual({ name: 'notFound' });
    expect(matchRoute('/app/o/org-1/live')).toEqual({ name: 'liveList', orgId: 'org-1' });
    expect(matchRoute('/app/o/org-1/live/')).toEqual({ name: 'liveList', orgId: 'org-1' });
    expect(matchRoute('/app/o/org-1/live/ses_1')).toEqual({ name: 'liveConsole', orgId: 'org-1', sessionId: 'ses_1' });
    expect(matchRoute('/app/o/org-1/live/ses_1/projector')).toEqual({ name: 'liveProjector', orgId: 'org-1', sessionId: 'ses_1' });
    expect(matchRoute('/app/o/org-1/live/ses_1/other')).toEqual({ name: 'notFound' });
  });

  it('follows only same-app paths after sign-in', () => {
    expect(safeNext('/app/o/x/members')).toBe('/app/o/x/members');
    expect(safeNext('//evil.example/app')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext('/app/../../x')).toBeNull();
    expect(safeNext(null)).toBeNull();
    expect(safeNext('/invite/abc_DEF-1')).toBe('/invite/abc_DEF-1');
  });
});
