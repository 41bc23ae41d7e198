/**
 * Astro's view of the story folder. Every kind except explainers is read by
 * our own reader (YAML without implicit dates, ids from file names) and
 * validated with the same schemas `npm run check` uses; explainers are MDX,
 * compiled by Astro. The full cross-file check runs before this, in the
 * content-check integration.
 */
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDir } from './content/content-dir.ts';
import { ContentError, type Problem } from './content/problems.ts';
import { readFolder, readSite, type Folder, type RawEntry } from './content/read.ts';
import { folderSchemas, siteSchema } from './schemas/index.ts';

const dir = contentDir();

async function store(context: LoaderContext, entries: RawEntry[]) {
  context.store.clear();
  for (const entry of entries) {
    const filePath = relative(process.cwd(), `${dir.path}/${entry.file}`);
    const data = await context.parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath });
    context.store.set({ id: entry.id, data, body: entry.body, filePath, digest: context.generateDigest(entry.body + JSON.stringify(entry.data)) });
  }
}

/** Reloads when anything in the content folder changes during `astro dev`. */
function watch(context: LoaderContext, reload: () => Promise<void>) {
  context.watcher?.add(dir.path);
  context.watcher?.on('all', (_event, path) => {
    if (path.startsWith(dir.path)) void reload();
  });
}

function folderLoader(folder: Folder): Loader {
  return {
    name: `story-${folder}`,
    load: async (context) => {
      const reload = async () => {
        const { entries, problems } = await readFolder(dir.path, folder);
        if (problems.length > 0) throw new ContentError(problems, dir.label);
        await store(context, entries);
      };
      await reload();
      watch(context, reload);
    },
  };
}

const siteLoader: Loader = {
  name: 'story-site',
  load: async (context) => {
    const reload = async () => {
      const problems: Problem[] = [];
      const site = await readSite(dir.path, problems);
      if (!site) throw new ContentError(problems, dir.label);
      await store(context, [site]);
    };
    await reload();
    watch(context, reload);
  },
};

export const collections = {
  site: defineCollection({ loader: siteLoader, schema: siteSchema }),
  sources: defineCollection({ loader: folderLoader('sources'), schema: folderSchemas.sources }),
  events: defineCollection({ loader: folderLoader('events'), schema: folderSchemas.events }),
  places: defineCollection({ loader: folderLoader('places'), schema: folderSchemas.places }),
  systems: defineCollection({ loader: folderLoader('systems'), schema: folderSchemas.systems }),
  glossary: defineCollection({ loader: folderLoader('glossary'), schema: folderSchemas.glossary }),
  corrections: defineCollection({ loader: folderLoader('corrections'), schema: folderSchemas.corrections }),
  explainers: defineCollection({
    // An absolute address: Astro reads a relative base from its root, which a build may move (scripts/build.ts).
    loader: glob({ base: pathToFileURL(`${dir.path}/explainers/`), pattern: '*.mdx' }),
    schema: folderSchemas.explainers,
  }),
};
