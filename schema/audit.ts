/**
 * The audit log of coordinators' sensitive actions (GET /api/orgs/:orgId/audit, owners only).
 * Coordinators are accountable, so who and when are kept; respondents never appear in it.
 */
export const AUDIT_ACTIONS = [
  'survey.exported',
  'survey.texts_read',
  'survey.codes_issued',
  'survey.settings_changed',
  'live.cards_issued',
  'live.exported',
  'live.deleted',
  'box.moderated',
  'box.texts_imported',
  'box.exported',
  'box.kiosk_enrolled',
  'box.kiosk_revoked',
  'box.deleted',
  'member.invited',
  'member.invitation_revoked',
  'member.role_changed',
  'member.removed',
  'member.reset_link_issued',
  'organisation.exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Small facts about an action (a format, a count, a role before and after); never an answer. */
export type AuditDetail = Record<string, string | number | boolean | null | [string | number | null, string | number | null]>;

export type AuditEvent = {
  id: string;
  /** ISO time. */
  at: string;
  actor: { id: string; name: string; email: string };
  action: AuditAction;
  /** The survey, live session or person acted on, with its title or name at the time. */
  target: { id: string; label: string } | null;
  detail: AuditDetail | null;
};

export type AuditPage = { events: AuditEvent[]; /** Pass as `?before=` for older events; null at the end. */ next: string | null };
