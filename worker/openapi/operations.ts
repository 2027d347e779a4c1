import type * as v from 'valibot';
import { AcceptInvitation, Invite, PasswordChange, PasswordReset, RoleChange, Setup, SignIn } from '../../schema/accounts.ts';
import { SubmissionBody } from '../../schema/answers.ts';
import { OrganisationArchive } from '../../schema/archive.ts';
import { BoxInput, IdeaInput as BoxIdeaInput, ImportTextsInput, Moderation, PaperSlipInput, PromoteInput, SupportInput } from '../../schema/ideas.ts';
import { IdeaInput as LiveIdeaInput, IdeaModeration, LiveControl, LiveSessionInput, LiveVoteInput } from '../../schema/live.ts';
import { OrganisationSettingsInput } from '../../schema/organisation.ts';
import { InvitedCount } from '../../schema/report.ts';
import { CodeBatchRequest } from '../../schema/sharing.ts';
import { SurveyInput } from '../../schema/survey.ts';

/** What the document says of one route beyond its method and path: the valibot schema of its JSON body, and examples checked against it. */
export type Operation = { summary: string; body?: v.GenericSchema; examples?: unknown[] };

const archiveExample = {
  format: 'pouls-archive',
  version: 1,
  exportedAt: '2026-12-07T08:00:00.000Z',
  organisation: { name: 'CPTS du Val', releaseHour: 7, createdAt: '2026-01-05T09:00:00.000Z' },
  members: [{ name: 'Claire Martin', email: 'claire@cpts.example', role: 'owner' }],
  surveys: [],
  liveSessions: [],
  ideaBoxes: [],
};

/**
 * Each route of the API, by `METHOD path` as Hono registers it (the test fails when a route is
 * missing here). Bodies come from the same valibot schemas the routes validate with (schema/).
 */
export const OPERATIONS: Record<string, Operation> = {
  'GET /healthz': { summary: 'Health: the worker answers and D1 does too (503 otherwise)' },
  'GET /livez': { summary: 'Liveness: the worker answers (no D1 read)' },
  'GET /api/openapi.json': { summary: 'This document' },

  'GET /api/s/:slug': { summary: 'A published survey, for respondents' },
  'POST /api/s/:slug/responses': {
    summary: 'Submit answers (Idempotency-Key header required)',
    body: SubmissionBody,
    examples: [{ answers: { profession: 'nurse', coordination: 4 } }],
  },
  'GET /api/s/:slug/results': { summary: 'Results as last released, when public' },

  'POST /api/auth/setup': {
    summary: 'Create the first owner with the one-time setup token',
    body: Setup,
    examples: [
      { token: 'x'.repeat(43), organisation: 'CPTS du Val', name: 'Claire Martin', email: 'claire@cpts.example', password: 'correct horse battery staple' },
    ],
  },
  'POST /api/auth/sign-in': {
    summary: 'Sign in (sets the session cookie)',
    body: SignIn,
    examples: [{ email: 'claire@cpts.example', password: 'correct horse battery staple' }],
  },
  'POST /api/auth/password': {
    summary: 'Change one’s password',
    body: PasswordChange,
    examples: [{ current: 'correct horse battery staple', next: 'another long pass phrase' }],
  },
  'POST /api/auth/reset': {
    summary: 'Choose a new password with a one-time link',
    body: PasswordReset,
    examples: [{ token: 'x'.repeat(43), password: 'another long pass phrase' }],
  },
  'POST /api/invitations/:token/accept': {
    summary: 'Accept an invitation',
    body: AcceptInvitation,
    examples: [{ name: 'Paul Durand', password: 'another long pass phrase' }],
  },

  'POST /api/orgs': { summary: 'Found an organisation (the caller owns it)' },
  'POST /api/orgs/archive': { summary: 'Import an organisation’s archive as a new organisation', body: OrganisationArchive, examples: [archiveExample] },
  'GET /api/orgs/:orgId/archive.json': { summary: 'The organisation’s complete archive (owners; audit-logged)' },
  'PUT /api/orgs/:orgId/settings': { summary: 'The organisation’s publication hour (Paris)', body: OrganisationSettingsInput, examples: [{ releaseHour: 7 }] },
  'PATCH /api/orgs/:orgId/members/:userId': { summary: 'Change a member’s role', body: RoleChange, examples: [{ role: 'editor' }] },
  'POST /api/orgs/:orgId/invitations': { summary: 'Invite someone', body: Invite, examples: [{ email: 'paul@cpts.example', role: 'viewer' }] },

  'POST /api/orgs/:orgId/surveys': { summary: 'Create a survey', body: SurveyInput },
  'PUT /api/orgs/:orgId/surveys/:id': { summary: 'Edit a survey', body: SurveyInput },
  'PUT /api/orgs/:orgId/surveys/:id/report/invited': {
    summary: 'How many people were invited (response rate)',
    body: InvitedCount,
    examples: [{ invited: 120 }, { invited: null }],
  },
  'POST /api/orgs/:orgId/surveys/:id/codes': { summary: 'Make participation codes', body: CodeBatchRequest, examples: [{ count: 50 }] },

  'POST /api/orgs/:orgId/live': { summary: 'Create a live session', body: LiveSessionInput },
  'PUT /api/orgs/:orgId/live/:sessionId': { summary: 'Edit a live session', body: LiveSessionInput },
  'POST /api/orgs/:orgId/live/:sessionId/questions/:questionId/control': {
    summary: 'Open, lock, close, reveal… a question',
    body: LiveControl,
    examples: [{ action: 'open' }, { action: 'reveal' }],
  },
  'POST /api/orgs/:orgId/live/:sessionId/ideas/:ideaId/moderate': {
    summary: 'Approve or hide a participant’s idea',
    body: IdeaModeration,
    examples: [{ action: 'approve' }],
  },
  'POST /api/live/:sessionId/votes': {
    summary: 'Vote (X-Live-Token header)',
    body: LiveVoteInput,
    examples: [
      { questionId: 'q1', value: 'a' },
      { questionId: 'q2', value: 4 },
    ],
  },
  'POST /api/live/:sessionId/ideas': { summary: 'Propose an idea in a live session', body: LiveIdeaInput },

  'POST /api/orgs/:orgId/boxes': { summary: 'Create an idea box', body: BoxInput },
  'PUT /api/orgs/:orgId/boxes/:boxId': { summary: 'Edit an idea box', body: BoxInput },
  'POST /api/orgs/:orgId/boxes/:boxId/ideas': {
    summary: 'Type in a paper slip',
    body: PaperSlipInput,
    examples: [{ text: 'Un créneau sans rendez-vous le samedi', theme: 'accueil' }],
  },
  'POST /api/orgs/:orgId/boxes/:boxId/ideas/:ideaId/moderate': {
    summary: 'Moderate an idea',
    body: Moderation,
    examples: [{ action: 'approve' }, { action: 'decline', reason: 'Hors sujet' }],
  },
  'POST /api/orgs/:orgId/boxes/:boxId/ideas/:ideaId/promote': { summary: 'Put ideas to a live vote', body: PromoteInput },
  'POST /api/orgs/:orgId/boxes/:boxId/import-texts': { summary: 'Bring a survey’s released texts into the box', body: ImportTextsInput },
  'POST /api/b/:slug/ideas': {
    summary: 'Propose an idea (X-Idea-Token header)',
    body: BoxIdeaInput,
    examples: [{ text: 'Un créneau sans rendez-vous le samedi', theme: 'accueil' }],
  },
  'PUT /api/b/:slug/ideas/:ideaId/support': { summary: 'Support an idea, or withdraw the support', body: SupportInput, examples: [{ on: true }] },
};
