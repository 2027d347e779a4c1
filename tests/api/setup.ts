import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// Each test file starts from the real migrations, applied to the D1 binding of wrangler.toml.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
