/** Map geometry without a DOM: range rings and bands, contours, and what falls inside a map's frame. */
import { geoContains, geoDistance } from 'd3-geo';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sharedBorder } from '../../src/model/map/atlas.ts';
import { isolines } from '../../src/model/map/contours.ts';
import { densify, EARTH_RADIUS_KM, kmBetween, nearest, roundKm, type LonLat } from '../../src/model/map/distances.ts';
import { contains, fitExtent, parseExtent, type NamedExtent } from '../../src/model/map/extent.ts';
import { storyMap } from '../../src/model/map/story-map.ts';
import { checkContent } from '../../src/content/check.ts';
import { mapFrame, project } from '../../src/model/map/projection.ts';
import { distanceGrid, GRID_STEP, rangeCircle } from '../../src/model/map/reach.ts';
import { ROOT } from '../support/sites.ts';

const KYIV: LonLat = [30.523, 50.45];
/** Frames like the shipped story's site.yaml gives (map.frame and map.frames). */
const THEATRE: NamedExtent = { id: 'story', label: 'Ukraine and western Russia', west: 22, south: 44.2, east: 41.2, north: 57.2 };
const FRAMES = new Map<string, NamedExtent>([
  ['border', { id: 'border', label: 'the Ukrainian–Russian border', west: 31.5, south: 48.4, east: 39.8, north: 53 }],
  ['europe', { id: 'europe', label: 'Europe', west: -11, south: 36, east: 44, north: 61 }],
]);

describe('range rings', () => {
  test("a 300 km ring's radius matches d3.geoDistance within 1 %", () => {
    const ring = rangeCircle(KYIV, 300).coordinates[0]!;
    expect(ring.length).toBeGreaterThan(100);
    for (const point of ring) {
      const km = geoDistance(KYIV, point as LonLat) * EARTH_RADIUS_KM;
      expect(Math.abs(km - 300) / 300).toBeLessThan(0.01);
    }
    expect(geoContains(rangeCircle(KYIV, 300), KYIV)).toBe(true);
  });

  test('a 300 km band from the border runs 300 km (within 1 %) from its nearest point of the border', () => {
    const frame = mapFrame(THEATRE);
    const border = densify(sharedBorder('UKR', 'RUS'), 5);
    const grid = distanceGrid(frame, border);
    const rings = isolines(grid, 300);
    const points = rings.flat().filter((_, i) => i % 7 === 0);
    expect(points.length).toBeGreaterThan(20);
    let checked = 0;
    for (const [i, j] of points) {
      const lonLat = frame.projection.invert!([i * GRID_STEP, j * GRID_STEP]) as LonLat;
      // Points on the frame's edge close the ring; they are not on the band's edge.
      if (i <= 0 || j <= 0 || i >= grid.nx - 1 || j >= grid.ny - 1) continue;
      expect(Math.abs(nearest(border, lonLat).km - 300) / 300).toBeLessThan(0.01);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('distances', () => {
  test('are great-circle distances on the mean Earth radius, rounded for reading', () => {
    const moscow: LonLat = [37.617, 55.752];
    expect(kmBetween(KYIV, moscow)).toBeCloseTo(geoDistance(KYIV, moscow) * 6371.0088, 6);
    expect(Math.round(kmBetween(KYIV, moscow))).toBe(755);
    expect([roundKm(32.4), roundKm(455.4), roundKm(2), roundKm(755.4)]).toEqual([30, 460, 5, 760]);
  });

  test('densified lines have no gap longer than asked', () => {
    const points = densify({ type: 'MultiLineString', coordinates: [[[30, 50], [32, 50]]] }, 10);
    const gaps = points.slice(1).map((p, i) => kmBetween(points[i]!, p));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(10);
    expect(points.at(-1)).toEqual([32, 50]);
  });
});

describe('contours', () => {
  test('trace one closed ring around a single low cell, and nothing for a threshold no cell meets', () => {
    const values = new Float64Array([5, 5, 5, 5, 0, 5, 5, 5, 5]);
    const rings = isolines({ values, nx: 3, ny: 3 }, 2.5);
    expect(rings).toHaveLength(1);
    expect(rings[0]!.map(([x, y]) => [x, y].map((n) => Math.round(n * 100) / 100))).toEqual(expect.arrayContaining([[1.5, 1], [1, 1.5], [0.5, 1], [1, 0.5]]));
    expect(isolines({ values, nx: 3, ny: 3 }, -1)).toEqual([]);
  });

  test('close rings half a cell outside the grid where the area reaches its edge', () => {
    const rings = isolines({ values: new Float64Array([0, 0, 0, 0]), nx: 2, ny: 2 }, 1);
    expect(rings).toHaveLength(1);
    expect(rings[0]).toHaveLength(8);
    expect(rings[0]).toEqual(expect.arrayContaining([[-0.5, 0], [0, -0.5], [1.5, 1], [1, 1.5]]));
  });
});

describe('extents', () => {
  test("accept one of the story's frames or four numbers, default to the site map's, and explain anything else", () => {
    expect(parseExtent(undefined, THEATRE, FRAMES)).toBe(THEATRE);
    expect(parseExtent('border', THEATRE, FRAMES).id).toBe('border');
    expect(parseExtent('30,45,40,52', THEATRE, FRAMES)).toMatchObject({ id: 'custom', west: 30, south: 45, east: 40, north: 52 });
    expect(() => parseExtent('40,45,30,52', THEATRE, FRAMES)).toThrow('extent "40,45,30,52" is neither a frame of the story (border, europe) nor "west,south,east,north" in degrees');
    expect(() => parseExtent('theatre', THEATRE, new Map())).toThrow('extent "theatre" is not "west,south,east,north" in degrees');
  });

  test('a story without a frame gets one fitted round its places, with a margin', () => {
    const fitted = fitExtent([[-58.4, -34.6], [-43.2, -22.9], [-70.6, -33.4]], 'the places');
    expect(fitted).toMatchObject({ id: 'story', label: 'the places' });
    for (const [lon, lat] of [[-58.4, -34.6], [-43.2, -22.9], [-70.6, -33.4]] as LonLat[]) expect(contains(fitted, [lon, lat])).toBe(true);
    expect(fitted.west).toBeLessThan(-70.6 - 1);
    expect(fitted.north).toBeGreaterThan(-22.9 + 1);
  });

  test('a story with one place gets a map of its surroundings, wider than tall, not a box round a dot', () => {
    const fitted = fitExtent([[-63.2, -21.5]], 'the town');
    expect(contains(fitted, [-63.2, -21.5])).toBe(true);
    expect(fitted.north - fitted.south).toBeGreaterThanOrEqual(3);
    // On the ground: a degree of longitude at 21.5° S is cos(21.5°) of a degree of latitude.
    const wide = (fitted.east - fitted.west) * Math.cos((21.5 * Math.PI) / 180);
    expect(wide / (fitted.north - fitted.south)).toBeCloseTo(1.25, 2);
  });

  test("every place of the shipped story in Ukraine or its Russian border regions is inside the site map's frame", async () => {
    const { story } = await checkContent(join(ROOT, 'content'));
    const { frame: box } = storyMap(story!);
    const frame = mapFrame(box);
    const places = story!.places.map((e) => ({ id: e.id, ...e.data }));
    const theatre = places.filter((p) => p.country === 'UA' || (p.country === 'RU' && contains(box, [p.lon, p.lat])));
    expect(theatre.map((p) => p.id)).toEqual(expect.arrayContaining(['kyiv', 'kharkiv', 'sevastopol', 'moscow', 'sudzha']));
    const outside = theatre.filter((p) => project(frame, [p.lon, p.lat]) === undefined).map((p) => p.id);
    expect(outside).toEqual([]);
    // Every Ukrainian place is in the box itself, not only in the frame around it.
    expect(places.filter((p) => p.country === 'UA' && !contains(box, [p.lon, p.lat])).map((p) => p.id)).toEqual([]);
  });

  test('the frame of every named extent contains the whole box, and the Europe map holds London and Moscow', () => {
    for (const extent of [THEATRE, ...FRAMES.values()]) {
      const frame = mapFrame(extent);
      for (const corner of [[extent.west, extent.south], [extent.east, extent.north], [extent.west, extent.north], [extent.east, extent.south]] as LonLat[]) {
        expect(project(frame, corner), `${extent.id} ${corner}`).toBeDefined();
      }
    }
    const europe = mapFrame(FRAMES.get('europe')!);
    expect(project(europe, [-0.128, 51.507])).toBeDefined();
    expect(project(europe, [37.617, 55.752])).toBeDefined();
  });
});
