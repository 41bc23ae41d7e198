/**
 * Sources: `content/sources/<id>.md`. The frontmatter describes the document;
 * the body is its stored text, the whole document when we may republish it,
 * otherwise the passages relied on. Quotes are checked against this body.
 */
import { z } from 'astro/zod';
import { dayDate, formerIds, httpUrl, partialDate, text } from './common.ts';

export const SOURCE_KINDS = ['news-report', 'official-statement', 'transcript', 'dataset'] as const;


/**
 * What the stored text is, which decides whether it may carry a headline
 * fact alone: an outlet's own report, an official record, a wire report
 * republished with credit by an established outlet (these three are
 * primary), or a copy or rewrite elsewhere (never enough on its own).
 */
export const SOURCE_STANDINGS = ['original', 'official', 'syndicated', 'copy'] as const;
export type SourceStanding = (typeof SOURCE_STANDINGS)[number];

/** Standings that can carry a headline fact on their own. */
export const PRIMARY_STANDINGS: readonly SourceStanding[] = ['original', 'official', 'syndicated'];

export const archiveSchema = z.strictObject({
  url: httpUrl.describe('The archived copy, e.g. https://web.archive.org/web/20240911000000/https://…'),
  date: dayDate.describe('The day the copy was archived, YYYY-MM-DD.'),
});

export const sourceSchema = z.strictObject({
  title: text.describe('The headline or title of the document, as published.'),
  publisher: text.describe(
    'Who published the text we stored: the outlet or body, e.g. "Associated Press" or "UK Foreign Office". For a copy, the site that carries it.',
  ),
  authors: z.array(text).default([]).describe('Named authors as credited, e.g. [Jane Doe]. Leave [] if none are named.'),
  url: httpUrl.optional().describe('Where the document lives, starting with https://. Leave it out rather than guess one.'),
  published: partialDate.describe('When it was published, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD.'),
  retrieved: dayDate.describe('The day we read and stored it, YYYY-MM-DD.'),
  kind: z.enum(SOURCE_KINDS).describe(`What sort of document it is: ${SOURCE_KINDS.join(', ')}.`),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag like "en" or "uk"' })
    .describe('The language of the document, as a tag like "en" or "uk".'),
  stored: z
    .enum(['full', 'excerpt'])
    .describe(
      '"full" when the text below is the whole document, which only a document we may republish can be (an official transcript, the story\'s seed); ' +
        '"excerpt" when it holds only the passages relied on.',
    ),
  standing: z
    .enum(SOURCE_STANDINGS)
    .describe(
      'What the stored text is: "original" (the publisher\'s own report), "official" (a record by the body that made it: statement, transcript, readout), ' +
        '"syndicated" (a wire report republished with credit by an established outlet; name the wire in via) or ' +
        '"copy" (a copy or rewrite on another site; name the original outlet in via). A headline fact needs one source that is not a copy.',
    ),
  via: text
    .optional()
    .describe('For a syndicated report or a copy: the outlet whose report it is, e.g. "AP". Also for a report relaying unnamed media: "foreign media".'),
  original: httpUrl.optional().describe("For a syndicated report or a copy: the original's address, where known. Never guess one."),
  storedFrom: httpUrl
    .optional()
    .describe('Where the stored text was read, when that is not url: e.g. an official transcript copied word for word on another site.'),
  archived: archiveSchema
    .optional()
    .describe('An archived copy of url (Robust Links): its address and the day it was archived. The build does not fetch it.'),
  formerIds,
});

export type SourceData = z.infer<typeof sourceSchema>;
