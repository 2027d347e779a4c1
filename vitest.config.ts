import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

const migrationsDir = fileURLToPath(new URL('./schema/migrations', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        // Pure domain and schema modules, beside the code they test.
        test: { name: 'unit', include: ['schema/**/*.test.ts', 'worker/**/*.test.ts', 'web/**/*.test.ts'], environment: 'node' },
      },
      {
        // The worker inside workerd, against a real local D1 with the migrations applied.
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { TEST_MIGRATIONS: await readD1Migrations(migrationsDir), ADMIN_TOKEN: 'test-admin-token-0123456789' },
            },
          })),
        ],
        test: { name: 'api', include: ['tests/api/**/*.test.ts'], setupFiles: ['tests/api/setup.ts'] },
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
