/**
 * The base map for a frame: every country in view as one path, the outline
 * of Crimea (hatched as occupied) and the Ukrainian–Russian land border,
 * which range bands and distances are measured from.
 */
import { countries, crimeaOutline, sharedBorder } from './atlas.ts';
import type { MapFrame } from './projection.ts';
import { mapPath, type SimplifyOptions } from './simplify.ts';

export interface CountryShape {
  /** ISO 3166-1 numeric, as in the atlas: "804" for Ukraine. */
  id: string;
  /** ISO 3166-1 alpha-3: "UKR". */
  a3: string;
  name: string;
  d: string;
}

export interface BaseMap {
  countries: CountryShape[];
  crimea: string;
  /** The Ukrainian–Russian land border. */
  border: string;
}

/** Half a unit at most: below what a reader can see at the map's largest size. */
export const BASE_SIMPLIFY: SimplifyOptions = { tolerance: 0.4, minRing: 2 };

const cache = new Map<string, BaseMap>();

export function baseMap(frame: MapFrame, key: string): BaseMap {
  const cached = cache.get(key);
  if (cached) return cached;
  const shapes = countries()
    .map((c) => ({ id: c.id, a3: c.properties.a3, name: c.properties.name, d: mapPath(frame.projection, c, BASE_SIMPLIFY) }))
    .filter((c) => c.d !== '');
  const result: BaseMap = {
    countries: shapes,
    crimea: mapPath(frame.projection, crimeaOutline(), BASE_SIMPLIFY),
    border: mapPath(frame.projection, sharedBorder('UKR', 'RUS'), { tolerance: BASE_SIMPLIFY.tolerance, minRing: 0 }),
  };
  cache.set(key, result);
  return result;
}
