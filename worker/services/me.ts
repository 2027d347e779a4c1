import type { Me } from '../../schema/accounts.ts';
import { organisationsOfUser } from '../db/accounts.ts';
import type { Db } from '../db/client.ts';
import type { SessionUser } from '../env.ts';

/** The signed-in coordinator and their organisations, as sign-in, setup and password reset answer. */
export async function me(db: Db, user: Pick<SessionUser, 'id' | 'email' | 'name'>): Promise<Me> {
  return { user: { id: user.id, email: user.email, name: user.name }, organisations: await organisationsOfUser(db, user.id) };
}
