/** The atlas behind every map: internationally recognised borders, and a base map small enough to inline. */
import { geoContains } from 'd3-geo';
import { expect, test } from 'vitest';
import { country, deFactoArea, sharedBorder } from '../../src/model/map/atlas.ts';
import { baseMap } from '../../src/model/map/basemap.ts';
import { mapFrame } from '../../src/model/map/projection.ts';

const SEVASTOPOL: [number, number] = [33.525, 44.616];
const SIMFEROPOL: [number, number] = [34.1, 44.95];

/** Distance from a point to the nearest edge of some rings, in a local equirectangular plane (fine at km scale). */
function kmToRings([lon, lat]: [number, number], rings: [number, number][][]): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 1) {
      const [ax, ay] = [(ring[i - 1]![0] - lon) * kx, (ring[i - 1]![1] - lat) * 110.57];
      const [bx, by] = [(ring[i]![0] - lon) * kx, (ring[i]![1] - lat) * 110.57];
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

test('Sevastopol and Simferopol fall inside Ukraine, not Russia', () => {
  for (const city of [SEVASTOPOL, SIMFEROPOL]) {
    expect(geoContains(country('UKR'), city)).toBe(true);
    expect(geoContains(country('RUS'), city)).toBe(false);
  }
});

/** The frame of a map of Ukraine and western Russia, as the shipped story's site.yaml gives it. */
const THEATRE = { id: 'theatre', label: 'Ukraine and western Russia', west: 22, south: 44.2, east: 41.2, north: 57.2 };

test("the part of Ukraine the de facto atlas gives Russia is Crimea, and it lies within Ukraine", () => {
  const area = deFactoArea('RUS', 'UKR');
  expect(area.coordinates).toHaveLength(1);
  const outline = { type: 'Polygon' as const, coordinates: area.coordinates[0]! };
  expect(geoContains(outline, SIMFEROPOL)).toBe(true);
  expect(geoContains(outline, SEVASTOPOL)).toBe(true);
  expect(deFactoArea('RUS', 'POL').coordinates).toEqual([]);
  // The two atlases round the same Natural Earth coast differently: every vertex of the outline lies in
  // Ukraine or within a few kilometres of its coast.
  const ukraine = country('UKR');
  const rings = ukraine.geometry.type === 'MultiPolygon' ? ukraine.geometry.coordinates.flat() : ukraine.geometry.coordinates;
  const ring = outline.coordinates[0]!;
  const outside = ring.filter((p) => !geoContains(ukraine, p as [number, number]));
  expect(outside.length).toBeLessThan(ring.length / 2);
  for (const point of outside) {
    expect(kmToRings(point as [number, number], rings as [number, number][][])).toBeLessThan(3);
  }
});

test('the Ukrainian–Russian border runs from Belarus to the Sea of Azov', () => {
  const border = sharedBorder('UKR', 'RUS');
  const points = border.coordinates.flat();
  const lats = points.map((p) => p[1]!);
  expect(Math.max(...lats)).toBeGreaterThan(52.2);
  expect(Math.min(...lats)).toBeLessThan(47.3);
});

test('the base map of Ukraine and western Russia is small and names its countries', () => {
  const frame = mapFrame(THEATRE);
  const map = baseMap(frame, 'theatre-test', '50m', ['UKR', 'RUS']);
  const bytes = map.countries.reduce((sum, c) => sum + c.d.length, 0) + map.border.length;
  console.info(`theatre base map: ${map.countries.length} countries, ${bytes} B of path data, ${frame.width}×${frame.height}`);
  expect(map.countries.map((c) => c.a3)).toEqual(expect.arrayContaining(['UKR', 'RUS', 'BLR', 'POL', 'MDA', 'ROU']));
  expect(bytes).toBeLessThan(60_000);
});
