/**
 * What a map shows: a box of longitude and latitude. Named extents cover the
 * usual needs of a story about Ukraine; a component may also pass its own
 * box as "west,south,east,north".
 */

export interface GeoExtent {
  /** Longitudes and latitudes in degrees, east and north positive. */
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface NamedExtent extends GeoExtent {
  id: string;
  /** What the map shows, to follow "Map of": "Ukraine and western Russia". */
  label: string;
}

export const EXTENTS = {
  /** Ukraine with Crimea, and Russia as far as Moscow and Toropets. */
  theatre: { id: 'theatre', label: 'Ukraine and western Russia', west: 22, south: 44.2, east: 41.2, north: 57.2 },
  /** The Ukrainian–Russian border from Chernihiv to Luhansk, with Kursk and Belgorod. */
  border: { id: 'border', label: 'the Ukrainian–Russian border', west: 31.5, south: 48.4, east: 39.8, north: 53 },
  /** Europe from London to Moscow, for the diplomacy around the war. */
  europe: { id: 'europe', label: 'Europe', west: -11, south: 36, east: 44, north: 61 },
} as const satisfies Record<string, NamedExtent>;

export type ExtentName = keyof typeof EXTENTS;

/** A named extent, or a custom one written "west,south,east,north"; throws on anything else. */
export function parseExtent(value: string | GeoExtent | undefined): NamedExtent {
  if (value === undefined || value === '') return EXTENTS.theatre;
  if (typeof value !== 'string') return { id: 'custom', label: 'the area shown', ...value };
  if (value in EXTENTS) return EXTENTS[value as ExtentName];
  const numbers = value.split(',').map((part) => Number(part.trim()));
  const [west, south, east, north] = numbers;
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)) || west! >= east! || south! >= north!) {
    throw new Error(`extent "${value}" is neither ${Object.keys(EXTENTS).join(', ')} nor "west,south,east,north" in degrees`);
  }
  return { id: 'custom', label: 'the area shown', west: west!, south: south!, east: east!, north: north! };
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
