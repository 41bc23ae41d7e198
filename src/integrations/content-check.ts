/**
 * Reads and checks the story before Astro touches anything, once per build:
 * a broken content file stops `astro build` with our report (every problem,
 * each with its fix) and the previous output is left alone. The result is the
 * one the pages and the search index use (src/content/checked-story.ts). In
 * `astro dev` the report is logged instead, so the server keeps running while
 * the file is fixed, and a change to the story folder is read afresh.
 */
import type { AstroIntegration } from 'astro';
import { checkedStory, forgetCheckedStory } from '../content/checked-story.ts';
import { contentDir } from '../content/content-dir.ts';
import { ContentError, formatProblems } from '../content/problems.ts';

export function contentCheck(): AstroIntegration {
  const dir = contentDir();
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'preview') return;
        const { problems } = await checkedStory(dir.path);
        if (problems.length === 0) return;
        if (command === 'dev') {
          logger.error(formatProblems(problems, dir.label, 'check'));
          return;
        }
        const error = new ContentError(problems, dir.label);
        // The report is the whole message; a stack trace would only bury it.
        error.stack = error.message;
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(dir.path);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(dir.path)) return;
          forgetCheckedStory(dir.path);
          void checkedStory(dir.path).then(({ problems }) => {
            if (problems.length > 0) logger.error(formatProblems(problems, dir.label, 'check'));
            server.ws.send({ type: 'full-reload' });
          });
        });
      },
    },
  };
}
