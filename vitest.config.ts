import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and build tests share built sites and one Chromium; keep the 2-core machine calm.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
