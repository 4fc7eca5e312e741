import { defineConfig } from 'vitest/config'

/**
 * Test tiers (README.md "Tests"):
 * - unit: pure rules and small modules (`*.test.ts`, `*.test.tsx`)
 * - sqlite / postgres: integration through app.inject against real databases
 *   (`*.int.test.ts`, run once per database; PostgreSQL must be reachable in CI)
 * - browser: journeys in headless Chromium against a built server (`e2e/*.browser.test.ts`)
 * - fault: kill -9, restarts, soak (`*.fault.test.ts`, `npm run test:fault`)
 */
const integration = ['apps/server/src/**/*.int.test.ts', 'apps/server/test/**/*.int.test.ts']
/** tests of what only PostgreSQL offers (several instances on one database) */
const postgresOnly = 'apps/server/test/pg/**'

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'apps/*/src/**/*.test.{ts,tsx}',
            'packages/*/src/**/*.test.ts',
            'apps/*/test/**/*.test.{ts,tsx}',
          ],
          exclude: ['**/*.int.test.ts', '**/*.browser.test.ts', '**/*.fault.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'sqlite',
          include: integration,
          exclude: [postgresOnly, '**/node_modules/**'],
          env: { YIMIN_TEST_DB: 'sqlite' },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: integration,
          env: { YIMIN_TEST_DB: 'postgres' },
          globalSetup: ['apps/server/test/support/pg-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.browser.test.ts'],
          globalSetup: ['e2e/support/browser-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'fault',
          include: ['apps/server/test/**/*.fault.test.ts'],
          globalSetup: ['apps/server/test/support/pg-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
