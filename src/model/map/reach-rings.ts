/**
 * The reach layer of a map: one line per reported range, around a place or
 * along the story's border (map.border), labelled with the range, the
 * systems and the source of the figure. Labels sit where each ring crosses
 * the great circle from the origin towards the far side: the capital of the
 * border's second country if the story has it as a place, else that
 * country's centre; together they read like a ruler pointing across it.
 */
import { geoCentroid } from 'd3-geo';
import type { Story } from '../../content/story.ts';
import { byId } from '../story-index.ts';
import { UI } from '../../shared/ui.ts';
import { formatNumber } from '../../shared/words.ts';
import { country } from './atlas.ts';
import { alpha3 } from './countries.ts';
import { nearest, pointAlong, type LonLat } from './distances.ts';
import type { StoryBorder } from './story-map.ts';
import type { MapOptions } from './options.ts';
import { project, type MapFrame } from './projection.ts';
import { bandPath, circlePath, distanceGrid, groupByKm, rangeClaims, type RangeClaim } from './reach.ts';
import type { Grid } from './contours.ts';

export interface ReachClaim extends RangeClaim {
  /** The source's publisher, as the map names it. */
  publisher: string;
}

export interface ReachRing {
  km: number;
  /** "up to 300 km", with the qualifier of the first claim. */
  range: string;
  claims: ReachClaim[];
  d: string;
  /** Where the label is anchored, or undefined when the ring's label point is off the map. */
  anchor: { x: number; y: number } | undefined;
  /** "up to 300 km: Kestrel (Riverton Gazette)". */
  text: string;
}

const grids = new Map<string, Grid>();

/**
 * "Kestrel, long-range rockets": a variant's name after its system's; one whose name starts with its system's
 * ("Kestrel 2") stands alone. Content names a variant as a label on its own ("Long-range rockets"), so an
 * ordinary capitalised first word is lowered after the comma; an acronym ("GPS-guided rockets") keeps its capitals.
 */
export const variantName = (c: Pick<RangeClaim, 'system' | 'variant'>) =>
  c.variant.startsWith(c.system) ? c.variant : `${c.system}, ${c.variant.replace(/^[A-Z](?=[a-z-]*\b)/, (first) => first.toLowerCase())}`;

/** Where reach labels point: the far country's capital among the story's places, else the far country's centre. */
function farSide(story: Story, border: StoryBorder | undefined, options: MapOptions): LonLat {
  if (!border) return [options.extent.east, options.extent.north];
  const far = border.a3[1];
  const capital = story.places.find((p) => p.data.kind === 'capital' && alpha3(p.data.country) === far);
  return capital ? [capital.data.lon, capital.data.lat] : (geoCentroid(country(far)) as LonLat);
}

/** The rings, or none when they would have nothing to start from (no border, and no place named). */
export function reachRings(story: Story, frame: MapFrame, key: string, options: MapOptions, border: StoryBorder | undefined): { origin: string; rings: ReachRing[] } {
  const places = byId(story.places);
  const originPlace = options.origin === 'border' ? undefined : places.get(options.origin);
  if (options.origin !== 'border' && !originPlace) throw new Error(`<Map origin="${options.origin}">: no such place`);
  if (!originPlace && !border) return { origin: '', rings: [] };
  const claims = rangeClaims(story.systems, options.systems);
  const target = farSide(story, border, options);
  const from: LonLat = originPlace ? [originPlace.data.lon, originPlace.data.lat] : nearest(border!.line, target).point;
  const sources = byId(story.sources);
  const supplied = new Set(story.systems.filter((s) => s.data.suppliers.length > 0).map((s) => s.id));
  const gridFor = () => grids.get(key) ?? grids.set(key, distanceGrid(frame, border!.line)).get(key)!;

  const rings = groupByKm(claims).map(({ km, claims: group }) => {
    const withPublisher = group.map((c) => ({ ...c, publisher: sources.get(c.source)?.data.publisher ?? c.source }));
    const qualifier = group[0]?.qualifier;
    const range = UI.map.range(qualifier, formatNumber(km));
    // On the map, the range and the system; the sources are in the legend and the text version, the variant in the latter.
    const who = [...new Set(withPublisher.map((c) => `${c.system}${supplied.has(c.systemId) ? '' : ` (${UI.map.notSupplied})`}`))].join(', ');
    const point = project(frame, pointAlong(from, target, km));
    return {
      km,
      range,
      claims: withPublisher,
      d: originPlace ? circlePath(frame, from, km) : bandPath(gridFor(), km),
      anchor: point ? { x: point[0], y: point[1] } : undefined,
      text: `${range} · ${who}`,
    };
  });
  return { origin: originPlace ? originPlace.data.name : border!.label, rings };
}
