/**
 * The second fixture story (test/fixtures/other-story/), built without
 * SITE_URL: an invented water-sharing story in South America, with one
 * category, dates known to the month and no systems, eras, people, rules,
 * layers, glossary or corrections. The generator must make a whole site of it
 * from content alone: its own map frame, nothing of the shipped story, and no
 * section the story has nothing for.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attributes, htmlFiles, listFiles, read } from '../support/dist.ts';
import { siteDir } from '../support/sites.ts';

const dist = siteDir('other');

/** Names of the shipped story that no page of another story may show. */
const SHIPPED_STORY = /Ukrain|Russia|Crimea|Kyiv|ATACMS|Storm Shadow|DeepState|\bISW\b/g;

describe('the other story', () => {
  test('every page of the story is built, and none for people, rules or a glossary it does not have', () => {
    expect(htmlFiles(dist)).toEqual([
      '404.html',
      'about/index.html',
      'explainers/index.html',
      'explainers/sharing-the-river/index.html',
      'index.html',
      'map/index.html',
      'search/index.html',
      'sources/chaco-ledger-2018-03-aguaclara-weir/index.html',
      'sources/chaco-ledger-2019-10-accord-holds/index.html',
      'sources/index.html',
      'sources/remanso-herald-2018-08-river-runs-dry/index.html',
      'sources/river-commission-2018-11-first-meeting/index.html',
      'sources/river-commission-2019-04-water-accord/index.html',
      'timeline/2018-03-weir-plan/index.html',
      'timeline/2018-08-river-runs-dry/index.html',
      'timeline/2018-11-commission-formed/index.html',
      'timeline/2019-04-accord-signed/index.html',
      'timeline/2019-09-first-dry-season/index.html',
      'timeline/index.html',
    ]);
  });

  test('no page links to people, rules or a glossary, and the header names only the sections the story has', () => {
    const links: string[] = [];
    for (const file of htmlFiles(dist)) {
      for (const link of attributes(read(dist, file), 'href')) if (/^\/(people|rules|glossary)\//.test(link)) links.push(`${file}: ${link}`);
    }
    expect(links).toEqual([]);
    const nav = /<nav class="site-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(read(dist, 'index.html'))?.[1] ?? '';
    expect(attributes(nav, 'href')).toEqual(['/explainers/', '/timeline/', '/map/', '/sources/', '/about/']);
  });

  test('no page or data file names the shipped story: no Ukraine, Russia, Crimea, Kyiv, ATACMS, Storm Shadow, DeepState or ISW', () => {
    const found: string[] = [];
    const files = [...htmlFiles(dist), ...listFiles(dist).filter((f) => /^data\/|^feed\.xml$/.test(f))];
    for (const file of files) {
      const text = read(dist, file);
      for (const match of text.matchAll(SHIPPED_STORY)) found.push(`${file}: …${text.slice(Math.max(0, match.index - 60), match.index + 40)}…`);
    }
    expect(found).toEqual([]);
  });
});

describe("the other story's map", () => {
  const html = read(dist, 'map/index.html');

  test("frames the story's own places: each is drawn inside the map, and none is listed as not on it", () => {
    const [width, height] = (/<svg class="map-svg" viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(html) ?? []).slice(1).map(Number);
    const drawn = [...html.matchAll(/data-place="([^"]+)"[^>]*>\s*<g transform="translate\(([-\d.]+) ([-\d.]+)\)"/g)].map(([, id, x, y]) => ({ id, x: Number(x), y: Number(y) }));
    expect(drawn.map((p) => p.id).sort()).toEqual(['aguaclara', 'la-represa', 'puerto-calmo', 'villa-remanso']);
    for (const { id, x, y } of drawn) {
      expect(x, id).toBeGreaterThan(0);
      expect(x, id).toBeLessThan(width!);
      expect(y, id).toBeGreaterThan(0);
      expect(y, id).toBeLessThan(height!);
    }
    expect(html).not.toContain('Not on this map');
  });

  test("takes its title from site.yaml's map settings, and its frame fitted round the places", () => {
    expect(html).toContain('<title id="map-title">Map of the Remanso river towns</title>');
    expect(html).toContain('The towns are invented; each is drawn at a real point of the Gran Chaco');
    // The places span about 2.7° of longitude and 2.1° of latitude: a fitted frame, not a continent.
    const [width, height] = (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(html) ?? []).slice(1).map(Number);
    expect(width! / height!).toBeGreaterThan(0.8);
    expect(width! / height!).toBeLessThan(1.6);
  });

  test('draws no weapon reach, distance or border, and says nothing of them, as the story has no systems or border', () => {
    for (const mark of ['reach-band', 'map-reach', 'map-distances', 'class="distance"', 'story-border', 'key-reach', 'key-distance']) expect(html, mark).not.toContain(mark);
    // The scale bar is the one thing measured in km: any map has one.
    const withoutScale = html.replace(/<g class="map-scale"[\s\S]*?<\/g>/, '');
    expect(withoutScale).not.toBe(html);
    for (const words of [/weapon/i, /\breach\b/i, /Ranges from/, /Great-circle distance/, /Distances/, /\bkm\b/, /the border/i]) expect(withoutScale).not.toMatch(words);
  });
});

describe('the other story, page by page', () => {
  test('the timeline has one lane, for its one category, and filters by tag only: one category is no choice', () => {
    const timeline = read(dist, 'timeline/index.html');
    expect(timeline.match(/class="tl-lane tl-lane-\d+"/g)).toEqual(['class="tl-lane tl-lane-0"']);
    expect(attributes(timeline, 'data-count-category')).toEqual([]);
    expect(attributes(timeline, 'data-count-tag').length).toBeGreaterThan(0);
  });

  test('dates known to the month are written as months', () => {
    expect(read(dist, 'timeline/2019-04-accord-signed/index.html')).toContain('<time datetime="2019-04">April 2019</time> <span class="precision">date known to the month</span>');
  });

  test('the explainer draws its timeline, its map and its checked quotation', () => {
    const explainer = read(dist, 'explainers/sharing-the-river/index.html');
    expect(explainer).toContain('<figure class="timeline" id="accord-timeline" data-timeline data-pagefind-ignore="all">');
    expect(explainer).toMatch(/<a id="accord-timeline-2019-04-accord-signed" class="tl-mark tl-highlight"/);
    expect(explainer).toContain('id="river-map"');
    expect(explainer).toMatch(/<blockquote[^>]*><p>“could leave our wells dry by August”<\/p><\/blockquote>/);
  });

  test('without SITE_URL there is no sitemap, no canonical link and no social image, as those need an absolute URL', () => {
    expect(listFiles(dist).filter((f) => f.startsWith('sitemap'))).toEqual([]);
    for (const file of htmlFiles(dist)) {
      const html = read(dist, file);
      expect(html, file).not.toContain('rel="canonical"');
      expect(html, file).not.toContain('og:image');
      expect(html, file).not.toContain('og:url');
    }
    expect(read(dist, 'explainers/sharing-the-river/index.html')).toContain('<meta name="twitter:card" content="summary">');
    expect(existsSync(join(dist, 'explainers/sharing-the-river/card.png'))).toBe(true);
  });
});
