/** Systems: `content/systems/<id>.yaml`, a weapon or platform and its reach. */
import { z } from 'astro/zod';
import { citation, text } from './common.ts';

export const SYSTEM_TYPES = ['ballistic-missile', 'cruise-missile', 'rocket-artillery', 'aircraft', 'air-defence', 'drone'] as const;

export const variantSchema = z.strictObject({
  /** Name of the variant or munition, e.g. "M39 (Block I)". */
  name: text,
  /** Range in kilometres as reported. */
  rangeKm: z.number().positive({ error: 'must be a positive number of kilometres' }),
  /** How the figure is qualified by its source: "about", "up to" or "more than". */
  qualifier: z.enum(['about', 'up to', 'more than']).optional(),
  /** The source of this range, with the passage that states it. */
  source: citation,
});

export const systemSchema = z.strictObject({
  /** Common name, e.g. "ATACMS". */
  name: text,
  /** Other names readers may search for, e.g. "MGM-140". */
  aliases: z.array(text).default([]),
  /** What kind of weapon or platform it is. */
  type: z.enum(SYSTEM_TYPES),
  /** Variants with their ranges; each range cites its source. */
  variants: z.array(variantSchema).default([]),
  /** Countries that supplied it to Ukraine, ISO codes; empty if never supplied. */
  suppliers: z.array(z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO country code like "US"' })).default([]),
  /** One or two sentences in our own words on what it is. */
  description: text,
  /** Sources for the description. */
  sources: z.array(citation).min(1, { error: 'needs at least one source' }),
});

export type SystemData = z.infer<typeof systemSchema>;
export type Variant = z.infer<typeof variantSchema>;
