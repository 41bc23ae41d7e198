/**
 * Runs the full content check before Astro touches anything, so a broken
 * content file stops `astro build` with our report (every problem, each with
 * its fix) and the previous output is left alone. In `astro dev` the report
 * is logged instead, so the server keeps running while the file is fixed.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content/check.ts';
import { contentDir } from '../content/content-dir.ts';
import { ContentError, formatProblems } from '../content/problems.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'preview') return;
        const dir = contentDir();
        const { problems } = await checkContent(dir.path);
        if (problems.length === 0) return;
        if (command === 'dev') {
          logger.error(formatProblems(problems, dir.label));
          return;
        }
        const error = new ContentError(problems, dir.label);
        // The report is the whole message; a stack trace would only bury it.
        error.stack = error.message;
        throw error;
      },
    },
  };
}
