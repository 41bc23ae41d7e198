/**
 * Map layers: `content/layers/<id>.yaml`, an area drawn on the maps for a
 * period: an occupied territory, a zone where something was allowed. Its
 * shape is given inline or built from the story: a band along a border, a
 * circle round a place, a country, or the part of one country that the
 * atlas's de facto view gives to another. Sourced like an event; a shape the
 * sources do not give exactly says so (`schematic: true`).
 */
import { z } from 'astro/zod';
import { citation, countryCode, idRef, partialDate, text } from './common.ts';

export const LAYER_ROLES = ['occupied', 'permitted', 'area'] as const;


/** GeoJSON, checked by the content check (closed rings, longitudes and latitudes in range, size). */
const geojsonGeometry = z.strictObject({
  type: z.enum(['Polygon', 'MultiPolygon']).describe('"Polygon" or "MultiPolygon".'),
  coordinates: z.array(z.unknown()).describe('GeoJSON coordinates: [longitude, latitude] pairs, rings closed.'),
});

export const layerGeometrySchema = z.union([
  z.strictObject({ geojson: geojsonGeometry.describe('A shape given point by point, as GeoJSON.') }),
  z.strictObject({
    band: z
      .strictObject({
        between: z.tuple([countryCode, countryCode]).describe('The border: the two countries that share it, e.g. [FR, ES].'),
        side: countryCode.describe('The side of the border the band lies on, e.g. ES.'),
        depthKm: z.number().positive({ error: 'must be a positive number of kilometres' }).describe('How deep the band reaches from the border, in km.'),
        from: idRef.optional().describe('With to: only the stretch of border between the points nearest these two places (ids in places/).'),
        to: idRef.optional().describe('The other end of the stretch.'),
      })
      .describe('A band along a land border.'),
  }),
  z.strictObject({
    circle: z
      .strictObject({
        place: idRef.describe('The centre: an id in places/.'),
        radiusKm: z.number().positive({ error: 'must be a positive number of kilometres' }).describe('The radius in km.'),
      })
      .describe('A circle round a place.'),
  }),
  z.strictObject({ country: countryCode.describe('A whole country, within its internationally recognised borders, e.g. UA.') }),
  z.strictObject({
    deFacto: z
      .strictObject({
        country: countryCode.describe('The country the atlas\'s de facto view draws it as part of, e.g. RU.'),
        within: countryCode.describe('The country it belongs to within internationally recognised borders, e.g. UA.'),
      })
      .describe('The part of one country that the atlas\'s de facto view (Natural Earth) draws as part of another, e.g. land one country holds within another\'s recognised borders.'),
  }),
]);

export const layerSchema = z.strictObject({
  label: text.describe('What the area is, as the legend says it: "The flooded valley, May 2020".'),
  role: z
    .enum(LAYER_ROLES)
    .describe(`How it is drawn: ${LAYER_ROLES.join(', ')} ("occupied" hatched, "permitted" tinted, "area" outlined).`),
  geometry: layerGeometrySchema.describe('Its shape: one of geojson, band, circle, country or deFacto.'),
  from: partialDate.optional().describe('When it starts to apply; leave it out if it applies from the start of the story.'),
  to: partialDate.optional().describe('When it stops applying; leave it out if it applies to the end of the story.'),
  schematic: z
    .boolean()
    .default(false)
    .describe('true when the sources give no exact extent and the shape only shows the idea: the map then labels it "schematic".'),
  schematicNote: text
    .optional()
    .describe('For a schematic shape: what it assumes, in a few words, e.g. "depth not published; drawn 30 km deep". Shown after "schematic:".'),
  standing: z
    .enum(['confirmed', 'reported', 'claimed'])
    .describe('How it stands: "confirmed", "reported" or "claimed" (say who in claimedBy), as for an event.'),
  claimedBy: text.optional().describe('For a claimed area: who claims it.'),
  events: z.array(idRef).default([]).describe('Ids of the events that began or ended it. Leave [] if none.'),
  sources: z.array(citation).min(1, { error: 'needs at least one source' }).describe('Sources for the area, its dates and its extent.'),
});

export type LayerData = z.infer<typeof layerSchema>;
export type LayerGeometry = z.infer<typeof layerGeometrySchema>;
