import { Hono } from 'hono';
import { AcceptInvitation, type Me } from '../../schema/accounts.ts';
import {
  createInvitedAccount,
  invitationByToken,
  joinOrganisation,
  organisationsOfUser,
  useInvitation,
  userWithPasswordByEmail,
  type InvitationRow,
} from '../db/accounts.ts';
import type { Db } from '../db/client.ts';
import { hashPassword, sha256 } from '../domain/secrets.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from '../middleware/errors.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { limitSignIns } from '../middleware/rate-limit.ts';
import { sessionStatement } from '../middleware/session.ts';
import { parseOrThrow, readJson } from '../middleware/validate.ts';
import type { Lang } from '../../schema/lang.ts';

async function usableInvitation(db: Db, token: string, now: string, lang: Lang): Promise<{ invitation: InvitationRow; tokenHash: string }> {
  const tokenHash = await sha256(token);
  const invitation = await invitationByToken(db, tokenHash);
  if (!invitation) throw apiError(404, 'token', { fr: 'Invitation introuvable', en: 'Invitation not found' }, lang);
  if (invitation.used_at) throw apiError(410, 'token', { fr: 'Cette invitation a déjà servi', en: 'This invitation was already used' }, lang);
  if (invitation.expires_at <= now)
    throw apiError(410, 'token', { fr: 'Cette invitation a expiré : demandez-en une nouvelle', en: 'This invitation has expired: ask for a new one' }, lang);
  return { invitation, tokenHash };
}

/** Single-use invitation links, valid 7 days, with which a colleague joins an organisation. */
export const authInvitations = new Hono<AppEnv>()
  // Whether the email has an account is not said: whoever holds the link (the owner who made it, too) would learn it.
  .get('/:token', async (c) => {
    const { invitation } = await usableInvitation(c.var.db, c.req.param('token'), c.var.clock().toISOString(), c.var.lang);
    return c.json({ organisation: invitation.organisation_name, email: invitation.email, role: invitation.role });
  })

  /**
   * Accepts an invitation. A newcomer sets a name and password; someone who already has an account
   * must be signed in as the invited email, and simply joins.
   */
  .post('/:token/accept', requireJson, limitBody, limitSignIns, async (c) => {
    const { db, lang, user } = c.var;
    const now = c.var.clock().toISOString();
    const { invitation, tokenHash } = await usableInvitation(db, c.req.param('token'), now, lang);
    const existing = await userWithPasswordByEmail(db, invitation.email);
    if (existing) {
      if (user?.id !== existing.id)
        throw apiError(
          409,
          'email',
          {
            fr: 'Un compte existe déjà pour cet e-mail : connectez-vous, puis rouvrez le lien',
            en: 'An account already exists for this email: sign in, then open the link again',
          },
          lang,
        );
      if (!(await useInvitation(db, tokenHash, now)))
        throw apiError(410, 'token', { fr: 'Cette invitation a déjà servi', en: 'This invitation was already used' }, lang);
      await joinOrganisation(db, invitation.organisation_id, existing.id, invitation.role);
      return c.json<Me>(
        { user: { id: existing.id, email: existing.email, name: existing.name }, organisations: await organisationsOfUser(db, existing.id) },
        201,
      );
    }
    const { name, password } = parseOrThrow(AcceptInvitation, await readJson(c), lang);
    // The guarded update is what makes the link single-use, even under concurrent clicks.
    if (!(await useInvitation(db, tokenHash, now)))
      throw apiError(410, 'token', { fr: 'Cette invitation a déjà servi', en: 'This invitation was already used' }, lang);
    const newUser = { id: crypto.randomUUID(), email: invitation.email, name };
    const session = await sessionStatement(c, db, newUser.id);
    await createInvitedAccount(db, {
      user: newUser,
      password: await hashPassword(password),
      now,
      organisationId: invitation.organisation_id,
      role: invitation.role,
      session: session.statement,
    });
    return c.json<Me>({ user: newUser, organisations: await organisationsOfUser(db, newUser.id) }, 201);
  });
