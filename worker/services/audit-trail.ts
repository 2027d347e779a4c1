import type { Context } from 'hono';
import type { AuditAction, AuditDetail } from '../../schema/audit.ts';
import { localize, type LocalizedText } from '../../schema/lang.ts';
import type { SurveySettings } from '../../schema/survey.ts';
import { insertAuditEvent, liveSessionTitle, userLabel } from '../db/audit.ts';
import type { StoredSurvey } from '../db/surveys.ts';
import type { MemberEnv } from '../env.ts';

type Target = { id: string; label: string } | null;

/**
 * Records one sensitive action of the signed-in coordinator in the organisation's audit log: who
 * (id, name and email as they are now), when (the request's clock), what, on what. Called from the
 * route, in one line, before the response goes out: an action that cannot be logged does not happen.
 */
export async function audit<E extends MemberEnv>(c: Context<E>, action: AuditAction, target: Target, detail: AuditDetail | null = null): Promise<void> {
  const { user, db } = c.var;
  await insertAuditEvent(db, {
    organisationId: c.req.param('orgId')!,
    at: c.var.clock().toISOString(),
    actor: { id: user.id, name: user.name, email: user.email },
    action,
    target,
    detail,
  });
}

export const surveyTarget = (survey: Pick<StoredSurvey, 'id' | 'title'>): Target => ({ id: survey.id, label: localize(survey.title, 'fr') });

/** A live session's action, labelled with its title (read first: a deletion comes after). */
export async function auditLive<E extends MemberEnv>(c: Context<E>, action: AuditAction, sessionId: string, detail: AuditDetail | null = null): Promise<void> {
  await audit(c, action, { id: sessionId, label: (await liveSessionTitle(c.var.db, sessionId)) ?? '' }, detail);
}

/** An idea box's action, labelled with its title (French). */
export async function auditBox<E extends MemberEnv>(
  c: Context<E>,
  action: AuditAction,
  box: { id: string; title: LocalizedText },
  detail: AuditDetail | null = null,
): Promise<void> {
  await audit(c, action, { id: box.id, label: localize(box.title, 'fr') }, detail);
}

/** An action on a member's account, labelled « name <email> ». */
export async function auditMember<E extends MemberEnv>(c: Context<E>, action: AuditAction, userId: string, detail: AuditDetail | null = null): Promise<void> {
  await audit(c, action, { id: userId, label: (await userLabel(c.var.db, userId)) ?? '' }, detail);
}

/** Logs a change of the settings that decide who sees what (k, results' visibility), and nothing when they stay. */
export async function auditSettings<E extends MemberEnv>(
  c: Context<E>,
  before: StoredSurvey,
  after: { title: StoredSurvey['title']; settings: SurveySettings },
): Promise<void> {
  const detail: AuditDetail = {};
  if (before.settings.k !== after.settings.k) detail.k = [before.settings.k, after.settings.k];
  if (before.settings.resultsVisibility !== after.settings.resultsVisibility)
    detail.resultsVisibility = [before.settings.resultsVisibility, after.settings.resultsVisibility];
  if (Object.keys(detail).length > 0) await audit(c, 'survey.settings_changed', surveyTarget({ id: before.id, title: after.title }), detail);
}
