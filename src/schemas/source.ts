/**
 * Sources: `content/sources/<id>.md`. The frontmatter describes the document;
 * the body is its stored text, the whole document when we hold it, otherwise
 * the passage relied on. Quotes are checked against this body.
 */
import { z } from 'astro/zod';
import { dayDate, httpUrl, partialDate, text } from './common.ts';

export const SOURCE_KINDS = ['news-report', 'official-statement', 'transcript', 'dataset'] as const;

/** How each kind is named to readers. */
export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  'news-report': 'News report',
  'official-statement': 'Official statement',
  transcript: 'Transcript',
  dataset: 'Dataset',
};

export const sourceSchema = z.strictObject({
  /** Headline or title of the document, as published. */
  title: text,
  /** Outlet or body that published it, e.g. "Associated Press" or "UK Foreign Office". */
  publisher: text,
  /** Named authors, if any, as credited. */
  authors: z.array(text).default([]),
  /** Where the document lives; omit if it has no public address rather than guess one. */
  url: httpUrl.optional(),
  /** When it was published, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: partialDate,
  /** The day we read and stored it, YYYY-MM-DD. */
  retrieved: dayDate,
  /** What sort of document it is. */
  kind: z.enum(SOURCE_KINDS),
  /** Language of the document as a BCP 47 tag, e.g. "en" or "uk". */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag like "en" or "uk"' }),
  /** "full" when the body is the whole document, "excerpt" when it holds only the passages relied on. */
  stored: z.enum(['full', 'excerpt']),
  /** Who the document relies on when it reports another outlet's work, e.g. "foreign media" or "AP". */
  via: text.optional(),
});

export type SourceData = z.infer<typeof sourceSchema>;
