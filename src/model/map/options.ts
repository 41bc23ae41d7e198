/**
 * The props of <Map>, as an author writes them in MDX or a page, turned
 * into one checked set of options. Lists may be arrays or strings
 * ("reach, places"); dates may be YYYY, YYYY-MM or YYYY-MM-DD.
 */
import { partialDate } from '../../shared/dates.ts';
import { parseExtent, type GeoExtent, type NamedExtent } from './extent.ts';
import type { Story } from '../../content/story.ts';
import { storyMap, type StoryMap } from './story-map.ts';

export const LAYERS = ['areas', 'places', 'events', 'reach', 'distances', 'labels'] as const;
export type Layer = (typeof LAYERS)[number];

/** A distance to show: each end is a place id, or "border" for the nearest point of the story's border (map.border in site.yaml). */
export type DistancePair = readonly [string, string];


export interface MapProps {
  /** Prefix of every id in the map; set it when a page holds two maps with the same props. */
  id?: string;
  /** A frame the story names in site.yaml (map.frames), or "west,south,east,north"; default the site map's frame. */
  extent?: string | GeoExtent;
  /** Layers shown, of: areas, places, events, reach, distances, labels. Default: all. */
  layers?: string | readonly string[];
  /** Ids of systems whose reach is drawn. Default: every system with a reported range; "" for none. */
  systems?: string | readonly string[];
  /** Where reach is measured from: "border" (default) or a place id. */
  origin?: string;
  /** Date window for events: first and last day shown. Default: the story's coverage. */
  from?: string;
  to?: string;
  /** The day the map shows, YYYY-MM-DD: areas in force then, who held each place, events up to then. Default: the window's last day. */
  at?: string;
  /** A place or event to highlight. */
  place?: string;
  event?: string;
  /** Distances to draw, as "from/to" pairs of place ids or "border": "riverton/northgate, border/northgate"; "" for none. */
  distances?: string | readonly (readonly [string, string])[];
  /** Caption; defaults to the extent's description. */
  title?: string;
  /** The base map's detail, when not the story's (map.detail): "110m" for a small overview. */
  detail?: '50m' | '110m';
}

export interface MapOptions {
  id: string | undefined;
  extent: NamedExtent;
  layers: Layer[];
  systems: string[] | undefined;
  origin: string;
  from: string | undefined;
  to: string | undefined;
  at: string | undefined;
  place: string | undefined;
  event: string | undefined;
  distances: DistancePair[];
  title: string | undefined;
  detail: '50m' | '110m' | undefined;
}

const list = (value: string | readonly string[]) => (typeof value === 'string' ? value.split(/[\s,]+/) : [...value]).map((v) => v.trim()).filter((v) => v !== '');

/** `defaults`: the story's own choice, map.distances in site.yaml, used when the prop is not given. */
function pairs(value: MapProps['distances'], defaults: readonly string[]): DistancePair[] {
  if (value === undefined) return pairs(defaults.join(', '), []);
  if (typeof value !== 'string') return value.map(([a, b]) => [a, b] as const);
  // Ids contain hyphens, so the two ends are joined with "/".
  return list(value).map((pair) => {
    const [a, b, extra] = pair.split('/');
    if (a === undefined || b === undefined || extra !== undefined) throw new Error(`distance "${pair}" must be written "from/to", e.g. "riverton/northgate" or "border/northgate"`);
    return [a, b] as const;
  });
}

export function mapOptions(props: MapProps, settings: Pick<StoryMap, 'frame' | 'frames'>, defaultDistances: readonly string[] = []): MapOptions {
  const layers = props.layers === undefined ? [...LAYERS] : list(props.layers);
  for (const layer of layers) {
    if (!(LAYERS as readonly string[]).includes(layer)) throw new Error(`<Map> has no layer "${layer}"; layers are ${LAYERS.join(', ')}`);
  }
  return {
    id: props.id,
    extent: parseExtent(props.extent, settings.frame, settings.frames),
    layers: LAYERS.filter((l) => layers.includes(l)),
    systems: props.systems === undefined ? undefined : list(props.systems).sort(),
    origin: props.origin ?? 'border',
    from: props.from ? partialDate(props.from).first : undefined,
    to: props.to ? partialDate(props.to).last : undefined,
    at: props.at ? partialDate(props.at).last : undefined,
    place: props.place,
    event: props.event,
    distances: pairs(props.distances, defaultDistances),
    title: props.title,
    detail: props.detail,
  };
}

/** A short, stable hash of the options, so two different maps on one page get different ids. */
export function optionsHash(options: MapOptions): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(options)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).slice(0, 6);
}

/** The options of a <Map> in a story: its props, with the story's frames and default distances. */
export function storyMapOptions(story: Story, props: MapProps): MapOptions {
  return mapOptions(props, storyMap(story), story.site.map.distances);
}
