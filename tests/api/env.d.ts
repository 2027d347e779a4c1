import type { D1Migration } from 'cloudflare:test';

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** Empty databases, one per schema version, for upgrades.test.ts. */
      [upgradeDatabase: `UPGRADE_DB_${number}`]: D1Database;
    }
    interface GlobalProps {
      mainModule: typeof import('../../worker/main.ts');
    }
  }
}
