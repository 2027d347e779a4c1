import type { AuditAction, AuditDetail, AuditEvent } from '../../schema/audit.ts';
import type { LocalizedText } from '../../schema/lang.ts';
import type { Db } from './client.ts';

export type NewAuditEvent = {
  organisationId: string;
  at: string;
  actor: { id: string; name: string; email: string };
  action: AuditAction;
  target: { id: string; label: string } | null;
  detail: AuditDetail | null;
};

export async function insertAuditEvent(db: Db, event: NewAuditEvent): Promise<void> {
  await db.run(
    db.prepare(
      'INSERT INTO audit_events (id, organisation_id, at, actor_id, actor_name, actor_email, action, target_id, target_label, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      crypto.randomUUID(),
      event.organisationId,
      event.at,
      event.actor.id,
      event.actor.name,
      event.actor.email,
      event.action,
      event.target?.id ?? null,
      event.target?.label ?? null,
      event.detail ? JSON.stringify(event.detail) : null,
    ),
  );
}

type AuditRow = {
  id: string;
  at: string;
  actor_id: string;
  actor_name: string;
  actor_email: string;
  action: AuditAction;
  target_id: string | null;
  target_label: string | null;
  detail: string | null;
};

/** Where a page of events stops: the last event shown (events are ordered by time, newest first, then id). */
export type AuditCursor = { at: string; id: string };

/** An organisation's events after `after` in that order (from the newest when null), `limit` at most. */
export async function auditEventsOfOrganisation(db: Db, organisationId: string, after: AuditCursor | null, limit: number): Promise<AuditEvent[]> {
  const { at, id } = after ?? { at: '9999', id: '' };
  const rows = await db.all<AuditRow>(
    db.prepare(
      `SELECT id, at, actor_id, actor_name, actor_email, action, target_id, target_label, detail FROM audit_events
       WHERE organisation_id = ? AND (at < ? OR (at = ? AND id > ?)) ORDER BY at DESC, id LIMIT ?`,
      organisationId,
      at,
      at,
      id,
      limit,
    ),
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: { id: row.actor_id, name: row.actor_name, email: row.actor_email },
    action: row.action,
    target: row.target_id === null ? null : { id: row.target_id, label: row.target_label ?? '' },
    detail: row.detail === null ? null : (JSON.parse(row.detail) as AuditDetail),
  }));
}

/** A live session's title (French), for the log: read before the session may be deleted. */
export async function liveSessionTitle(db: Db, sessionId: string): Promise<string | null> {
  const row = await db.first<{ title: string }>(db.prepare('SELECT title FROM live_sessions WHERE id = ?', sessionId));
  return row && (JSON.parse(row.title) as LocalizedText).fr;
}

/** A user's name and email, for the log. */
export async function userLabel(db: Db, userId: string): Promise<string | null> {
  const row = await db.first<{ name: string; email: string }>(db.prepare('SELECT name, email FROM users WHERE id = ?', userId));
  return row && `${row.name} <${row.email}>`;
}
