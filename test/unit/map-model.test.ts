/** The map's model, from a small story: what is drawn, where, and what the text version says. */
import { beforeAll, describe, expect, test } from 'vitest';
import { kmBetween } from '../../src/model/map/distances.ts';
import { mapModel } from '../../src/model/map/model.ts';
import { storyMapOptions, type MapProps } from '../../src/model/map/options.ts';
import { holderOn } from '../../src/model/map/control.ts';
import type { Story } from '../../src/content/story.ts';
import { mapStory } from '../support/map-story.ts';

let story: Story;
const options = (props: MapProps) => storyMapOptions(story, props);

beforeAll(async () => {
  story = await mapStory();
});

describe('the map model', () => {
  test('places the story inside the frame and names those outside it', () => {
    const model = mapModel(story, options({ id: 'm' }));
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
    const model = mapModel(story, options({ id: 'm' }));
    const kyivMoscow = model.distances.find((d) => d.id === 'kyiv/moscow');
    expect(kyivMoscow?.km).toBeCloseTo(kmBetween([30.523, 50.45], [37.617, 55.752]), 6);
    expect(kyivMoscow?.text).toBe('760 km');
    const borderMoscow = model.distances.find((d) => d.id === 'border/moscow');
    expect(borderMoscow!.km).toBeGreaterThan(400);
    expect(borderMoscow!.km).toBeLessThan(kyivMoscow!.km);
    expect(model.distances.map((d) => d.id)).toEqual(['border/moscow', 'kyiv/moscow']);
  });

  test('draws each reported range with its system (its source is in the legend), from the border or from a place', () => {
    const fromBorder = mapModel(story, options({ id: 'm', systems: 'launcher' }));
    expect(fromBorder.reach.origin).toBe('the Ukrainian–Russian border');
    expect(fromBorder.reach.rings.map((r) => [r.km, r.text])).toEqual([[300, 'up to 300 km · Launcher (not supplied)']]);
    expect(fromBorder.reach.rings[0]!.d).toMatch(/^M[\d.,LMZ]+Z$/);
    const fromKyiv = mapModel(story, options({ id: 'm', systems: ['launcher'], origin: 'kyiv' }));
    expect(fromKyiv.reach.origin).toBe('Kyiv');
    expect(fromKyiv.reach.rings[0]!.d).not.toBe(fromBorder.reach.rings[0]!.d);
    expect(mapModel(story, options({ id: 'm', systems: '' })).reach.rings).toEqual([]);
    expect(() => mapModel(story, options({ origin: 'atlantis' }))).toThrow('<Map origin="atlantis">: no such place');
  });

  test('flags events outside the date window instead of dropping them', () => {
    const model = mapModel(story, options({ id: 'm', from: '2020-05', to: '2020-12' }));
    const events = model.places.flatMap((p) => p.events);
    // The storm happened at two places, so it has a dot at each.
    expect(events.filter((e) => e.inWindow).map((e) => e.id).sort()).toEqual(['2020-05-20-riverton-taken', '2020-05-storm', '2020-05-storm']);
    expect(events.filter((e) => !e.inWindow).length).toBeGreaterThan(0);
  });

  test('draws each area only on the days it applies, cut to its side of the border when a band', () => {
    const before = mapModel(story, options({ id: 'm', at: '2020-05-01' }));
    const after = mapModel(story, options({ id: 'm', at: '2020-06-01' }));
    const zone = (m: typeof before) => m.areas.find((a) => a.id === 'zone')!;
    expect(zone(before)).toMatchObject({ from: '2020-05-10', to: '2020-12-31', clip: 'RUS', schematic: true, role: 'permitted' });
    expect(zone(before).d).toMatch(/^M[\d.,LMZ]+Z$/);
    expect(before.description).not.toContain('A zone along the border');
    expect(after.description).toContain('A zone along the border (schematic).');
    expect(after.description).toContain('Crimea, occupied.');
    expect(after.areas.find((a) => a.id === 'occupied')!.d).not.toBe('');
  });

  test('knows who held a place on the map\'s day, a claim staying a claim', () => {
    const changes = mapModel(story, options({ id: 'm' })).holdings['riverton']!.changes;
    expect(holderOn(changes, '2020-05-19')).toEqual({ holder: 'ua', since: undefined });
    expect(holderOn(changes, '2020-05-20')?.holder).toBe('ru');
    expect(mapModel(story, options({ id: 'm', at: '2020-06-01' })).description).toContain('Held on 1 June 2020: Riverton: Russia (claimed by The council).');
    expect(mapModel(story, options({ id: 'm', at: '2020-05-01' })).description).toContain('Riverton: Ukraine.');
  });

  test('is the same for the same input, and rejects unknown layers', () => {
    expect(JSON.stringify(mapModel(story, options({})))).toBe(JSON.stringify(mapModel(story, options({}))));
    expect(mapModel(story, options({})).id).toMatch(/^map-[a-z0-9]+$/);
    expect(mapModel(story, options({})).id).not.toBe(mapModel(story, options({ extent: 'border' })).id);
    expect(() => options({ layers: 'places, rivers' })).toThrow('<Map> has no layer "rivers"');
  });
});
