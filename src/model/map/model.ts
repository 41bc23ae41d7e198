/**
 * Everything a map draws, computed from the story and the map's options:
 * the SVG components only render this. Pure and deterministic: the same
 * story and options give the same model, and so the same bytes. Time is a
 * dimension of it: the model knows when each area applies, who held each
 * place when, and when each event happened, and is drawn as of one day
 * (`at`); the browser moves that day without rebuilding anything.
 */
import { formatPartialDate } from '../../shared/dates.ts';
import { UI } from '../../shared/ui.ts';
import type { Story } from '../../content/story.ts';
import type { Holder } from '../../schemas/site.ts';
import { appliesOn, mapAreas, type MapArea } from './areas.ts';
import { baseMap, type BaseMap } from './basemap.ts';
import { controlByPlace, holderOn, type ControlChange } from './control.ts';
import { keyDistances, type DistanceLine } from './key-distances.ts';
import { countryNames, mapLabels, type CountryName, type LabelSets } from './map-labels.ts';
import { type Layer, type MapOptions, optionsHash } from './options.ts';
import { placeMarks, type DateWindow, type PlaceMark } from './places.ts';
import { mapFrame, project } from './projection.ts';
import { reachRings, type ReachRing } from './reach-rings.ts';
import { scaleBar, type ScaleBar } from './scale-bar.ts';
import { storyMap, type StoryMap } from './story-map.ts';

export interface PlaceHolding {
  /** The place's changes of control, earliest first. */
  changes: ControlChange[];
  /** Who held it on the map's day, and since which change. */
  now: ReturnType<typeof holderOn>;
}

export interface MapModel {
  id: string;
  width: number;
  height: number;
  /** "Map of the Riverton valley". */
  title: string;
  description: string;
  layers: Layer[];
  window: DateWindow;
  coverage: DateWindow;
  /** The day the map is drawn as of, YYYY-MM-DD. */
  at: string;
  /** True when the content fixed the day (`<Map at="…">`): the map then has no scrubber. */
  pinned: boolean;
  /**
   * The days on which something the map draws changes, for the scrubber's strip: each event (in its
   * category's colour) and each area's start and end and change of hands (no colour: drawn as changes).
   */
  changeDays: { day: string; colour?: string }[];
  selectedPlace: string | undefined;
  selectedEvent: string | undefined;
  base: BaseMap;
  areas: MapArea[];
  places: PlaceMark[];
  /** Who held each place that changed hands, by place id. */
  holdings: Record<string, PlaceHolding>;
  /** Who can hold a place (site.yaml holders), with their colours. */
  holders: Holder[];
  /** Places of the story outside this map, for a line under it. */
  offMap: { id: string; name: string }[];
  /** Capitals that are not places of the story, and whether each is in a country one of the story's places is in. */
  capitals: { id: string; name: string; x: number; y: number; inStoryCountry: boolean }[];
  /** The countries the map names, placed whether or not its labels layer is shown (small maps of a day name them). */
  countries: CountryName[];
  reach: { origin: string; rings: ReachRing[] };
  /** The country reach is shaded inside (the border's second country), alpha-3. */
  reachInto: string | undefined;
  distances: DistanceLine[];
  /** A round distance and its length on the map, measured across its middle. */
  scaleBar: ScaleBar | undefined;
  labels: LabelSets;
  settings: StoryMap;
}

/** The map's text alternative for its day: what it shows, each area in force and each place's holder. */
function describe(model: Omit<MapModel, 'description'>, story: Story, extentLabel: string): string {
  const show = (layer: Layer) => model.layers.includes(layer);
  const shownEvents = new Set(model.places.flatMap((p) => p.events.filter((e) => e.inWindow && e.first <= model.at).map((e) => e.id)));
  const areas = model.areas.filter((a) => a.d !== '' && appliesOn(a, model.at));
  const holders = new Map(story.site.holders.map((h) => [h.id, h.label]));
  const day = (date: string) => formatPartialDate(date, story.site.language);
  const held = Object.entries(model.holdings).flatMap(([id, h]) => {
    const place = model.places.find((p) => p.id === id);
    return place && h.now ? [`${place.name}: ${holders.get(h.now.holder) ?? h.now.holder}${h.now.since?.standing === 'claimed' ? ` (${UI.standing.claimedBy(h.now.since.claimedBy ?? '')})` : ''}`] : [];
  });
  return [
    `${UI.map.title(extentLabel)}, ${UI.map.asOf(day(model.at))}, ${UI.map.borders}`,
    ...areas.map((a) => `${a.label}${a.schematic ? ` (${UI.map.schematic}${a.schematicNote ? `: ${a.schematicNote}` : ''})` : ''}.`),
    show('places') ? `${UI.map.placesMarked(model.places.length)}${show('events') ? UI.map.eventDots(shownEvents.size, day(model.window.from), day(model.at < model.window.to ? model.at : model.window.to)) : ''}.` : '',
    held.length > 0 ? UI.map.heldOn(day(model.at), held) : '',
    model.reach.rings.length > 0 ? UI.map.rangesLine(model.reach.origin, model.reach.rings.map((r) => `${r.km} km (${r.claims.map((c) => c.system).join(', ')})`).join('; ')) : '',
    model.distances.length > 0 ? UI.map.distancesLine(model.distances.map((d) => UI.map.distanceInLine(d.fromName, d.toName, d.text)).join('; ')) : '',
    UI.map.textFollows,
  ]
    .filter((p) => p !== '')
    .join(' ');
}

export function mapModel(story: Story, options: MapOptions): MapModel {
  const settings = storyMap(story);
  const { extent } = options;
  const frame = mapFrame(extent);
  // Base maps and distance grids depend on the frame only, so maps sharing one share them.
  const frameKey = `${extent.west},${extent.south},${extent.east},${extent.north}-${frame.width}`;
  const id = options.id ?? `map-${optionsHash(options)}`;
  const coverage = { from: story.site.coverage.start, to: story.site.coverage.end };
  const window = { from: options.from ?? coverage.from, to: options.to ?? coverage.to };
  const at = options.at ?? window.to;
  const show = (layer: Layer) => options.layers.includes(layer);
  const { marks, outside } = placeMarks(story, frame, window);
  const places = show('places') || show('events') ? marks : [];
  const capitals = settings.labels
    .filter((p) => p.kind === 'capital' && !story.places.some((place) => place.data.name === p.name))
    .map((p, i) => ({ id: `capital-${i}`, name: p.name, point: project(frame, [p.lon, p.lat]) }))
    .flatMap((p) => (p.point ? [{ id: p.id, name: p.name, x: p.point[0], y: p.point[1], inStoryCountry: settings.capitalsInStory.has(p.name) }] : []));
  const reach = show('reach') ? reachRings(story, frame, frameKey, options, settings.border) : { origin: '', rings: [] };
  const distances = show('distances') ? keyDistances(story, frame, options.distances, settings.border?.line ?? []) : [];
  const countries = countryNames(story, frame, settings.labels, settings.labelCountries);
  const labels = mapLabels(story, frame, { places, capitals, reach: reach.rings, distances, labels: show('labels'), selected: options.place }, settings.labels, countries);
  const control = controlByPlace(story);
  const holdings = Object.fromEntries(places.filter((p) => control.has(p.id)).map((p) => [p.id, { changes: control.get(p.id)!, now: holderOn(control.get(p.id)!, at) }]));

  const areas = show('areas') ? mapAreas(story, frame, frameKey) : [];
  const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const eventDays = new Map(places.flatMap((p) => p.events.map((e) => [e.id, { day: e.first, colour: e.colour }] as const)));
  const dayMarks: { day: string; colour?: string }[] = [
    ...[...eventDays.values()],
    ...areas.filter((a) => a.d !== '').flatMap((a) => [a.from, ...(a.to < coverage.to ? [dayAfter(a.to)] : [])]).map((day) => ({ day })),
    ...Object.values(holdings).flatMap((h) => h.changes.map((c) => ({ day: c.date }))),
  ];
  const changeDays = dayMarks
    .filter((m, i, all) => m.day > coverage.from && m.day <= coverage.to && all.findIndex((o) => o.day === m.day && o.colour === m.colour) === i)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : (a.colour ?? '') < (b.colour ?? '') ? -1 : 1));

  const model = {
    id,
    width: frame.width,
    height: frame.height,
    title: options.title ?? UI.map.title(extent.label),
    layers: options.layers,
    window,
    coverage,
    at,
    pinned: options.at !== undefined,
    changeDays,
    selectedPlace: options.place,
    selectedEvent: options.event,
    base: baseMap(frame, frameKey, options.detail ?? settings.detail, settings.border?.a3),
    areas,
    places,
    holdings,
    holders: story.site.holders,
    offMap: outside.map((p) => ({ id: p.id, name: p.data.name })),
    capitals,
    countries,
    reach,
    reachInto: settings.border?.a3[1],
    distances,
    scaleBar: scaleBar(frame),
    labels,
    settings,
  };
  return { ...model, description: describe(model, story, extent.label) };
}
