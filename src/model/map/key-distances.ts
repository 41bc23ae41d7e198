/**
 * Key distances, computed from coordinates: between two places, or from a
 * place to the nearest point of the story's border (map.border in site.yaml).
 * The content check makes sure every place named exists.
 */
import type { Story } from '../../content/story.ts';
import { byId } from '../story-index.ts';
import { formatKm, kmBetween, nearest, pointAlong, type LonLat } from './distances.ts';
import type { DistancePair } from './options.ts';
import { project, type MapFrame } from './projection.ts';
import { mapPath } from './simplify.ts';
import { UI } from '../../shared/ui.ts';

export interface DistanceLine {
  id: string;
  fromName: string;
  toName: string;
  km: number;
  /** "450 km", rounded for reading. */
  text: string;
  d: string;
  /** The midpoint, where the label goes, if it is on the map. */
  anchor: { x: number; y: number } | undefined;
}

export const BORDER = 'border';
const BORDER_NAME = UI.map.theBorder;

export function keyDistances(story: Story, frame: MapFrame, pairs: readonly DistancePair[], border: readonly LonLat[]): DistanceLine[] {
  const places = byId(story.places);
  const lines: DistanceLine[] = [];
  for (const [fromId, toId] of pairs) {
    const ends = [fromId, toId].map((id) => places.get(id));
    const known = ends.map((place, i) => (place ? ([place.data.lon, place.data.lat] as LonLat) : [fromId, toId][i] === BORDER ? BORDER : undefined));
    if (known.includes(undefined) || known.every((k) => k === BORDER) || (known.includes(BORDER) && border.length === 0)) continue;
    const other = known.find((k) => k !== BORDER) as LonLat;
    const [a, b] = known.map((k) => (k === BORDER ? nearest(border, other).point : k)) as [LonLat, LonLat];
    const km = kmBetween(a, b);
    const d = mapPath(frame.projection, { type: 'LineString', coordinates: [a, b] }, { tolerance: 0.2, minRing: 0 });
    if (d === '') continue;
    const middle = project(frame, pointAlong(a, b, km / 2));
    lines.push({
      id: `${fromId}/${toId}`,
      fromName: ends[0]?.data.name ?? BORDER_NAME,
      toName: ends[1]?.data.name ?? BORDER_NAME,
      km,
      text: formatKm(km),
      d,
      anchor: middle ? { x: middle[0], y: middle[1] } : undefined,
    });
  }
  return lines;
}
