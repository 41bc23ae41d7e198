/**
 * Distances on the globe, computed with d3.geoDistance (great circles on a
 * sphere of the Earth's mean radius), never typed in: "border → Northgate"
 * is the shortest distance from Northgate to any point of the story's land
 * border (map.border in site.yaml) as the atlas draws it.
 */
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { formatNumber } from '../../shared/words.ts';

/** Mean radius of the Earth (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;

export type LonLat = [number, number];

export const kmBetween = (a: LonLat, b: LonLat) => geoDistance(a, b) * EARTH_RADIUS_KM;

/** The points of a line, with extra points on great circles so none is more than `maxKm` from the next. */
export function densify(line: MultiLineString, maxKm: number): LonLat[] {
  const out: LonLat[] = [];
  for (const part of line.coordinates) {
    for (let i = 0; i < part.length; i += 1) {
      const point = part[i] as LonLat;
      const previous = part[i - 1] as LonLat | undefined;
      if (previous) {
        const steps = Math.ceil(kmBetween(previous, point) / maxKm);
        const along = geoInterpolate(previous, point);
        for (let s = 1; s < steps; s += 1) out.push(along(s / steps));
      }
      out.push(point);
    }
  }
  return out;
}

/** The point of `points` nearest to `target`, and how far it is. */
export function nearest(points: readonly LonLat[], target: LonLat): { point: LonLat; km: number } {
  let best = { point: points[0] ?? target, km: Infinity };
  for (const point of points) {
    const km = kmBetween(point, target);
    if (km < best.km) best = { point, km };
  }
  return best;
}

/** A distance as a reader wants it: to 5 km under 100 km, to 10 km above. */
export function roundKm(km: number): number {
  const step = km < 100 ? 5 : 10;
  return Math.max(step, Math.round(km / step) * step);
}

export const formatKm = (km: number) => `${formatNumber(roundKm(km))} km`;

/** A point `km` along the great circle from `from` towards `towards`. */
export function pointAlong(from: LonLat, towards: LonLat, km: number): LonLat {
  const total = kmBetween(from, towards);
  return total === 0 ? from : geoInterpolate(from, towards)(km / total);
}
