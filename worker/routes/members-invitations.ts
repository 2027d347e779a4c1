import { Hono } from 'hono';
import { Invite } from '../../schema/accounts.ts';
import { deletePendingInvitation, insertInvitation, pendingInvitations } from '../db/accounts.ts';
import { newToken, sha256 } from '../domain/secrets.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';
import { audit } from '../services/audit-trail.ts';

const INVITATION_DAYS = 7;

/** An organisation's invitations (mounted under /api/orgs/:orgId): owners create, list and revoke them. */
export const membersInvitations = new Hono<MemberEnv>()
  /** Returns the single-use link to hand to the colleague (no email is sent from here). */
  .post('/invitations', requireRole('owner'), requireJson, limitBody, jsonBody(Invite), async (c) => {
    const { email, role } = c.req.valid('json');
    const token = newToken();
    const expiresAt = new Date(c.var.clock().getTime() + INVITATION_DAYS * 86_400_000).toISOString();
    await insertInvitation(c.var.db, {
      tokenHash: await sha256(token),
      organisationId: c.req.param('orgId')!,
      email,
      role,
      invitedBy: c.var.user.id,
      expiresAt,
    });
    await audit(c, 'member.invited', null, { email, role });
    return c.json({ link: new URL(`/invite/${token}`, c.req.url).href, email, role, expiresAt }, 201);
  })

  /** Invitations not used yet and still valid. Links are not shown again: only their hash is kept (the `id`). */
  .get('/invitations', requireRole('owner'), async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json({ invitations: await pendingInvitations(c.var.db, c.req.param('orgId')!, c.var.clock().toISOString()) });
  })

  .delete('/invitations/:invitationId', requireRole('owner'), async (c) => {
    const email = await deletePendingInvitation(c.var.db, c.req.param('orgId')!, c.req.param('invitationId'));
    if (email === null)
      throw apiError(404, 'invitationId', { fr: 'Aucune invitation en attente à ce lien', en: 'No pending invitation for this link' }, c.var.lang);
    await audit(c, 'member.invitation_revoked', null, { email });
    return c.body(null, 204);
  });
