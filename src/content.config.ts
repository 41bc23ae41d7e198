/**
 * Astro's view of the story folder: only the explainers, which are MDX that
 * Astro compiles. Every other kind is read and checked by our own reader
 * (src/content/checked-story.ts), once per build, and pages take the story
 * from there (src/data/story.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { contentDir } from './content/content-dir.ts';

const dir = contentDir();

export const collections = {
  explainers: defineCollection({
    // An absolute address: Astro reads a relative base from its root, which a build may move (scripts/build.ts).
    loader: glob({ base: pathToFileURL(`${dir.path}/explainers/`), pattern: '*.mdx' }),
  }),
};
