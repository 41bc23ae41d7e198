/**
 * The map settings of a story, as every map of it needs them: the site map's
 * frame (given, or fitted to the story's places), the named frames, the base
 * map's detail, the border that ranges and distances are measured from, the
 * labels drawn that are not places, and the notes. Made once per story.
 */
import { geoContains } from 'd3-geo';
import type { Story } from '../../content/story.ts';
import type { MapSettings } from '../../schemas/site.ts';
import { UI } from '../../shared/ui.ts';
import { country, hasCountry, sharedBorder, type Detail } from './atlas.ts';
import { alpha3 } from './countries.ts';
import { densify, type LonLat } from './distances.ts';
import { fitExtent, type NamedExtent } from './extent.ts';

export interface StoryBorder {
  /** ISO alpha-3 of the two countries: ranges reach from the border into the second. */
  a3: [string, string];
  /** How text names it: "the French–Spanish border". */
  label: string;
  /** Points along it, at most 5 km apart, for distances. */
  line: LonLat[];
}

export interface StoryMap {
  frame: NamedExtent;
  frames: ReadonlyMap<string, NamedExtent>;
  detail: Detail;
  border: StoryBorder | undefined;
  labels: MapSettings['labels'];
  /**
   * When the story labels no country itself: the countries of its places (ISO alpha-2), which each map
   * names where the country shows within its frame.
   */
  labelCountries: string[];
  /** The capitals among `labels` that lie in a country the story's places are in: a small map names only these. */
  capitalsInStory: ReadonlySet<string>;
  notes: MapSettings['notes'];
  moments: MapSettings['moments'];
}

const made = new WeakMap<Story, StoryMap>();

const boxExtent = (id: string, label: string, [west, south, east, north]: readonly [number, number, number, number]): NamedExtent => ({ id, label, west, south, east, north });

export function storyMap(story: Story): StoryMap {
  const known = made.get(story);
  if (known) return known;
  const settings = story.site.map;
  const label = settings.title ?? UI.map.storyPlaces;
  const points = story.places.map((p): [number, number] => [p.data.lon, p.data.lat]);
  const frame = settings.frame ? boxExtent('story', label, settings.frame) : points.length > 0 ? fitExtent(points, label) : boxExtent('story', label, [-180, -60, 180, 80]);
  const border = settings.border && (() => {
    const [a, b] = settings.border.between.map(alpha3);
    if (!a || !b) throw new Error(`map.border in site.yaml names a country code the atlas does not know: ${settings.border.between.join(', ')}`);
    return { a3: [a, b] as [string, string], label: settings.border.label, line: densify(sharedBorder(a, b), 5) };
  })();
  const placeCountries = [...new Set(story.places.map((p) => p.data.country))].sort();
  const shapes = placeCountries.flatMap((code) => {
    const a3 = alpha3(code);
    return a3 && hasCountry(a3) ? [country(a3, '110m')] : [];
  });
  const map: StoryMap = {
    frame,
    frames: new Map(settings.frames.map((f) => [f.id, boxExtent(f.id, f.label, f.box)])),
    detail: settings.detail,
    border,
    labels: settings.labels,
    labelCountries: settings.labels.some((l) => l.kind === 'country') ? [] : placeCountries,
    capitalsInStory: new Set(settings.labels.filter((l) => l.kind === 'capital' && shapes.some((shape) => geoContains(shape, [l.lon, l.lat]))).map((l) => l.name)),
    notes: settings.notes,
    moments: settings.moments,
  };
  made.set(story, map);
  return map;
}
