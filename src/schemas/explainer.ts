/**
 * Explainers: `content/explainers/<slug>.mdx`. The frontmatter is checked
 * here; in the body, `<Quote>`, `<Cite>`, `<Term>`, `<Timeline>`, `<Map>`
 * and the other story components work without an import.
 */
import { z } from 'astro/zod';
import { citation, dayDate, formerIds, idRef, text } from './common.ts';

export const keyPointSchema = z.strictObject({
  text: text.describe('One fact, in a sentence of our own words.'),
  sources: z.array(citation).min(1, { error: 'needs at least one source: every key point is cited' }).describe('The sources for it.'),
});

export const explainerSchema = z.strictObject({
  title: text.describe('The headline.'),
  summary: text.describe('One or two sentences saying what the reader will learn; the standfirst, and shown in lists and in search results.'),
  published: dayDate.describe('The day it was first published, YYYY-MM-DD.'),
  updated: dayDate.optional().describe('The day of the last substantive change, YYYY-MM-DD; leave it out until there is one.'),
  keyPoints: z
    .array(keyPointSchema)
    .max(5, { error: 'has more than five key points: keep the three to five that matter most' })
    .default([])
    .describe('Three to five facts a reader should leave with, each cited; shown before the first section.'),
  sources: z
    .array(idRef)
    .min(1, { error: 'needs at least one source' })
    .describe('Ids of the sources it relies on (files in sources/), listed at its end; at least one.'),
  events: z.array(idRef).default([]).describe('Ids of the events it discusses (files in events/), linked both ways. Leave [] if none.'),
  formerIds,
});

export type ExplainerData = z.infer<typeof explainerSchema>;
export type KeyPoint = z.infer<typeof keyPointSchema>;
