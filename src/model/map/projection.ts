/**
 * The projection for a map: Lambert conformal conic, centred on the extent,
 * with standard parallels at its sixths, which keeps shapes true and scale
 * within about 1 % across a region some 1,500 km wide.
 * The map is always `width` units wide; its height follows from the extent.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import { edgePoints, type GeoExtent } from './extent.ts';

export interface MapFrame {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** Width of every map in SVG user units; the SVG scales to its container. */
export const MAP_WIDTH = 720;

export function mapFrame(extent: GeoExtent, width = MAP_WIDTH): MapFrame {
  const sixth = (extent.north - extent.south) / 6;
  const projection = geoConicConformal()
    .parallels([extent.south + sixth, extent.north - sixth])
    .rotate([-(extent.west + extent.east) / 2, 0])
    .precision(0.1);
  const outline = { type: 'MultiPoint' as const, coordinates: edgePoints(extent) };
  projection.fitWidth(width, outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(bottom - top);
  projection.clipExtent([[0, 0], [width, height]]);
  return { projection, width, height };
}

/** A point's position on the map, rounded to a tenth of a unit, or undefined outside the frame. */
export function project(frame: MapFrame, lonLat: [number, number]): [number, number] | undefined {
  const point = frame.projection(lonLat);
  if (!point) return undefined;
  const [x, y] = point;
  if (x < 0 || y < 0 || x > frame.width || y > frame.height) return undefined;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
