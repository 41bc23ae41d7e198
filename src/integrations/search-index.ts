/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` when the site
 * build finishes, as Starlight does: the pages that declare a search type
 * (see Base.astro), plus one record per glossary term, system and place with
 * all their aliases. Any indexing error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkedStory } from '../content/checked-story.ts';
import { contentDir } from '../content/content-dir.ts';
import { aliasGroups, exactNames, indexLanguage, searchRecords } from '../model/search-records.ts';
import { aliasTable } from '../shared/search-aliases.ts';
import { ALIASES_FILE, RANKING_FILE, searchRanking } from '../model/search-ranking.ts';

/** What the build uses of Pagefind's Node API; tests pass a stand-in that fails where they choose. */
export type SearchEngine = Pick<typeof pagefind, 'createIndex' | 'close'>;

export function searchIndex(engine: SearchEngine = pagefind): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
        };
        // The story this build already read and checked (src/content/checked-story.ts).
        const { story, problems } = await checkedStory(contentDir().path);
        if (!story) return fail('reading the content', problems.map((p) => `${p.file} ${p.field}: ${p.message}`));
        try {
          // One language for the whole site, so pages (lang="en-GB") and records ("en") share an index.
          const { index, errors } = await engine.createIndex({ forceLanguage: indexLanguage(story) });
          if (!index) return fail('starting Pagefind', errors);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) fail('indexing pages', added.errors);
          const records = searchRecords(story);
          for (const record of records) {
            const result = await index.addCustomRecord(record);
            if (result.errors.length > 0) fail(`indexing ${record.url}`, result.errors);
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) fail('writing the index', written.errors);
          // Which results are explainers and which sources, so the browser can order them with a single search.
          const { files, errors: readErrors } = await index.getFiles();
          if (readErrors.length > 0) fail('reading the index back', readErrors);
          const ranking = searchRanking(files, exactNames(story), base);
          await writeFile(join(outDir, 'pagefind', RANKING_FILE), `${JSON.stringify(ranking)}\n`);
          // Other names for the same thing, so the browser can search each name a reader might type.
          await writeFile(join(outDir, 'pagefind', ALIASES_FILE), `${JSON.stringify(aliasTable(aliasGroups(story)))}\n`);
          logger.info(`indexed ${added.page_count} pages and ${records.length} terms, systems and places`);
        } finally {
          await engine.close();
        }
      },
    },
  };
}
