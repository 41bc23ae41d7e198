/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` when the site
 * build finishes, as Starlight does. An indexing error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) return fail('starting Pagefind', errors);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) fail('indexing pages', added.errors);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) fail('writing the index', written.errors);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
