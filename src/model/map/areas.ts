/**
 * Map layers from content (layers/*.yaml) as areas a map draws: each one's
 * shape in map units for a frame, when it applies, and what it cites.
 * Shapes are built from the story: a country or the part of one that the
 * atlas's de facto view gives to another (from the atlas), a circle round a
 * place, a band along a border (every point within a depth of the border,
 * on one side of it, traced on a grid of great-circle distances), or GeoJSON
 * as written.
 */
import type { Geometry } from 'geojson';
import type { Citation } from '../../schemas/common.ts';
import type { EventStanding } from '../../schemas/event.ts';
import type { LayerData } from '../../schemas/layer.ts';
import { partialDate } from '../../shared/dates.ts';
import type { Story } from '../../content/story.ts';
import { byId } from '../story-index.ts';
import { country, deFactoArea, sharedBorder } from './atlas.ts';
import type { Grid } from './contours.ts';
import { alpha3 } from './countries.ts';
import { densify, kmBetween, nearest, type LonLat } from './distances.ts';
import type { MapFrame } from './projection.ts';
import { bandPath, distanceGrid, rangeCircle } from './reach.ts';
import { mapPath } from './simplify.ts';

export interface MapArea {
  id: string;
  label: string;
  role: LayerData['role'];
  schematic: boolean;
  /** What a schematic shape assumes, when the content says. */
  schematicNote: string | undefined;
  standing: EventStanding;
  claimedBy: string | undefined;
  /** First and last day it applies, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Its outline in map units; empty when it lies outside the frame. */
  d: string;
  /** ISO alpha-3 of a country the shape is cut to (a band's side of the border). */
  clip: string | undefined;
  events: string[];
  sources: Citation[];
}

const AREA_SIMPLIFY = { tolerance: 0.4, minRing: 1 };

const code3 = (alpha2: string) => {
  const code = alpha3(alpha2);
  if (!code) throw new Error(`no country ${alpha2} in the atlas`);
  return code;
};

/** The shape of a layer as GeoJSON, for every kind but a band (which is traced per frame). */
function geometryOf(story: Story, geometry: LayerData['geometry']): Geometry | undefined {
  if ('country' in geometry) return country(code3(geometry.country)).geometry;
  if ('deFacto' in geometry) return deFactoArea(code3(geometry.deFacto.country), code3(geometry.deFacto.within));
  if ('circle' in geometry) {
    const place = byId(story.places).get(geometry.circle.place)!;
    return rangeCircle([place.data.lon, place.data.lat], geometry.circle.radiusKm);
  }
  if ('geojson' in geometry) return geometry.geojson as unknown as Geometry;
  return undefined;
}

/**
 * The points of a border a band is measured from: the whole border, or the stretch between the points
 * nearest two places (those within a slightly stretched ellipse around the line between them).
 */
export function bandOrigins(story: Story, band: Extract<LayerData['geometry'], { band: unknown }>['band']): LonLat[] {
  const line = densify(sharedBorder(code3(band.between[0]), code3(band.between[1])), 5);
  if (band.from === undefined || band.to === undefined) return line;
  const places = byId(story.places);
  const at = (id: string): LonLat => {
    const place = places.get(id)!;
    return nearest(line, [place.data.lon, place.data.lat]).point;
  };
  const [a, b] = [at(band.from), at(band.to)];
  const span = kmBetween(a, b);
  return line.filter((p) => kmBetween(a, p) + kmBetween(p, b) <= span * 1.15 + 10);
}

const grids = new Map<string, Grid>();

export function mapAreas(story: Story, frame: MapFrame, frameKey: string): MapArea[] {
  const { start, end } = story.site.coverage;
  return story.layers.map(({ id, data }) => {
    let d = '';
    let clip: string | undefined;
    if ('band' in data.geometry) {
      const { band } = data.geometry;
      const key = `${frameKey} ${JSON.stringify(band)}`;
      const grid = grids.get(key) ?? grids.set(key, distanceGrid(frame, bandOrigins(story, band))).get(key)!;
      d = bandPath(grid, band.depthKm);
      clip = code3(band.side);
    } else {
      const geometry = geometryOf(story, data.geometry);
      d = geometry ? mapPath(frame.projection, geometry, AREA_SIMPLIFY) : '';
    }
    return {
      id,
      label: data.label,
      role: data.role,
      schematic: data.schematic,
      schematicNote: data.schematicNote,
      standing: data.standing,
      claimedBy: data.claimedBy,
      from: partialDate(data.from ?? start).first,
      to: partialDate(data.to ?? end).last,
      d,
      clip,
      events: data.events,
      sources: data.sources,
    };
  });
}

/** True when an area applies on `day` (YYYY-MM-DD). */
export const appliesOn = (area: Pick<MapArea, 'from' | 'to'>, day: string) => area.from <= day && day <= area.to;

/** The id of an area's shape in its map's <defs>, which the map and its moments draw with <use>. */
export const areaShapeId = (mapId: string, areaId: string) => `${mapId}-area-${areaId}`;

/** The classes an area is drawn with: its role, and whether it is schematic or claimed (the styles say how). */
export function areaClasses(area: Pick<MapArea, 'role' | 'schematic' | 'standing'>, extra: Record<string, boolean> = {}): (string | Record<string, boolean>)[] {
  return ['area', `area-${area.role}`, { 'is-schematic': area.schematic, 'is-claimed': area.standing === 'claimed', ...extra }];
}
