/** The map's model, from a small story: what is drawn, where, and what the text version says. */
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { kmBetween } from '../../src/model/map/distances.ts';
import { mapModel } from '../../src/model/map/model.ts';
import { mapOptions } from '../../src/model/map/options.ts';
import type { Story } from '../../src/content/story.ts';
import { storyWith } from '../support/story-fixture.ts';

let story: Story;
/** The distances a story's site.yaml would list (mapDistances). */
const DISTANCES = ['kharkiv/border', 'border/moscow', 'kyiv/moscow'];

beforeAll(async () => {
  const dir = await storyWith({
    'places/kyiv.yaml': 'name: Kyiv\nkind: capital\ncountry: UA\nlat: 50.45\nlon: 30.523\n',
    'places/moscow.yaml': 'name: Moscow\nkind: capital\ncountry: RU\nlat: 55.752\nlon: 37.617\n',
    'places/far-away.yaml': 'name: Far Away\nkind: city\ncountry: US\nlat: 40\nlon: -74\n',
    'systems/launcher.yaml': [
      'name: Launcher',
      'type: ballistic-missile',
      'description: A test launcher.',
      'variants:',
      '  - name: Long',
      '    rangeKm: 300',
      '    qualifier: up to',
      '    source:',
      '      source: gazette-2020-03-02-bridge',
      '      quote: will take about a year',
      'sources:',
      '  - source: gazette-2020-03-02-bridge',
      '',
    ].join('\n'),
  });
  const result = await checkContent(dir);
  if (!result.story) throw new Error(JSON.stringify(result.problems));
  story = result.story;
});

describe('the map model', () => {
  test('places the story inside the frame and names those outside it', () => {
    const model = mapModel(story, mapOptions({ id: 'm' }, DISTANCES));
    expect(model.places.map((p) => p.id)).toEqual(['kyiv', 'moscow', 'northgate', 'riverton']);
    expect(model.offMap).toEqual([{ id: 'far-away', name: 'Far Away' }]);
    for (const p of model.places) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(model.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(model.height);
    }
  });

  test('computes distances from coordinates, never from typed figures', () => {
    const model = mapModel(story, mapOptions({ id: 'm' }, DISTANCES));
    const kyivMoscow = model.distances.find((d) => d.id === 'kyiv/moscow');
    expect(kyivMoscow?.km).toBeCloseTo(kmBetween([30.523, 50.45], [37.617, 55.752]), 6);
    expect(kyivMoscow?.text).toBe('760 km');
    const borderMoscow = model.distances.find((d) => d.id === 'border/moscow');
    expect(borderMoscow!.km).toBeGreaterThan(400);
    expect(borderMoscow!.km).toBeLessThan(kyivMoscow!.km);
    // Pairs naming places the story lacks are skipped.
    expect(model.distances.map((d) => d.id)).toEqual(['border/moscow', 'kyiv/moscow']);
  });

  test('draws each reported range with its system and source, from the border or from a place', () => {
    const fromBorder = mapModel(story, mapOptions({ id: 'm', systems: 'launcher' }, DISTANCES));
    expect(fromBorder.reach.origin).toBe('from the Ukrainian–Russian border');
    expect(fromBorder.reach.rings.map((r) => [r.km, r.text])).toEqual([[300, 'up to 300 km: Launcher, not supplied (Riverton Gazette)']]);
    expect(fromBorder.reach.rings[0]!.d).toMatch(/^M[\d.,LMZ]+Z$/);
    const fromKyiv = mapModel(story, mapOptions({ id: 'm', systems: ['launcher'], origin: 'kyiv' }, DISTANCES));
    expect(fromKyiv.reach.origin).toBe('from Kyiv');
    expect(fromKyiv.reach.rings[0]!.d).not.toBe(fromBorder.reach.rings[0]!.d);
    expect(mapModel(story, mapOptions({ id: 'm', systems: '' }, DISTANCES)).reach.rings).toEqual([]);
    expect(() => mapModel(story, mapOptions({ origin: 'atlantis' }, DISTANCES))).toThrow('<Map origin="atlantis">: no such place');
  });

  test('flags events outside the date window instead of dropping them', () => {
    const model = mapModel(story, mapOptions({ id: 'm', from: '2020-05', to: '2020-12' }, DISTANCES));
    const events = model.places.flatMap((p) => p.events);
    // The storm happened at two places, so it has a dot at each.
    expect(events.filter((e) => e.inWindow).map((e) => e.id)).toEqual(['2020-05-storm', '2020-05-storm']);
    expect(events.filter((e) => !e.inWindow).length).toBeGreaterThan(0);
  });

  test('is the same for the same input, and rejects unknown layers', () => {
    expect(JSON.stringify(mapModel(story, mapOptions({}, DISTANCES)))).toBe(JSON.stringify(mapModel(story, mapOptions({}, DISTANCES))));
    expect(mapModel(story, mapOptions({}, DISTANCES)).id).toMatch(/^map-[a-z0-9]+$/);
    expect(mapModel(story, mapOptions({}, DISTANCES)).id).not.toBe(mapModel(story, mapOptions({ extent: 'border' }, DISTANCES)).id);
    expect(() => mapOptions({ layers: 'places, rivers' }, DISTANCES)).toThrow('<Map> has no layer "rivers"');
  });
});
