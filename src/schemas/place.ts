/** Places: `content/places/<id>.yaml`, anywhere an event happened or is named. */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const PLACE_KINDS = ['capital', 'city', 'town', 'village', 'region', 'military-site', 'venue'] as const;

export const placeSchema = z.strictObject({
  /** Name as used in our text, in English: "Kyiv". */
  name: text,
  /** Other spellings readers may search for: "Kiev", "Київ". */
  aliases: z.array(text).default([]),
  /** Latitude in decimal degrees, −90 to 90 (north positive). */
  lat: z.number().min(-90, { error: 'must be between -90 and 90' }).max(90, { error: 'must be between -90 and 90' }),
  /** Longitude in decimal degrees, −180 to 180 (east positive). */
  lon: z.number().min(-180, { error: 'must be between -180 and 180' }).max(180, { error: 'must be between -180 and 180' }),
  /** What sort of place it is; sets the marker size on the map. */
  kind: z.enum(PLACE_KINDS),
  /** Internationally recognised country, ISO 3166-1 alpha-2: "UA" for Crimea too. */
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO country code like "UA" or "RU"' }),
  /** One sentence on why the place matters in the story, if helpful. */
  note: text.optional(),
});

export type PlaceData = z.infer<typeof placeSchema>;
