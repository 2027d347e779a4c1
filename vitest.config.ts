import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { productionLimits, testConfig } from './scripts/lib/wrangler-config.ts';

const migrationsDir = fileURLToPath(new URL('./schema/migrations', import.meta.url));
const migrations = await readD1Migrations(migrationsDir);
/** One empty D1 per schema version, for tests/api/upgrades.test.ts (each migrates its own from that version). */
const upgradeDatabases = Object.fromEntries(migrations.map((_, i) => [`UPGRADE_DB_${i + 1}`, `upgrade-${i + 1}`]));
const limiterScript = readFileSync(fileURLToPath(new URL('./tests/api/support/counting-limiter.js', import.meta.url)), 'utf8');

/** Each production rate limiter, as a counting limiter with the same limit that never resets (tests/api/support/counting-limiter.js). */
const countingLimiters = Object.fromEntries(
  Object.entries(productionLimits()).map(([binding, limit]) => [
    binding,
    { name: 'counting-limiter', entrypoint: 'CountingLimiter', props: { binding, limit } },
  ]),
);

export default defineConfig({
  test: {
    // The worker's one JSON line per request (worker/middleware/request-log.ts) would drown the output: tests/api/request-log.test.ts checks them.
    onConsoleLog: (log) => !log.includes('"message":"request"'),
    projects: [
      {
        // Pure domain and schema modules, beside the code they test.
        test: { name: 'unit', include: ['schema/**/*.test.ts', 'worker/**/*.test.ts', 'web/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
      {
        // The worker inside workerd, against a real local D1 with the migrations applied: production's
        // configuration, but rate limits that do not depend on the clock (scripts/lib/wrangler-config.ts).
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: testConfig() },
            miniflare: {
              bindings: { TEST_MIGRATIONS: migrations },
              d1Databases: upgradeDatabases,
              serviceBindings: countingLimiters,
              workers: [{ name: 'counting-limiter', modules: true, script: limiterScript, compatibilityDate: '2026-11-01' }],
            },
          })),
        ],
        // Generous timeouts: three people share this 2-core machine, and a slow run must not read as a failure.
        test: { name: 'api', include: ['tests/api/**/*.test.ts'], setupFiles: ['tests/api/setup.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        // A person in Chromium against `wrangler dev` with a fresh local D1.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
