/** The map at a few days, for small multiples: what each draws and what changed since the one before. */
import { beforeAll, describe, expect, test } from 'vitest';
import { mapModel } from '../../src/model/map/model.ts';
import { mapMoments, momentBox } from '../../src/model/map/moments.ts';
import { storyMapOptions } from '../../src/model/map/options.ts';
import { scaleBar } from '../../src/model/map/scale-bar.ts';
import { mapFrame } from '../../src/model/map/projection.ts';
import type { Story } from '../../src/content/story.ts';
import { mapStory } from '../support/map-story.ts';

let story: Story;
beforeAll(async () => {
  story = await mapStory();
});

describe('map moments', () => {
  test('each moment draws the areas in force that day and who held each place, and says what changed since the one before', () => {
    const model = mapModel(story, storyMapOptions(story, { id: 'm' }));
    const [first, second, third] = mapMoments(story, model, [
      { date: '2020-03-01', label: 'Before the vote' },
      { date: '2020-05-11', label: 'The storm' },
      { date: '2020-06-01', label: 'After' },
    ]);
    expect(first!.areas).toEqual(['occupied']);
    expect(first!.holders).toEqual({ riverton: { holder: 'ua', claimed: false } });
    expect(first!.events).toBe(0);
    expect(first!.changes.began.map((a) => a.id)).toEqual(['occupied']);

    expect(second!.areas.sort()).toEqual(['occupied', 'storm-area', 'zone']);
    expect(second!.changes.began.map((a) => a.id).sort()).toEqual(['storm-area', 'zone']);
    expect(second!.changes.newEvents).toBe(4);
    // The three most important, in time order.
    expect(second!.changes.keyEvents.map((e) => e.id)).toEqual(['2020-03-02-bridge-vote', '2020-04-work-begins', '2020-05-storm']);

    expect(third!.changes.ended.map((a) => a.id)).toEqual(['storm-area']);
    expect(third!.holders).toEqual({ riverton: { holder: 'ru', claimed: true } });
    expect(third!.changes.control).toEqual([expect.objectContaining({ place: 'riverton', from: 'ua', to: 'ru', standing: 'claimed', claimedBy: 'The council' })]);
    expect(third!.changes.newEvents).toBe(1);
  });

  test('an area that began and ended between two moments is listed as having come and gone', () => {
    const model = mapModel(story, storyMapOptions(story, { id: 'm' }));
    const [, after] = mapMoments(story, model, [
      { date: '2020-05-01', label: 'Before' },
      { date: '2020-06-01', label: 'After' },
    ]);
    expect(after!.changes.between.map((a) => a.id)).toEqual(['storm-area']);
    expect(after!.changes.began.map((a) => a.id)).toEqual(['zone']);
  });

  test('small maps show the part of the map round the story\'s places, in the map\'s proportions', () => {
    const model = mapModel(story, storyMapOptions(story, { id: 'm' }));
    const box = momentBox(model);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(model.width + 0.1);
    expect(box.y + box.height).toBeLessThanOrEqual(model.height + 0.1);
    expect(box.width / box.height).toBeCloseTo(model.width / model.height, 1);
    for (const p of model.places) {
      expect(p.x).toBeGreaterThan(box.x);
      expect(p.x).toBeLessThan(box.x + box.width);
    }
  });
});

describe('the scale bar', () => {
  test('is a round distance about a sixth of the map wide, measured across its middle', () => {
    const frame = mapFrame({ west: 22, south: 44.2, east: 41.2, north: 57.2 });
    const bar = scaleBar(frame)!;
    expect([100, 200, 250, 500]).toContain(bar.km);
    expect(bar.length).toBeGreaterThan(frame.width / 12);
    expect(bar.length).toBeLessThan(frame.width / 4);
    // Across Ukraine's latitudes a degree of longitude is about 70 km: the bar agrees within a few per cent.
    const kmPerUnit = bar.km / bar.length;
    expect(kmPerUnit * frame.width).toBeGreaterThan(19.2 * 60);
    expect(kmPerUnit * frame.width).toBeLessThan(19.2 * 80);
  });
});
