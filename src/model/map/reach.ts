/**
 * Weapon reach: for each range a system's variants are reported to have, the
 * area within that many kilometres of an origin. From a place it is a
 * geodesic circle (d3.geoCircle). From the story's border it is a
 * band: every point within that distance of any point of the border, the
 * union of geodesic circles centred along it, traced as the contour of a
 * grid of great-circle distances.
 */
import { geoCircle } from 'd3-geo';
import type { Entry } from '../../content/story.ts';
import type { SystemData } from '../../schemas/system.ts';
import { isolines, type Grid } from './contours.ts';
import { EARTH_RADIUS_KM, type LonLat } from './distances.ts';
import type { MapFrame } from './projection.ts';
import { mapPath, ringsPath, type SimplifyOptions } from './simplify.ts';

export interface RangeClaim {
  systemId: string;
  system: string;
  variant: string;
  km: number;
  qualifier: 'about' | 'up to' | 'more than' | undefined;
  source: string;
  quote: string | undefined;
}

/** Reported ranges of the chosen systems (all with variants if none are named), longest first. */
export function rangeClaims(systems: readonly Entry<SystemData>[], ids: readonly string[] | undefined): RangeClaim[] {
  const chosen = ids === undefined ? systems : systems.filter((s) => ids.includes(s.id));
  return chosen
    .flatMap((s) =>
      s.data.variants.map((v) => ({ systemId: s.id, system: s.data.name, variant: v.name, km: v.rangeKm, qualifier: v.qualifier, source: v.source.source, quote: v.source.quote })),
    )
    .sort((a, b) => b.km - a.km || a.system.localeCompare(b.system, 'en') || a.variant.localeCompare(b.variant, 'en'));
}

/** Ranges grouped by distance: one ring per distance, however many systems share it. */
export function groupByKm(claims: readonly RangeClaim[]): { km: number; claims: RangeClaim[] }[] {
  const groups: { km: number; claims: RangeClaim[] }[] = [];
  for (const claim of claims) {
    const group = groups.find((g) => g.km === claim.km);
    if (group) group.claims.push(claim);
    else groups.push({ km: claim.km, claims: [claim] });
  }
  return groups;
}

export const kmToDegrees = (km: number) => (km / EARTH_RADIUS_KM) * (180 / Math.PI);

/** The geodesic circle of `km` around a point, as a GeoJSON polygon (one vertex per `precision` degrees of bearing). */
export function rangeCircle(centre: LonLat, km: number, precision = 2) {
  return geoCircle().center(centre).radius(kmToDegrees(km)).precision(precision)();
}

const RING_SIMPLIFY: SimplifyOptions = { tolerance: 0.4, minRing: 1 };

export const circlePath = (frame: MapFrame, centre: LonLat, km: number) => mapPath(frame.projection, rangeCircle(centre, km), RING_SIMPLIFY);

/** Map units between the nodes of the distance grid: fine enough that contours are smooth at any size the map is shown. */
export const GRID_STEP = 5;

/** Great-circle distance, in km, from each grid node to the nearest of `origins`. */
export function distanceGrid(frame: MapFrame, origins: readonly LonLat[], step = GRID_STEP): Grid {
  const nx = Math.ceil(frame.width / step) + 1;
  const ny = Math.ceil(frame.height / step) + 1;
  const radians = Math.PI / 180;
  const unit = origins.map(([lon, lat]) => [Math.cos(lat * radians) * Math.cos(lon * radians), Math.cos(lat * radians) * Math.sin(lon * radians), Math.sin(lat * radians)] as const);
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j += 1) {
    for (let i = 0; i < nx; i += 1) {
      const lonLat = frame.projection.invert?.([i * step, j * step]);
      if (!lonLat) {
        values[j * nx + i] = Infinity;
        continue;
      }
      const [lon, lat] = lonLat;
      const x = Math.cos(lat * radians) * Math.cos(lon * radians);
      const y = Math.cos(lat * radians) * Math.sin(lon * radians);
      const z = Math.sin(lat * radians);
      let best = -1;
      for (const o of unit) best = Math.max(best, o[0] * x + o[1] * y + o[2] * z);
      values[j * nx + i] = Math.acos(Math.min(1, best)) * EARTH_RADIUS_KM;
    }
  }
  return { values, nx, ny };
}

/** Path data for the area within `km` of the grid's origins, in map units. */
export function bandPath(grid: Grid, km: number, step = GRID_STEP): string {
  const rings = isolines(grid, km).map((ring) => ring.map(([i, j]) => [i * step, j * step] as [number, number]));
  return ringsPath(rings, RING_SIMPLIFY);
}
