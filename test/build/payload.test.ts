/**
 * The payload site: the fixture story with a <script>, an onerror handler
 * and a javascript: link in every text field (test/support/payload-story.ts).
 * Every one reaches a page, always as text; no page gains an element, a
 * handler or a link from content.
 */
import { describe, expect, inject, test } from 'vitest';
import { attributes, htmlFiles, read } from '../support/dist.ts';
import { siteDir } from '../support/sites.ts';

const dist = siteDir('payload');
const fields = inject('payloadFields');

/** JSON data blocks (structured data, the timeline's data): they escape "<", so nothing inside can close them. */
const DATA_BLOCK = /<script type="application\/(?:ld\+)?json"[^>]*>([^<]*)<\/script>/g;

/** A page without its data blocks and with every attribute value emptied: what is left is markup, not data. */
const markupOf = (html: string) => html.replace(DATA_BLOCK, '').replace(/"[^"]*"/g, '""');

describe('the payload site', () => {
  test('every text field of every content kind reaches a page, as text', () => {
    const pages = htmlFiles(dist).map((file) => read(dist, file)).join('\n');
    // Quotes all quote the same attack, which ends every stored source text.
    // A map label is a name drawn where it fits (src/model/map/labels.ts), never text a reader needs; one as long
    // as the attack cannot fit, and is left off the map. Every other field must reach a page.
    const drawnWhereItFits = (field: string) => /^site\.yaml:map\.labels\[\d+\]\.name$/.test(field);
    const markers = [...new Set(fields.filter((f) => !drawnWhereItFits(f)).map((f) => (/\.quote$/.test(f) ? 'quoted' : f)))];
    expect(markers.length).toBeGreaterThan(40);
    // Straight quote marks in fields arrive curly (src/shared/quote-marks.ts); a stored text is shown as stored.
    const shown = (marker: string) => (marker.endsWith(':text') ? `alert(&quot;${marker}&quot;)` : `alert(“${marker}”)`);
    const missing = markers.filter((marker) => !pages.includes(shown(marker)));
    expect(missing).toEqual([]);
  });

  test('no page gains a script, an element, a handler or a javascript: link from content', () => {
    for (const file of htmlFiles(dist)) {
      const html = read(dist, file);
      const markup = markupOf(html);
      expect(markup, file).not.toMatch(/<script>alert|<img src=x|<[a-z][^>]*\sonerror=/i);
      const links = ['href', 'src', 'action', 'cite', 'formaction'].flatMap((name) => attributes(html, name));
      expect(links.filter((url) => /^\s*javascript:/i.test(url)), file).toEqual([]);
      for (const block of html.matchAll(DATA_BLOCK)) expect(JSON.parse(block[1] ?? '')).toBeTypeOf('object');
    }
  });

  test('the data files and the feed carry the attack as data, never as markup', () => {
    const events = JSON.parse(read(dist, 'data/events.json')).events;
    expect(events[0].title).toContain('<script>alert(“events/2020-03-02-bridge-vote.yaml:title”)</script>');
    expect(JSON.parse(read(dist, 'data/places.geojson')).features[0].properties.name).toContain('<img src=x onerror=');
    const feed = read(dist, 'feed.xml');
    expect(feed).toContain('&lt;script&gt;alert(');
    expect(feed).not.toContain('<script>');
    // One quoted cell: the attack's quote marks arrive curly, and a straight one would be doubled (RFC 4180), so it cannot end the cell.
    expect(read(dist, 'data/events.csv')).toContain(',"Council votes to rebuild the bridge <script>alert(“events/2020-03-02-bridge-vote.yaml:title”)</script>');
  });
});
