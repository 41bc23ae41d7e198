/// <reference types="vitest/config" />
// Astro's Vite config lets these tests render .astro components with the container API.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'render',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/render/**/*.test.ts'],
    setupFiles: ['test/support/temp-cleanup.ts'],
    testTimeout: 60_000,
  },
});
