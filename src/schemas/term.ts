/** Glossary terms: `content/glossary/<id>.yaml`, a word or phrase readers may not know. */
import { z } from 'astro/zod';
import { citation, text } from './common.ts';

export const termSchema = z.strictObject({
  term: text.describe('The term as it appears in headings, e.g. "Counter-battery fire".'),
  aliases: z.array(text).default([]).describe('Other names and spellings that should find this term, e.g. [escalate, escalatory]. Leave [] if none.'),
  definition: text.describe('A plain-language definition, in our own words, in one to three sentences.'),
  sources: z
    .array(citation)
    .min(1, { error: 'needs at least one source' })
    .describe('Sources for the definition, at least one of them an original report or an official record.'),
});

export type TermData = z.infer<typeof termSchema>;
