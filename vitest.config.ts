/// <reference types="vitest/config" />
// Astro's Vite config lets tests render .astro components with the container API.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Build and browser tests share built sites and Chromium; two workers suit the 2-core machines.
    maxWorkers: 2,
    projects: [
      // `npx vitest run --project unit`: fast, no site build.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // Build and browser tests run against sites built once by the global setup.
      { extends: true, test: { name: 'site', include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'], globalSetup: ['test/support/global-setup.ts'] } },
    ],
  },
});
