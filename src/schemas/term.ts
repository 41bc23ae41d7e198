/** Glossary terms: `content/glossary/<id>.yaml`. */
import { z } from 'astro/zod';
import { citation, text } from './common.ts';

export const termSchema = z.strictObject({
  /** The term as it appears in headings, e.g. "Counter-battery fire". */
  term: text,
  /** Other names and spellings that should find this term. */
  aliases: z.array(text).default([]),
  /** Plain-language definition in one to three sentences. */
  definition: text,
  /** Sources for the definition. */
  sources: z.array(citation).min(1, { error: 'needs at least one source' }),
});

export type TermData = z.infer<typeof termSchema>;
