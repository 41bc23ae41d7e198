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
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/support/temp-cleanup.ts'],
          // The unit tests share no global state; without a fresh module graph per file, the story and
          // the base map are loaded once per worker instead of once per file (18 s down to 11 s).
          isolate: false,
        },
      },
      './test/render/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/temp-cleanup.ts'],
          // Timeouts catch a hang, not slowness: on a loaded machine (a build beside the tests) a browser
          // test takes several times as long as on an idle one, and a poll of a page needs more than 1 s.
          testTimeout: 180_000,
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
