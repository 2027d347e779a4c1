import type { Role } from '../schema/accounts.ts';
import type { Lang } from '../schema/lang.ts';
import type { Db } from './db/client.ts';
import type { Clock } from './middleware/clock.ts';

/** `REPORT_ROWS_READ` is set only by the bench's and the tests' configurations (scripts/lib/wrangler-config.ts), never in wrangler.toml. */
export type Bindings = Env & { REPORT_ROWS_READ?: string };

/** The signed-in coordinator, once the session cookie checked out. */
export type SessionUser = { id: string; email: string; name: string; sessionHash: string };

export type AppEnv = {
  Bindings: Bindings;
  Variables: {
    lang: Lang;
    db: Db;
    clock: Clock;
    /** This request's random id, in its log lines (middleware/request-log.ts). */
    requestId?: string;
    user?: SessionUser;
    /** The user's role in the organisation of the current route, once checked. */
    role?: Role;
  };
};

/** Routes behind `requireRole`: user and role are set. */
export type MemberEnv = AppEnv & { Variables: AppEnv['Variables'] & { user: SessionUser; role: Role } };
