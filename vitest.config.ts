/// <reference types="vitest/config" />
/**
 * Three projects, fastest first (`npm test` runs them in that order, see scripts/test.ts):
 * - unit: pure modules and the content check, plain Vitest, no site build, no Astro;
 * - render: .astro components rendered with Astro's container API (needs Astro's Vite config);
 * - site: build and browser tests against real builds made once by the global setup.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Build and browser tests share built sites and Chromium; two workers suit the 2-core machines.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], setupFiles: ['test/support/temp-cleanup.ts'] } },
      './test/render/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/temp-cleanup.ts'],
        },
      },
    ],
  },
});
