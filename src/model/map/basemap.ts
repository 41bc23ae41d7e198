/**
 * The base map for a frame: every country in view as one path, and the
 * story's border (map.border in site.yaml), which range bands and distances
 * are measured from.
 */
import { countries, sharedBorder, type Detail } from './atlas.ts';
import type { MapFrame } from './projection.ts';
import { mapPath, type SimplifyOptions } from './simplify.ts';

export interface CountryShape {
  /** ISO 3166-1 numeric, as in the atlas: "404" for Kenya. */
  id: string;
  /** ISO 3166-1 alpha-3: "KEN". */
  a3: string;
  name: string;
  d: string;
}

export interface BaseMap {
  countries: CountryShape[];
  /** The story's border, if it names one; empty otherwise. */
  border: string;
}

/** Half a unit at most: below what a reader can see at the map's largest size. */
export const BASE_SIMPLIFY: SimplifyOptions = { tolerance: 0.4, minRing: 2 };

const cache = new Map<string, BaseMap>();

/** `border`: the alpha-3 codes of the story's border, if any. */
export function baseMap(frame: MapFrame, key: string, detail: Detail, border: readonly [string, string] | undefined): BaseMap {
  const id = `${key} ${detail} ${border?.join('-') ?? ''}`;
  const cached = cache.get(id);
  if (cached) return cached;
  const shapes = countries(detail)
    .map((c) => ({ id: c.id, a3: c.properties.a3, name: c.properties.name, d: mapPath(frame.projection, c, BASE_SIMPLIFY) }))
    .filter((c) => c.d !== '');
  const result: BaseMap = {
    countries: shapes,
    border: border ? mapPath(frame.projection, sharedBorder(border[0], border[1]), { tolerance: BASE_SIMPLIFY.tolerance, minRing: 0 }) : '',
  };
  cache.set(id, result);
  return result;
}
