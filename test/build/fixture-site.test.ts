/** Golden build tests: the fixture story in, the expected site out. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { quoteAnchorId } from '../../src/content/quotes.ts';
import { attributes, hostHeaders, htmlFiles, listFiles, read } from '../support/dist.ts';
import { cspHeader } from '../../src/render/csp.ts';
import { buildSite, contentOf, projectCopy, SITES, siteDir } from '../support/sites.ts';
import { tempDir } from '../support/temp-dirs.ts';
import { storyWith } from '../support/story-fixture.ts';

const dist = siteDir('fixture');

describe('the fixture story', () => {
  test('builds every page of the URL scheme', () => {
    expect(htmlFiles(dist)).toEqual([
      '404.html',
      'about/index.html',
      'explainers/index.html',
      'explainers/the-bridge/index.html',
      'glossary/index.html',
      'index.html',
      'map/index.html',
      'people/ada-lovell/index.html',
      'people/index.html',
      'rules/index.html',
      'search/index.html',
      'sources/evening-news-2020-05-12-storm-floods-works/index.html',
      'sources/gazette-2020-03-02-bridge/index.html',
      'sources/gazette-2021-03-15-bridge-opens/index.html',
      'sources/index.html',
      'sources/weather-office-2020-05-storm/index.html',
      'timeline/2020-03-02-bridge-vote/index.html',
      'timeline/2020-03-09-mayor-visit/index.html',
      'timeline/2020-04-work-begins/index.html',
      'timeline/2020-05-flood/index.html',
      'timeline/2020-05-storm/index.html',
      'timeline/index.html',
    ]);
    expect(listFiles(dist)).toEqual(expect.arrayContaining(['data/events.json', 'sitemap-index.xml', 'sitemap-0.xml', 'pagefind/pagefind.js', 'favicon.svg']));
  });

  test("the sitemap lists every page but the 404 page and a renamed event's old address, under the site URL", () => {
    const locs = [...read(dist, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toHaveLength(htmlFiles(dist).length - 2);
    expect(locs).toContain('https://example.test/timeline/2020-05-storm/');
    expect(locs).not.toContain('https://example.test/timeline/2020-05-flood/');
  });

  test("a renamed event's old address sends readers to its page, under the base path, and is neither indexed nor searched", () => {
    for (const [site, base] of [['fixture', '/'], ['fixtureSub', '/explainer-repo/']] as const) {
      const html = read(siteDir(site), 'timeline/2020-05-flood/index.html');
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${base}timeline/2020-05-storm/">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain('<link rel="canonical" href="https://example.test' + base + 'timeline/2020-05-storm/">');
      expect(html).toMatch(new RegExp(`It is now at <a href="${base}timeline/2020-05-storm/">Storm floods the bridge site</a>`));
      expect(html).not.toContain('data-pagefind-body');
    }
  });

  test('events.json carries every event, in time order, with its sources', () => {
    const data = JSON.parse(read(dist, 'data/events.json'));
    expect(data.events.map((e: { id: string }) => e.id)).toEqual(['2020-03-02-bridge-vote', '2020-03-09-mayor-visit', '2020-04-work-begins', '2020-05-storm']);
    expect(data.events[2]).toMatchObject({ date: '2020-04', precision: 'month', end: null, standing: 'claimed', claimedBy: 'The council', control: [{ place: 'riverton', from: 'council', to: 'builders' }] });
    expect(data.events[0]).toMatchObject({ standing: 'confirmed', claimedBy: null, people: ['ada-lovell'] });
    expect(data.events[3].sources).toEqual([
      {
        id: 'weather-office-2020-05-storm',
        page: '/sources/weather-office-2020-05-storm/',
        title: 'Storm bulletin',
        publisher: 'Weather Office',
        published: '2020-05',
        standing: 'official',
        via: null,
        url: null,
        quote: 'A storm crossed Northgate between 10 and 12 May',
        quoteUrl: `/sources/weather-office-2020-05-storm/#${quoteAnchorId('A storm crossed Northgate between 10 and 12 May')}`,
        note: null,
        anticipated: false,
      },
    ]);
    expect(data.events[3].explainers).toEqual([{ id: 'the-bridge', title: 'Why the bridge matters', url: '/explainers/the-bridge/' }]);
    expect(data.events[3].places[0]).toEqual({ id: 'northgate', url: '/map/#place-northgate', name: 'Northgate', country: 'RU', lat: 51.7, lon: 36.2 });
  });

  test("the rules chart's text version is a table per rule: a row per state with its dates, events and sources, named by the rule", () => {
    const page = read(dist, 'rules/index.html');
    const table = /<table class="status-table" aria-labelledby="rule-old-bridge-lorries-title">([\s\S]*?)<\/table>/.exec(page)?.[1] ?? '';
    expect(page).toContain('<p class="status-rule-title" id="rule-old-bridge-lorries-title"><strong>Heavy lorries on the old bridge</strong>');
    expect([...table.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1])).toEqual(['State', 'When', 'Events', 'Sources']);
    const rows = [...table.matchAll(/<tr><th scope="row"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('Closed to heavy lorries only.');
    expect(rows[1]).toContain('href="/timeline/2020-03-02-bridge-vote/"');
    expect(rows[1]).toMatch(/href="\/sources\/gazette-2020-03-02-bridge\/#/);
  });

  test('data strings come out escaped, never as markup', () => {
    const page = read(dist, 'timeline/2020-04-work-begins/index.html');
    expect(page).toContain('&lt;script&gt;alert(“summary”)&lt;/script&gt; Work was expected to begin in April. &lt;img src=x onerror=alert(1)&gt;');
    // Inside a quoted attribute (the meta description) "<" is inert text; outside one it would be markup.
    expect(page.replace(/"[^"]*"/g, '""')).not.toMatch(/<script>alert|<img src=x/);
    const source = read(dist, 'sources/gazette-2020-03-02-bridge/index.html');
    expect(source).toContain('Residents pasted &lt;script&gt;alert(&quot;stored&quot;)&lt;/script&gt;');
  });

  test('each quoted passage is anchored once on its source page, and citing pages link to it', () => {
    const anchor = quoteAnchorId('will take about a year - perhaps longer');
    const source = read(dist, 'sources/gazette-2020-03-02-bridge/index.html');
    expect(attributes(source, 'id').filter((id) => id === anchor)).toHaveLength(1);
    expect(source).toContain(`<mark id="${anchor}">will take about a year — perhaps longer</mark>`);
    expect(read(dist, 'timeline/2020-03-02-bridge-vote/index.html')).toContain(`href="/sources/gazette-2020-03-02-bridge/#${anchor}"`);
    expect(read(dist, 'explainers/the-bridge/index.html')).toContain(`href="/sources/gazette-2020-03-02-bridge/#${anchor}"`);
  });

  test('an event announced in advance says so, and month-precision dates say they are', () => {
    expect(read(dist, 'timeline/2020-03-09-mayor-visit/index.html')).toContain('the source announced it in advance');
    expect(read(dist, 'timeline/2020-04-work-begins/index.html')).toContain('<time datetime="2020-04">April 2020</time> <span class="precision">date known to the month</span>');
  });

  test('the explainer renders its story components without imports', () => {
    const page = read(dist, 'explainers/the-bridge/index.html');
    // Left out of the search index: a result's excerpt is the explainer's text, not the chart's labels.
    expect(page).toContain('<figure class="timeline" id="spring" data-timeline data-pagefind-ignore="all">');
    expect(page).toMatch(/<a id="spring-2020-05-storm" class="tl-mark tl-highlight"/);
    expect(page).toContain('<a class="term" href="/glossary/#bridge" data-term="bridge"');
    expect(page).toMatch(/<blockquote[^>]*><p>“will take about a year — perhaps longer”<\/p><\/blockquote>/);
    // A citation is a numbered marker linking to its note, and the note to the passage on the source page.
    expect(page).toMatch(/<sup class="cite" data-pagefind-ignore><a id="cite-\d+-1" href="#note-\d+" data-cite="\d+">/);
    const notes = /<ol class="notes">([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? '';
    expect(notes).toContain('href="/sources/weather-office-2020-05-storm/#');
  });

  test("the story strip's caption names the categories of its dots", () => {
    const caption = /<figure class="story-strip">[\s\S]*?<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(read(dist, 'explainers/the-bridge/index.html'))?.[1] ?? '';
    expect(caption.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()).toMatch(/^Politics Weather The story from 1 January 2020 to 31 December 2020, with 2 dots for the events in this explainer\./);
  });

  test('an explainer says how long it is and lists its sections, each a link to its heading', () => {
    const page = read(dist, 'explainers/the-bridge/index.html');
    expect(page).toMatch(/<span>1 min read<\/span>/);
    const contents = /<nav class="page-contents"[^>]*>([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '';
    const targets = attributes(contents, 'href');
    expect(targets).toContain("#sources");
    expect(targets.length).toBeGreaterThanOrEqual(3);
    for (const target of targets) expect(page, target).toContain(`id="${target.slice(1)}"`);
  });

  test('the same input builds byte-identical output twice', () => {
    const again = siteDir('fixtureAgain');
    const files = listFiles(dist);
    expect(listFiles(again)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(dist, file)).equals(readFileSync(join(again, file))));
    expect(differing).toEqual([]);
  });

  test('a sub-path build links only inside its base path', () => {
    const sub = siteDir('fixtureSub');
    for (const file of htmlFiles(sub)) {
      const html = read(sub, file);
      const rooted = [...attributes(html, 'href'), ...attributes(html, 'src'), ...attributes(html, 'action')].filter((u) => u.startsWith('/'));
      expect(rooted.filter((u) => !u.startsWith('/explainer-repo/')), file).toEqual([]);
    }
    expect(read(sub, 'search/index.html')).toContain('data-bundle="/explainer-repo/pagefind/"');
    expect(JSON.parse(read(sub, 'data/events.json')).events[0].url).toBe('/explainer-repo/timeline/2020-03-02-bridge-vote/');
  });
});

describe('search ranking', () => {
  test('the build lists which search results are explainers (listed first) and sources (listed last), one id per page', () => {
    // One per source page: as many as the content folder has sources.
    const count = (site: 'fixture' | 'story', kind: string) => readdirSync(join(contentOf(SITES[site]), kind)).filter((f) => /\.mdx?$/.test(f)).length;
    for (const site of ['fixture', 'story'] as const) {
      const [explainers, sources] = [count(site, 'explainers'), count(site, 'sources')];
      expect(sources, site).toBeGreaterThan(3);
      const { first, last } = JSON.parse(read(siteDir(site), 'pagefind/ranking.json'));
      expect(first, site).toHaveLength(explainers);
      expect(last, site).toHaveLength(sources);
      for (const id of [...first, ...last]) expect(existsSync(join(siteDir(site), 'pagefind', 'fragment', `${id}.pf_fragment`)), id).toBe(true);
    }
  });

  test("an event's search text gives its facts' values as sentences of their own, not run into their labels, and leaves out the site's own words", async () => {
    const { gunzipSync } = await import('node:zlib');
    const fragments = readdirSync(join(dist, 'pagefind', 'fragment')).map((f) => JSON.parse(gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '')));
    const event = fragments.find((f) => f.url.endsWith('/timeline/2020-03-02-bridge-vote/'));
    expect(event.content).toContain('Riverton. Ada Lovell.');
    expect(event.content).not.toMatch(/Where|Who\b|Tags|Explained in|See this passage/);
    // A source's title and date end their sentence before the passage quoted from it.
    expect(event.content).toMatch(/2 March 2020\. “will take about a year – perhaps longer”/);
  });

  test('the build maps each name of a place, person, term or system, in any spelling, to its entry', () => {
    const { exact } = JSON.parse(read(siteDir('story'), 'pagefind/ranking.json'));
    expect(exact['kiev']).toBeDefined();
    expect(exact['kiev']).toBe(exact['kyiv']);
    expect(exact['zelenskyy']).toBe(exact['volodymyr zelensky']);
    // A surname alone names its person too.
    expect(exact['zelensky']).toBe(exact['volodymyr zelensky']);
    expect(exact['biden']).toBe(exact['joe biden']);
    expect(exact['mgm-140']).toBe(exact['atacms']);
  });
});

describe('a failed build', () => {
  test('exits non-zero with the full report and leaves the previous dist/ intact', async () => {
    const content = await storyWith({ 'events/2020-05-storm.yaml': 'title: Broken\ndate: 2020-02-30\n' });
    const dist = join(await tempDir('dist'), 'dist');
    await mkdir(dist);
    await writeFile(join(dist, 'index.html'), 'previous build');
    const result = await buildSite({ content, base: '/' }, dist, join(dist, '..', 'cache'), await projectCopy(join(dist, '..', 'project')));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Content check found 5 problems');
    expect(result.output).not.toContain('[ERROR]');
    expect(result.output).toContain('date: "2020-02-30" is not a real calendar date');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });
});

describe('security headers', () => {
  test('every page carries the strict CSP in a meta element and _headers sends it with the other headers', () => {
    for (const file of htmlFiles(dist)) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(read(dist, file))?.[1] ?? '';
      expect(meta, file).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(meta, file).toContain("default-src 'self'");
      expect(meta, file).not.toContain('unsafe-inline');
    }
    const headers = hostHeaders(dist);
    expect(headers['Content-Security-Policy']).toBe(cspHeader());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(read(siteDir('fixtureSub'), '_headers')).toMatch(/^\/explainer-repo\/\*\n[\s\S]*\/explainer-repo\/_astro\/\*\n  Cache-Control: public, max-age=31536000, immutable/);
  });

  test('pages hold no inline script, style element or style attribute, so the header CSP needs no hashes', () => {
    for (const file of htmlFiles(dist)) {
      // Attribute values (a meta description quoting a "<script>" payload) are inert text: blank them first.
      const html = read(dist, file).replace(/="[^"]*"/g, (value) => (value.startsWith('="application/') || value.startsWith('="/') ? value : '=""'));
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>/g)];
      expect(inlineScripts.map((m) => m[0]), file).toEqual([]);
      expect(html, file).not.toMatch(/<style[\s>]| style="/);
    }
  });
});

describe('open data', () => {
  test('events.csv has a header and one row per event, quoted as RFC 4180 asks', () => {
    const csv = read(dist, 'data/events.csv');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toBe('"id","url","date","precision","end","title","summary","category","importance","places","systems","tags","sources","source_urls","standing","claimed_by","people"');
    expect(rows[3]).toContain('"<script>alert(“summary”)</script> Work was expected to begin in April.');
  });

  test('events.ics is a valid calendar: one all-day entry per event, folded lines, month dates as spans', () => {
    const ics = read(dist, 'data/events.ics');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toContain('DTSTART;VALUE=DATE:20200401\r\nDTEND;VALUE=DATE:20200501\r\nSUMMARY:Work on the bridge begins (date known to the month)');
    expect(ics).toContain('DTSTART;VALUE=DATE:20200510\r\nDTEND;VALUE=DATE:20200513');
    expect(ics).toContain('URL:https://example.test/timeline/2020-05-storm/');
  });

  test('places.geojson has every place as a point with its events and their sources', () => {
    const geo = JSON.parse(read(dist, 'data/places.geojson'));
    expect(geo.features.map((f: { id: string }) => f.id)).toEqual(['northgate', 'riverton']);
    expect(geo.features[1].geometry).toEqual({ type: 'Point', coordinates: [31.2, 49.5] });
    expect(geo.features[1].properties.aliases).toEqual(['River Town', 'Рівертон']);
    expect(geo.features[1].properties.events.map((e: { id: string }) => e.id)).toEqual(['2020-03-02-bridge-vote', '2020-03-09-mayor-visit', '2020-04-work-begins', '2020-05-storm']);
    expect(geo.features[1].properties.events[3].sources).toEqual([{ id: 'weather-office-2020-05-storm', page: '/sources/weather-office-2020-05-storm/', url: null }]);
  });
});

describe('corrections and the feed', () => {
  test('a correction shows on the page it affects and in the log on /about/, linked by the page title', () => {
    const event = read(dist, 'timeline/2020-05-storm/index.html');
    expect(event).toContain('<h2 id="corrections-heading">Corrections</h2>');
    expect(event).toContain('<time datetime="2020-06-03">3 June 2020</time>: The event was first dated 11 May only');
    expect(read(dist, 'about/index.html')).toMatch(/<time datetime="2020-06-03">3 June 2020<\/time>, <a href="\/timeline\/2020-05-storm\/">Storm floods the bridge site<\/a>: [^<]+ <span class="muted">Why: /);
  });

  test('the Atom feed lists explainers and corrections, newest first, with absolute links', () => {
    const feed = read(dist, 'feed.xml');
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    const ids = [...feed.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(['tag:example.test,2020:corrections/2020-06-03-storm-dates', 'tag:example.test,2020:explainers/the-bridge']);
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://example.test/timeline/2020-05-storm/"/>');
    expect(feed).toContain('<updated>2020-06-03T00:00:00Z</updated>');
    expect(read(dist, 'index.html')).toContain('<link rel="alternate" type="application/atom+xml"');
  });
});

describe('sharing', () => {
  test('pages carry link-preview metadata and structured data: NewsArticle for explainers, Event for events', () => {
    const explainer = read(dist, 'explainers/the-bridge/index.html');
    expect(explainer).toContain('<meta property="og:type" content="article">');
    expect(explainer).toContain('<meta property="og:url" content="https://example.test/explainers/the-bridge/">');
    const article = JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(explainer)?.[1] ?? '{}');
    expect(article).toMatchObject({ '@type': 'NewsArticle', headline: 'Why the bridge matters', datePublished: '2020-06-01', dateModified: '2020-06-02', url: 'https://example.test/explainers/the-bridge/' });
    const event = JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(read(dist, 'timeline/2020-04-work-begins/index.html'))?.[1] ?? '{}');
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2020-04', endDate: '2020-04', name: 'Work on the bridge begins' });
    // The payload in the summary cannot close the data block.
    expect(event.description).toContain('<script>alert(“summary”)</script>');
  });

  test('each explainer has its own social card, drawn at build, and every other page the site card', () => {
    const meta = (html: string, name: string) => new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)">`).exec(html)?.[1];
    const explainer = read(dist, 'explainers/the-bridge/index.html');
    expect(meta(explainer, 'og:image')).toBe('https://example.test/explainers/the-bridge/card.png');
    expect(meta(explainer, 'og:image:alt')).toMatch(/^Explainer: Why the bridge matters\. Published 1 June 2020/);
    expect(meta(explainer, 'twitter:card')).toBe('summary_large_image');
    expect(JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(explainer)?.[1] ?? '{}').image).toBe('https://example.test/explainers/the-bridge/card.png');
    for (const page of ['index.html', 'timeline/2020-05-storm/index.html', 'glossary/index.html']) {
      expect(meta(read(dist, page), 'og:image'), page).toBe('https://example.test/card.png');
    }
    for (const card of ['card.png', 'explainers/the-bridge/card.png']) {
      const png = readFileSync(join(dist, card));
      expect(png.subarray(1, 4).toString(), card).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], card).toEqual([1200, 630]);
    }
    // Under a sub-path the card is where the meta says it is.
    const sub = siteDir('fixtureSub');
    expect(meta(read(sub, 'explainers/the-bridge/index.html'), 'og:image')).toBe('https://example.test/explainer-repo/explainers/the-bridge/card.png');
    expect(existsSync(join(sub, 'explainers/the-bridge/card.png'))).toBe(true);
  });

  // A build without SITE_URL (no social image, sitemap or canonical link) is the other story's: test/build/other-story.test.ts.
});
