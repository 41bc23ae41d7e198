/**
 * Explainers: `content/explainers/<slug>.mdx`. The frontmatter is checked
 * here; in the body, `<Quote source="…">`, `<Cite source="…" />` and
 * `<Term id="…">` work without an import.
 */
import { z } from 'astro/zod';
import { dayDate, idRef, text } from './common.ts';

export const explainerSchema = z.strictObject({
  /** Headline. */
  title: text,
  /** One or two sentences: what the reader will learn. Shown in lists and in search results. */
  summary: text,
  /** Day first published, YYYY-MM-DD. */
  published: dayDate,
  /** Day of the last substantive change, YYYY-MM-DD; omit until there is one. */
  updated: dayDate.optional(),
  /** Ids of the sources the explainer relies on, listed at its end. */
  sources: z.array(idRef).min(1, { error: 'needs at least one source' }),
  /** Ids of events the explainer discusses, linked from it and back to it. */
  events: z.array(idRef).default([]),
});

export type ExplainerData = z.infer<typeof explainerSchema>;
