/**
 * The labels of a map, placed twice: a full set in a small font for maps
 * shown wide, and a short set in a font twice as large for maps shown on a
 * phone, where the SVG is scaled to about half size. CSS shows one or the
 * other with a container query.
 */
import { geoContains } from 'd3-geo';
import type { Story } from '../../content/story.ts';
import { country, hasCountry } from './atlas.ts';
import { alpha3 } from './countries.ts';
import type { DistanceLine } from './key-distances.ts';
import { placeLabels, type LabelRequest, type Obstacle, type PlacedLabel } from './labels.ts';
import type { PlaceMark } from './places.ts';
import { project, type MapFrame } from './projection.ts';
import type { ReachRing } from './reach-rings.ts';
import type { StoryMap } from './story-map.ts';

export interface LabelSets {
  wide: PlacedLabel[];
  narrow: PlacedLabel[];
}

/** How much larger markers and labels are drawn on narrow screens, to stay readable at half scale. */
export const NARROW_SCALE = 1.8;

/** Country names are bold and letter-spaced (.label-country in map.css): their width counts both. */
const COUNTRY_TYPE = { bold: true, tracking: 0.06 } as const;

const KIND_PRIORITY: Record<PlaceMark['kind'], number> = { capital: 5, city: 4, region: 3, 'military-site': 3, town: 3, village: 2, venue: 2 };

interface Inputs {
  places: PlaceMark[];
  capitals: { id: string; name: string; x: number; y: number }[];
  reach: ReachRing[];
  distances: DistanceLine[];
  /** Whether place and base labels are shown (reach and distance labels belong to their layers). */
  labels: boolean;
  selected: string | undefined;
}

/** Samples across the frame, per side, used to find where a country shows on it. */
const SAMPLES = 24;

/**
 * Where a country shows on the map: the centre of the samples of the frame that fall inside it, or
 * undefined when too little of it shows to hold a name (under a twentieth of the frame).
 */
export function visibleCentre(frame: MapFrame, a3: string): [number, number] | undefined {
  const shape = country(a3, '110m');
  const inside: [number, number][] = [];
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const x = ((i + 0.5) * frame.width) / SAMPLES;
      const y = ((j + 0.5) * frame.height) / SAMPLES;
      const lonLat = frame.projection.invert?.([x, y]);
      if (lonLat && geoContains(shape, lonLat)) inside.push([x, y]);
    }
  }
  if (inside.length < (SAMPLES * SAMPLES) / 20) return undefined;
  const mean = (k: 0 | 1) => Math.round((inside.reduce((sum, p) => sum + p[k], 0) / inside.length) * 10) / 10;
  return [mean(0), mean(1)];
}

/** A country's name and where it goes on the map, in map units. */
export interface CountryName {
  id: string;
  name: string;
  x: number;
  y: number;
}

/**
 * The countries a map names: those the story's map settings place (labels of kind "country"), or else each
 * country the story's places are in, named in the story's language at the middle of what shows of it.
 */
export function countryNames(story: Story, frame: MapFrame, labels: StoryMap['labels'], labelCountries: readonly string[]): CountryName[] {
  const names = new Intl.DisplayNames([story.site.language], { type: 'region' });
  const derived = labelCountries.flatMap((code) => {
    const a3 = alpha3(code);
    const at = a3 && hasCountry(a3) ? visibleCentre(frame, a3) : undefined;
    return at ? [{ id: `country-${code.toLowerCase()}`, name: names.of(code) ?? code, x: at[0], y: at[1] }] : [];
  });
  const given = labels.flatMap((point, i) => {
    if (point.kind !== 'country' || story.places.some((p) => p.data.name === point.name)) return [];
    const at = project(frame, [point.lon, point.lat]);
    return at ? [{ id: `label-${i}`, name: point.name, x: at[0], y: at[1] }] : [];
  });
  return [...derived, ...given];
}

const countryRequest = (c: CountryName, size: number): LabelRequest => ({ id: c.id, text: c.name, x: c.x, y: c.y, size, priority: 7, gap: 0, mode: 'centre', className: 'label-country', ...COUNTRY_TYPE });

export function mapLabels(story: Story, frame: MapFrame, inputs: Inputs, labels: StoryMap['labels'], countries: readonly CountryName[]): LabelSets {
  const requests = (narrow: boolean): LabelRequest[] => {
    const s = narrow ? 2 : 1;
    const out: LabelRequest[] = [];
    const add = (r: Omit<LabelRequest, 'size'> & { size: number }) => out.push({ ...r, size: r.size * s, gap: r.gap * (narrow ? NARROW_SCALE : 1) });
    for (const [i, ring] of inputs.reach.entries()) {
      if (!ring.anchor || ring.d === '') continue;
      add({ id: `reach-${i}`, text: narrow ? ring.range : ring.text, x: ring.anchor.x, y: ring.anchor.y, size: narrow ? 11 : 10, priority: 9, gap: 9, mode: 'around', className: 'label-reach', leader: true, bold: true });
    }
    for (const line of inputs.distances) {
      if (!line.anchor) continue;
      const text = narrow ? line.text : `${line.fromName}–${line.toName}: ${line.text}`;
      add({ id: `distance-${line.id}`, text: text.charAt(0).toUpperCase() + text.slice(1), x: line.anchor.x, y: line.anchor.y, size: 10, priority: 8, gap: 1, mode: 'around', className: 'label-distance' });
    }
    if (!inputs.labels) return out;
    for (const place of inputs.places) {
      const priority = (place.id === inputs.selected ? 10 : KIND_PRIORITY[place.kind]) + Math.min(place.events.length, 9) / 10;
      if (narrow && priority < 4) continue;
      add({ id: `place-${place.id}`, text: place.name, x: place.x, y: place.y, size: 11.5, priority, gap: place.extent, mode: 'around', className: `label-place label-${place.kind}`, bold: place.kind === 'capital' });
    }
    for (const capital of inputs.capitals) {
      // Gap: the dot's radius with its stroke (MapSvg.astro), and a little air.
      add({ id: capital.id, text: capital.name, x: capital.x, y: capital.y, size: 10.5, priority: narrow ? 3 : 4.5, gap: 3.5, mode: 'around', className: 'label-capital', bold: true });
    }
    for (const c of countries) add(countryRequest(c, 14));
    labels.forEach((point, i) => {
      if (point.kind === 'capital' || point.kind === 'country' || story.places.some((p) => p.data.name === point.name)) return;
      if (narrow && point.kind === 'region') return;
      const at = project(frame, [point.lon, point.lat]);
      if (!at) return;
      const size = point.kind === 'sea' ? 11 : 10;
      const priority = point.kind === 'sea' ? 1.5 : 1;
      add({ id: `label-${i}`, text: point.name, x: at[0], y: at[1], size, priority, gap: 0, mode: 'centre', className: `label-${point.kind}` });
    });
    return out;
  };
  const obstacles = (narrow: boolean): Obstacle[] => [
    ...inputs.places.map((p) => ({ x: p.x, y: p.y, r: (p.extent + 1) * (narrow ? NARROW_SCALE : 1) })),
    ...inputs.capitals.map((c) => ({ x: c.x, y: c.y, r: 3 * (narrow ? NARROW_SCALE : 1) })),
  ];
  return {
    wide: placeLabels(requests(false), obstacles(false), frame.width, frame.height),
    narrow: placeLabels(requests(true), obstacles(true), frame.width, frame.height),
  };
}

/**
 * Names for a few dots of a small map (the front page's teaser), clear of each other and of every dot:
 * one set sized for the map at its widest, one `narrowScale` times as large for a phone, where it is drawn
 * smaller. `dots` are all the map's dots with their radius; `named` the ids to name, first first.
 */
export function dotLabels(dots: readonly { id: string; name: string; x: number; y: number; r: number }[], named: readonly string[], width: number, height: number, size: number, narrowScale = 2): LabelSets {
  const place = (scale: number) => {
    const requests: LabelRequest[] = named.flatMap((id, i) => {
      const dot = dots.find((d) => d.id === id);
      return dot ? [{ id, text: dot.name, x: dot.x, y: dot.y, size: size * scale, priority: named.length - i, gap: dot.r + 1, mode: 'around' as const, className: 'label-place', bold: true }] : [];
    });
    return placeLabels(requests, dots.map((d) => ({ x: d.x, y: d.y, r: d.r })), width, height);
  };
  return { wide: place(1), narrow: place(narrowScale) };
}

/** A part of the map, in map units. */
export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much larger a small map's names are drawn where it is shown small (a phone, a grid of moments). */
export const MOMENT_NARROW_SCALE = 2.4;

/**
 * Names for a small map of one day (a <Steps> graphic, a moment of <MapMoments>), which draws no place
 * markers: the countries and capitals in view, so a reader can find their way, and the place picked out,
 * first. Kept clear of the rings that say who held a place. Where the map is shown small, only the capitals
 * of the countries the story's places are in. `box` is the part of the map shown; `capitals` are the
 * capitals named in each set, to be drawn as dots.
 */
export function momentLabels(
  model: { countries: readonly CountryName[]; capitals: readonly { id: string; name: string; x: number; y: number; inStoryCountry: boolean }[]; places: readonly PlaceMark[] },
  box: MapBox,
  highlight: { x: number; y: number; name: string } | undefined,
  held: readonly { x: number; y: number }[],
): LabelSets & { capitals: { wide: { x: number; y: number }[]; narrow: { x: number; y: number }[] } } {
  const inBox = (p: { x: number; y: number }) => p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
  const inView = [...model.capitals, ...model.places.filter((p) => p.kind === 'capital').map((p) => ({ id: `place-${p.id}`, name: p.name, x: p.x, y: p.y, inStoryCountry: true }))]
    .filter((c) => inBox(c) && !(highlight && c.x === highlight.x && c.y === highlight.y));
  const countries = model.countries.filter(inBox);
  // Placed in the box's own units, from its top left corner, then moved back onto the map.
  const shift = <T extends { x: number; y: number }>(p: T, by: number): T => ({ ...p, x: p.x + by * box.x, y: p.y + by * box.y });
  const place = (scale: number) => {
    const capitals = scale === 1 ? inView : inView.filter((c) => c.inStoryCountry);
    const requests: LabelRequest[] = [
      ...(highlight ? [{ id: 'highlight', text: highlight.name, x: highlight.x, y: highlight.y, size: 15 * scale, priority: 10, gap: 14, mode: 'around' as const, className: 'label-highlight', bold: true }] : []),
      // A capital that changed hands has its ring too: its name keeps clear of that as well.
      ...capitals.map((c) => ({ id: c.id, text: c.name, x: c.x, y: c.y, size: 11 * scale, priority: 6, gap: held.some((h) => h.x === c.x && h.y === c.y) ? Math.max(9, 3 * scale) : 3 * scale, mode: 'around' as const, className: 'label-capital', bold: true })),
      ...countries.map((c) => countryRequest(c, 13 * scale)),
    ].map((r) => shift(r, -1));
    const obstacles: Obstacle[] = [
      ...held.map((h) => ({ x: h.x, y: h.y, r: 9 })),
      ...capitals.map((c) => ({ x: c.x, y: c.y, r: 3 * scale + 1 })),
      ...(highlight ? [{ x: highlight.x, y: highlight.y, r: 14 }] : []),
    ].map((o) => shift(o, -1));
    const placed = placeLabels(requests, obstacles, box.width, box.height).map((l) => shift(l, 1));
    // A dot only where its name went: a dot with no name says nothing.
    return { placed, dots: capitals.filter((c) => placed.some((l) => l.id === c.id)).map(({ x, y }) => ({ x, y })) };
  };
  const wide = place(1);
  const narrow = place(MOMENT_NARROW_SCALE);
  return { wide: wide.placed, narrow: narrow.placed, capitals: { wide: wide.dots, narrow: narrow.dots } };
}
