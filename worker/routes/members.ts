import { Hono } from 'hono';
import { RoleChange } from '../../schema/accounts.ts';
import { deleteMembership, membersOfOrganisation, ownerCount, roleInOrganisation, updateMemberRole } from '../db/accounts.ts';
import { insertPasswordReset, ownsEveryOrganisationOf } from '../db/password-resets.ts';
import { newToken, sha256 } from '../domain/secrets.ts';
import type { MemberEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { requireRole } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';
import { auditMember } from '../services/audit-trail.ts';

/** Long enough to hand it over the same day, short enough not to linger in a message thread. */
const RESET_HOURS = 24;
const lastOwner = { fr: 'Une organisation garde au moins un propriétaire', en: 'An organisation keeps at least one owner' };

/** Members of one organisation (mounted under /api/orgs/:orgId); invitations are in ./members-invitations.ts. */
export const members = new Hono<MemberEnv>()
  .get('/members', requireRole('viewer'), async (c) => c.json({ members: await membersOfOrganisation(c.var.db, c.req.param('orgId')!) }))

  .patch('/members/:userId', requireRole('owner'), requireJson, limitBody, jsonBody(RoleChange), async (c) => {
    const { db, lang } = c.var;
    const orgId = c.req.param('orgId')!;
    const userId = c.req.param('userId');
    const { role } = c.req.valid('json');
    const current = await roleInOrganisation(db, orgId, userId);
    if (!current) throw apiError(404, 'userId', { fr: 'Membre introuvable', en: 'Member not found' }, lang);
    if (current === 'owner' && role !== 'owner' && (await ownerCount(db, orgId)) === 1) throw apiError(409, 'role', lastOwner, lang);
    await updateMemberRole(db, orgId, userId, role);
    if (role !== current) await auditMember(c, 'member.role_changed', userId, { role: [current, role] });
    return c.json({ userId, role });
  })

  .delete('/members/:userId', requireRole('owner'), async (c) => {
    const { db, lang } = c.var;
    const orgId = c.req.param('orgId')!;
    const userId = c.req.param('userId');
    const current = await roleInOrganisation(db, orgId, userId);
    if (!current) throw apiError(404, 'userId', { fr: 'Membre introuvable', en: 'Member not found' }, lang);
    if (current === 'owner' && (await ownerCount(db, orgId)) === 1) throw apiError(409, 'role', lastOwner, lang);
    await auditMember(c, 'member.removed', userId, { role: current });
    await deleteMembership(db, orgId, userId);
    return c.body(null, 204);
  })

  /**
   * A one-time link with which a member sets a new password (no email is sent: the owner passes it
   * on). Only when the caller owns every organisation the member belongs to: an owner of one
   * organisation must not take over an account that also opens another.
   */
  .post('/members/:userId/reset-link', requireRole('owner'), async (c) => {
    const { db, lang, user } = c.var;
    const orgId = c.req.param('orgId')!;
    const userId = c.req.param('userId');
    if (!(await roleInOrganisation(db, orgId, userId))) throw apiError(404, 'userId', { fr: 'Membre introuvable', en: 'Member not found' }, lang);
    if (!(await ownsEveryOrganisationOf(db, user.id, userId)))
      throw apiError(
        403,
        'userId',
        {
          fr: 'Ce compte ouvre aussi une organisation dont vous n’êtes pas responsable : seul·e un·e responsable de chacune peut réinitialiser son mot de passe (ou l’administrateur·rice du serveur, avec `npm run reset-link`)',
          en: 'This account also opens an organisation you do not own: only someone owning each of them can reset its password (or the server’s administrator, with `npm run reset-link`)',
        },
        lang,
      );
    const token = newToken();
    const expiresAt = new Date(c.var.clock().getTime() + RESET_HOURS * 3_600_000).toISOString();
    await insertPasswordReset(db, { tokenHash: await sha256(token), userId, issuedBy: user.id, expiresAt });
    await auditMember(c, 'member.reset_link_issued', userId, { expiresAt });
    c.header('Cache-Control', 'private, no-store');
    return c.json({ link: new URL(`/app/reset/${token}`, c.req.url).href, userId, expiresAt }, 201);
  });
