import { Hono } from 'hono';
import { Invite, RoleChange } from '../../schema/accounts.ts';
import { deleteMembership, insertInvitationStatement, membersOfOrganisation, ownerCount, roleInOrganisation, updateMemberRole } from '../db/accounts.ts';
import { newToken, sha256 } from '../domain/secrets.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';

const INVITATION_DAYS = 7;
const lastOwner = { fr: 'Une organisation garde au moins un propriétaire', en: 'An organisation keeps at least one owner' };

/** Members and invitations of one organisation (mounted under /api/orgs/:orgId). */
export const organisations = new Hono<MemberEnv>()
  .get('/members', requireRole('viewer'), async (c) => c.json({ members: await membersOfOrganisation(c.var.db, c.req.param('orgId')!) }))

  /** Returns the single-use link to hand to the colleague (no email is sent from here). */
  .post('/invitations', requireRole('owner'), requireJson, limitBody, jsonBody(Invite), async (c) => {
    const { email, role } = c.req.valid('json');
    const token = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000).toISOString();
    await c.var.db.batch([
      insertInvitationStatement(c.var.db, { tokenHash: await sha256(token), organisationId: c.req.param('orgId')!, email, role, invitedBy: c.var.user.id, expiresAt }),
    ]);
    return c.json({ link: new URL(`/invite/${token}`, c.req.url).href, email, role, expiresAt }, 201);
  })

  .patch('/members/:userId', requireRole('owner'), requireJson, limitBody, jsonBody(RoleChange), async (c) => {
    const { db, lang } = c.var;
    const orgId = c.req.param('orgId')!;
    const userId = c.req.param('userId');
    const { role } = c.req.valid('json');
    const current = await roleInOrganisation(db, orgId, userId);
    if (!current) throw apiError(404, 'userId', { fr: 'Membre introuvable', en: 'Member not found' }, lang);
    if (current === 'owner' && role !== 'owner' && (await ownerCount(db, orgId)) === 1) throw apiError(409, 'role', lastOwner, lang);
    await updateMemberRole(db, orgId, userId, role);
    return c.json({ userId, role });
  })

  .delete('/members/:userId', requireRole('owner'), async (c) => {
    const { db, lang } = c.var;
    const orgId = c.req.param('orgId')!;
    const userId = c.req.param('userId');
    const current = await roleInOrganisation(db, orgId, userId);
    if (!current) throw apiError(404, 'userId', { fr: 'Membre introuvable', en: 'Member not found' }, lang);
    if (current === 'owner' && (await ownerCount(db, orgId)) === 1) throw apiError(409, 'role', lastOwner, lang);
    await deleteMembership(db, orgId, userId);
    return c.body(null, 204);
  });
