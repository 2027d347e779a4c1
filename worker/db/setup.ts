import { DEMO_ORGANISATION_ID } from '../../schema/demo-box.ts';
import type { PasswordHash } from '../domain/secrets.ts';
import {
  adoptOrphanSurveysStatement,
  deleteSetupTokensStatement,
  insertMembershipStatement,
  insertOrganisationStatement,
  insertUserStatement,
  type UserRow,
} from './accounts.ts';
import type { Db } from './client.ts';
import { spendLinkStatement } from './links.ts';

/**
 * The one-time setup of a fresh install, all or nothing: the link spent first (the single-use guard:
 * a second request with the same link, even at the same moment, fails on it and changes nothing),
 * every setup token consumed, the first organisation and its owner created, the surveys seeded
 * before (the demo) adopted with the demo idea box (its placeholder organisation goes), and `session` opened.
 */
export async function setUpInstall(
  db: Db,
  setup: {
    tokenHash: string;
    linkExpiresAt: string;
    organisation: { id: string; name: string };
    owner: UserRow;
    password: PasswordHash;
    session: D1PreparedStatement;
    now: string;
  },
): Promise<void> {
  await db.batch([
    spendLinkStatement(db, setup.tokenHash, setup.linkExpiresAt),
    deleteSetupTokensStatement(db),
    insertOrganisationStatement(db, setup.organisation.id, setup.organisation.name, setup.now),
    insertUserStatement(db, setup.owner, setup.password, setup.now),
    insertMembershipStatement(db, setup.organisation.id, setup.owner.id, 'owner'),
    adoptOrphanSurveysStatement(db, setup.organisation.id),
    db.prepare('UPDATE idea_boxes SET organisation_id = ? WHERE organisation_id = ?', setup.organisation.id, DEMO_ORGANISATION_ID),
    db.prepare('DELETE FROM organisations WHERE id = ?', DEMO_ORGANISATION_ID),
    setup.session,
  ]);
}
