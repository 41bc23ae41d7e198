/** Places: `content/places/<id>.yaml`, anywhere an event happened or is named. */
import { z } from 'astro/zod';
import { countryCode, text } from './common.ts';

export const PLACE_KINDS = ['capital', 'city', 'town', 'village', 'region', 'military-site', 'venue'] as const;

export const placeSchema = z.strictObject({
  name: text.describe('The name as our text uses it, in English: "Beijing".'),
  aliases: z.array(text).default([]).describe('Other spellings readers may search for, e.g. [Peking, 北京]. Leave [] if none.'),
  lat: z
    .number()
    .min(-90, { error: 'must be between -90 and 90' })
    .max(90, { error: 'must be between -90 and 90' })
    .describe('Latitude in decimal degrees, -90 to 90, north positive, e.g. 39.904 for Beijing, -1.286 for Nairobi.'),
  lon: z
    .number()
    .min(-180, { error: 'must be between -180 and 180' })
    .max(180, { error: 'must be between -180 and 180' })
    .describe('Longitude in decimal degrees, -180 to 180, east positive, e.g. 116.407 for Beijing, -77.043 for Lima.'),
  kind: z.enum(PLACE_KINDS).describe(`What sort of place it is; sets the marker size on the map: ${PLACE_KINDS.join(', ')}.`),
  country: countryCode.describe('The internationally recognised country, as a two-letter ISO code, e.g. "CN" or "KE"; a disputed or occupied place takes the country it belongs to internationally.'),
  note: text.optional().describe('One sentence on why the place matters in the story, if helpful.'),
});

export type PlaceData = z.infer<typeof placeSchema>;
