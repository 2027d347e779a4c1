import type { Role } from '../schema/accounts.ts';
import type { Lang } from '../schema/lang.ts';
import type { Db } from './db/client.ts';

export type Bindings = Env;

/** The signed-in coordinator, once the session cookie checked out. */
export type SessionUser = { id: string; email: string; name: string; sessionHash: string };

export type AppEnv = {
  Bindings: Bindings;
  Variables: {
    lang: Lang;
    db: Db;
    user?: SessionUser;
    /** The user's role in the organisation of the current route, once checked. */
    role?: Role;
  };
};

/** Routes behind `requireRole`: user and role are set. */
export type MemberEnv = AppEnv & { Variables: AppEnv['Variables'] & { user: SessionUser; role: Role } };
