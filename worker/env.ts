import type { Lang } from '../schema/lang.ts';
import type { Db } from './db/client.ts';

/** Secrets are not in wrangler.toml, so `wrangler types` cannot see them. */
export type Bindings = Env & {
  /** Coordinator bearer token until accounts exist (.dev.vars locally, `wrangler secret put` in production). */
  ADMIN_TOKEN?: string;
};

export type AppEnv = {
  Bindings: Bindings;
  Variables: { lang: Lang; db: Db };
};
