/**
 * A scale bar: a round distance and its length in map units, measured
 * across the middle of the map. A conformal conic map's scale changes
 * slowly with latitude, so the bar says where it holds.
 */
import { geoDistance } from 'd3-geo';
import type { MapFrame } from './projection.ts';

const EARTH_RADIUS_KM = 6371;
const ROUND_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];

export interface ScaleBar {
  km: number;
  /** Length in map units (the SVG's viewBox). */
  length: number;
}

/** The roundest distance whose bar is about a sixth of the map's width (never wider than a quarter). */
export function scaleBar(frame: MapFrame): ScaleBar | undefined {
  const { projection, width, height } = frame;
  const span = width / 6;
  const a = projection.invert?.([width / 2 - span / 2, height / 2]);
  const b = projection.invert?.([width / 2 + span / 2, height / 2]);
  if (!a || !b) return undefined;
  const kmPerUnit = (geoDistance(a, b) * EARTH_RADIUS_KM) / span;
  if (!(kmPerUnit > 0)) return undefined;
  const fits = ROUND_KM.filter((k) => k / kmPerUnit >= width / 12 && k / kmPerUnit <= width / 4);
  const km = fits.sort((x, y) => Math.abs(Math.log(x / kmPerUnit / span)) - Math.abs(Math.log(y / kmPerUnit / span)))[0];
  return km === undefined ? undefined : { km, length: Math.round((km / kmPerUnit) * 10) / 10 };
}
