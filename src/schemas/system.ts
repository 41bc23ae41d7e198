/** Systems: `content/systems/<id>.yaml`, a weapon or platform and its reach. */
import { z } from 'astro/zod';
import { citation, text } from './common.ts';

export const SYSTEM_TYPES = ['ballistic-missile', 'cruise-missile', 'rocket-artillery', 'aircraft', 'air-defence', 'drone'] as const;

export const variantSchema = z.strictObject({
  name: text.describe(
    'The variant or munition, e.g. "M39 (Block I)" or "Long-range rockets". It also reads after the system\'s name ("Kestrel, long-range rockets"), so an ordinary first word is lowered there; start with the system\'s name or an acronym to keep a proper name\'s capital.',
  ),
  rangeKm: z.number().positive({ error: 'must be a positive number of kilometres' }).describe('Its range in kilometres, as reported.'),
  qualifier: z.enum(['about', 'up to', 'more than']).optional().describe('How the source qualifies the figure: "about", "up to" or "more than".'),
  source: citation.describe('The source of this range, an original report or an official record, with the words that state it.'),
});

export const systemSchema = z.strictObject({
  name: text.describe('The common name, e.g. "Kestrel".'),
  aliases: z.array(text).default([]).describe('Other names readers may search for, e.g. [K-2]. Leave [] if none.'),
  type: z.enum(SYSTEM_TYPES).describe(`What kind of weapon or platform it is: ${SYSTEM_TYPES.join(', ')}.`),
  variants: z.array(variantSchema).default([]).describe('Its variants with their ranges; each range cites its source.'),
  suppliers: z
    .array(z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO country code like "US"' }))
    .default([])
    .describe('Countries that supplied it, as two-letter ISO codes, e.g. [US]; [] if none did.'),
  description: text.describe('One or two sentences in our own words on what it is.'),
  sources: z
    .array(citation)
    .min(1, { error: 'needs at least one source' })
    .describe('Sources for the description, at least one of them an original report or an official record.'),
});

export type SystemData = z.infer<typeof systemSchema>;
export type Variant = z.infer<typeof variantSchema>;
