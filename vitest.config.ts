/// <reference types="vitest/config" />
// Astro's Vite config lets tests render .astro components with the container API.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Build and browser tests share built sites and Chromium; two workers suit the 2-core machines.
    maxWorkers: 2,
  },
});
