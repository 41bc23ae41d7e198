/**
 * Everything a map draws, computed from the story and the map's options:
 * the SVG components only render this. Pure and deterministic: the same
 * story and options give the same model, and so the same bytes.
 */
import { formatPartialDate } from '../../shared/dates.ts';
import { plural } from '../../shared/words.ts';
import type { Story } from '../../content/story.ts';
import { sharedBorder } from './atlas.ts';
import { baseMap, type BaseMap } from './basemap.ts';
import { densify, type LonLat } from './distances.ts';
import { keyDistances, type DistanceLine } from './key-distances.ts';
import { mapLabels, type LabelSets } from './map-labels.ts';
import { type Layer, type MapOptions, optionsHash } from './options.ts';
import { placeMarks, type DateWindow, type PlaceMark } from './places.ts';
import { mapFrame, project } from './projection.ts';
import { reachRings, type ReachRing } from './reach-rings.ts';
import { REFERENCE_POINTS } from './reference-points.ts';

export interface MapModel {
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  layers: Layer[];
  window: DateWindow;
  coverage: DateWindow;
  selectedPlace: string | undefined;
  selectedEvent: string | undefined;
  base: BaseMap;
  places: PlaceMark[];
  /** Places of the story outside this map, for a line under it. */
  offMap: { id: string; name: string }[];
  capitals: { id: string; name: string; x: number; y: number }[];
  reach: { origin: string; rings: ReachRing[] };
  distances: DistanceLine[];
  labels: LabelSets;
}


export function mapModel(story: Story, options: MapOptions): MapModel {
  const { extent } = options;
  const frame = mapFrame(extent);
  // Base maps and distance grids depend on the frame only, so maps sharing one share them.
  const frameKey = `${extent.west},${extent.south},${extent.east},${extent.north}-${frame.width}`;
  const id = options.id ?? `map-${optionsHash(options)}`;
  const coverage = { from: story.site.coverage.start, to: story.site.coverage.end };
  const window = { from: options.from ?? coverage.from, to: options.to ?? coverage.to };
  const show = (layer: Layer) => options.layers.includes(layer);
  const border: LonLat[] = densify(sharedBorder('UKR', 'RUS'), 5);
  const { marks, outside } = placeMarks(story, frame, window);
  const places = show('places') || show('events') ? marks : [];
  const capitals = REFERENCE_POINTS.filter((p) => p.kind === 'capital' && !story.places.some((place) => place.data.name === p.name))
    .map((p) => ({ id: p.id, name: p.name, point: project(frame, [p.lon, p.lat]) }))
    .flatMap((p) => (p.point ? [{ id: p.id, name: p.name, x: p.point[0], y: p.point[1] }] : []));
  const reach = show('reach') ? reachRings(story, frame, frameKey, options, border) : { origin: '', rings: [] };
  const distances = show('distances') ? keyDistances(story, frame, options.distances, border) : [];
  const labels = mapLabels(story, frame, { places, capitals, reach: reach.rings, distances, labels: show('labels'), selected: options.place });

  const shownEvents = new Set(places.flatMap((p) => p.events.filter((e) => e.inWindow).map((e) => e.id)));
  const parts = [
    `Map of ${extent.label}, with internationally recognised borders. Crimea, part of Ukraine, is hatched: occupied by Russia since 2014.`,
    show('places') ? `${plural(places.length, 'place')} from the story are marked${show('events') ? `, with dots for ${plural(shownEvents.size, 'event')} between ${formatPartialDate(window.from)} and ${formatPartialDate(window.to)}, coloured by category` : ''}.` : '',
    reach.rings.length > 0 ? `Lines show how far weapons reach ${reach.origin}: ${reach.rings.map((r) => `${r.km} km (${r.claims.map((c) => c.system).join(', ')})`).join('; ')}.` : '',
    distances.length > 0 ? `Distances: ${distances.map((d) => `${d.fromName} to ${d.toName}, ${d.text}`).join('; ')}.` : '',
    'A text version follows the map.',
  ];
  return {
    id,
    width: frame.width,
    height: frame.height,
    title: options.title ?? `Map of ${extent.label}`,
    description: parts.filter((p) => p !== '').join(' '),
    layers: options.layers,
    window,
    coverage,
    selectedPlace: options.place,
    selectedEvent: options.event,
    base: baseMap(frame, frameKey),
    places,
    offMap: outside.map((p) => ({ id: p.id, name: p.data.name })),
    capitals,
    reach,
    distances,
    labels,
  };
}
