/**
 * What a map shows: a box of longitude and latitude. A story names the site
 * map's box and any others an explainer's <Map extent="…"> may ask for in
 * site.yaml (map.frame, map.frames); a <Map> may also give its own box as
 * "west,south,east,north".
 */
import { UI } from '../../shared/ui.ts';

export interface GeoExtent {
  /** Longitudes and latitudes in degrees, east and north positive. */
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface NamedExtent extends GeoExtent {
  id: string;
  /** What the map shows, to follow "Map of": "the Riverton valley". */
  label: string;
}

/** The narrowest a fitted map is, in degrees of latitude (about 330 km): a map of one town needs its surroundings. */
const MIN_SPAN = 3;
/** A fitted map is at least this much wider than tall (on the ground), so it sits well on a screen. */
const MIN_ASPECT = 1.25;

/**
 * The box around some points, with a margin of a tenth of its size on each side (at least half a
 * degree), at least MIN_SPAN tall and MIN_ASPECT times as wide as tall on the ground, about the
 * points' centre.
 */
export function fitExtent(points: readonly [number, number][], label: string): NamedExtent {
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const marginX = Math.max(0.5, (east - west) / 10);
  const marginY = Math.max(0.5, (north - south) / 10);
  const [centreLon, centreLat] = [(west + east) / 2, (south + north) / 2];
  // A degree of longitude is shorter than one of latitude by the cosine of the latitude.
  const shrink = Math.max(0.2, Math.cos((centreLat * Math.PI) / 180));
  const height = Math.max(MIN_SPAN, north - south + 2 * marginY);
  const width = Math.max((east - west + 2 * marginX) * shrink, height * MIN_ASPECT) / shrink;
  return {
    id: 'story',
    label,
    west: Math.max(-180, centreLon - width / 2),
    east: Math.min(180, centreLon + width / 2),
    south: Math.max(-85, centreLat - height / 2),
    north: Math.min(85, centreLat + height / 2),
  };
}

/**
 * A map's box: one of the story's named frames, a box written "west,south,east,north", or the site
 * map's own when none is given; throws, naming the choices, on anything else.
 */
export function parseExtent(value: string | GeoExtent | undefined, site: NamedExtent, frames: ReadonlyMap<string, NamedExtent>): NamedExtent {
  if (value === undefined || value === '') return site;
  if (typeof value !== 'string') return { id: 'custom', label: UI.map.areaShown, ...value };
  const named = frames.get(value);
  if (named) return named;
  const numbers = value.split(',').map((part) => Number(part.trim()));
  const [west, south, east, north] = numbers;
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)) || west! >= east! || south! >= north!) {
    const names = [...frames.keys()];
    throw new Error(`extent "${value}" is ${names.length > 0 ? `neither a frame of the story (${names.join(', ')}) nor` : 'not'} "west,south,east,north" in degrees`);
  }
  return { id: 'custom', label: UI.map.areaShown, west: west!, south: south!, east: east!, north: north! };
}

export const contains = (extent: GeoExtent, [lon, lat]: [number, number]) =>
  lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north;

/**
 * Points along the box's edges, one every `step` degrees: parallels are not
 * great circles, so a projection is fitted to these points, not to a polygon.
 */
export function edgePoints(extent: GeoExtent, step = 0.5): [number, number][] {
  const { west, south, east, north } = extent;
  const points: [number, number][] = [];
  const steps = (from: number, to: number) => Math.max(1, Math.ceil(Math.abs(to - from) / step));
  const along = (from: [number, number], to: [number, number]) => {
    const n = steps(from[0], to[0]) + steps(from[1], to[1]);
    for (let i = 0; i < n; i += 1) points.push([from[0] + ((to[0] - from[0]) * i) / n, from[1] + ((to[1] - from[1]) * i) / n]);
  };
  along([west, south], [east, south]);
  along([east, south], [east, north]);
  along([east, north], [west, north]);
  along([west, north], [west, south]);
  return points;
}
