/**
 * The ids and references a map's SVG uses for what it defines once and draws
 * by reference (<defs> and <use>): its countries, its areas, the countries
 * shapes are cut to, its border. One module, so the map and the small maps
 * of its moments (which draw the same shapes) always agree.
 */
import type { MapArea } from './areas.ts';
import type { MapModel } from './model.ts';

export const baseId = (mapId: string) => `${mapId}-base`;
export const borderId = (mapId: string) => `${mapId}-border`;
export const hatchId = (mapId: string) => `${mapId}-hatch`;
export const countryShapeId = (mapId: string, a3: string) => `${mapId}-${a3.toLowerCase()}`;
export const clipId = (mapId: string, a3: string) => `${countryShapeId(mapId, a3)}-clip`;

/** Countries that something is cut to (the side of a band, the country reach is shaded inside), when the base map has them. */
export function clippedCountries(model: Pick<MapModel, 'areas' | 'reach' | 'reachInto' | 'base'>): string[] {
  const wanted = [...model.areas.flatMap((a) => (a.clip && a.d !== '' ? [a.clip] : [])), ...(model.reach.rings.length > 0 && model.reachInto ? [model.reachInto] : [])];
  return [...new Set(wanted)].filter((a3) => model.base.countries.some((c) => c.a3 === a3));
}

/** The attributes an area's <use> needs beyond its classes: its fill (a hatch for occupied land) and its clip. */
export function areaPaint(mapId: string, area: MapArea, clipped: readonly string[]): { fill: string | undefined; 'clip-path': string | undefined } {
  return {
    fill: area.role === 'occupied' ? `url(#${hatchId(mapId)})` : undefined,
    'clip-path': area.clip && clipped.includes(area.clip) ? `url(#${clipId(mapId, area.clip)})` : undefined,
  };
}
