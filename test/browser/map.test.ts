/**
 * The map in a real browser: keyboard use, layer toggles, the date window,
 * the URL contract with the timeline (view-state, popstate and the
 * `view-state-change` event), the text version without JavaScript, axe in
 * light and dark once enhanced, and screenshots at 390 px and 1280 px.
 * Also the map page's budgets, which need the built site but no browser.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { axeLightAndDark, CLEAN_REPORT, contextOptions, launchBrowser, openPage, servedSite } from '../support/browser.ts';
import { outputDir, SITES, siteDir, type SiteName } from '../support/sites.ts';

const skip = inject('browserSkipReason');
const KB = 1024;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The page's scripts and every module they import, each counted once: what the browser downloads. */
function scriptBytes(dist: string, file: string, base: string): number {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(join(path, '..', m[1]!));
  };
  for (const script of pageWeight(dist, file, base).scripts) visit(script.id.slice(base.length));
  return [...seen].reduce((sum, path) => sum + gzip(readFileSync(join(dist, path))), 0);
}

test('the map page runs at most 20 KB gzip of JavaScript and its inline SVG weighs at most 80 KB gzip', () => {
  const dist = siteDir('story');
  const html = readFileSync(join(dist, 'map/index.html'), 'utf8');
  const svg = /<svg class="map-svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const js = scriptBytes(dist, 'map/index.html', SITES.story.base);
  const weight = pageWeight(dist, 'map/index.html', SITES.story.base);
  console.info(`budget: map page js ${js} B gzip (with imports), map svg ${gzip(svg)} B gzip (${svg.length} B raw), page html ${weight.html} B + css ${weight.css} B gzip`);
  expect(svg.length).toBeGreaterThan(10_000);
  expect(js).toBeGreaterThan(1000);
  expect(js).toBeLessThanOrEqual(20 * KB);
  expect(gzip(svg)).toBeLessThanOrEqual(80 * KB);
  // The atlas is read at build time only.
  expect(html).not.toContain('"arcs"');
});

// On the fixture site; the sub-path copy's map is used by the every-page test's interaction check.
describe.skipIf(skip !== '')('the map on the fixture site', () => {
  const name: SiteName = 'fixture';
  let browser: Browser;
  let server: StaticServer;
  const base = SITES[name].base;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic({ root: siteDir(name), base });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (query = '', options = {}) => {
    const context = await browser.newContext(contextOptions(options));
    const { page, report } = await openPage(context, `${server.url}map/${query}`);
    return { context, page, report };
  };
  const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['place'] ?? document.activeElement?.tagName);

  test('arrow keys move between places and Enter selects one', async () => {
    const { context, page, report } = await open();
    // One tab stop for all the places: the first, as there is no capital.
    await page.locator('#map .place[tabindex="0"]').focus();
    expect(await focused(page)).toBe('northgate');
    await expect(page.locator('#map .place[tabindex="-1"]').count()).resolves.toBe(1);
    await expect(page.locator('#map-tooltip').innerText()).resolves.toBe('Northgate, town: 1 event');
    // Riverton lies south-west of Northgate: left finds it, right from there comes back, up finds nothing.
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toBe('riverton');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('northgate');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('northgate');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('riverton');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?place=riverton$/);
    expect(new URL(page.url()).pathname).toBe(`${base}map/`);
    const panel = page.locator('#map-panel');
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(panel.locator('li').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Council votes'),
      expect.stringContaining('Mayor'),
      expect.stringContaining('Work'),
      expect.stringContaining('Storm'),
    ]);
    await expect(page.locator('#map .place[data-place="riverton"]').getAttribute('class')).resolves.toContain('is-selected');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.search === '');
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the layer toggles hide and show their layers', async () => {
    const { context, page, report } = await open();
    const dots = page.locator('#map .event:not(.is-outside)');
    await expect(dots.first().isVisible()).resolves.toBe(true);
    await page.locator('#map .map-layers summary').click();
    await page.getByRole('checkbox', { name: 'Events' }).uncheck();
    await expect(dots.first().isVisible()).resolves.toBe(false);
    await page.getByRole('checkbox', { name: 'Labels' }).uncheck();
    await expect(page.locator('#map .labels-wide .label-place').first().isVisible()).resolves.toBe(false);
    await page.getByRole('checkbox', { name: 'Events' }).check();
    await expect(dots.first().isVisible()).resolves.toBe(true);
    await page.getByRole('checkbox', { name: 'Places' }).uncheck();
    await expect(page.locator('#map .marker').first().isVisible()).resolves.toBe(false);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the map reads its place, event and dates from the URL', async () => {
    const { context, page, report } = await open('?event=2020-05-storm&from=2020-05-01&to=2020-05-31');
    const selected = page.locator('#map .place.is-selected');
    await expect(selected.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')))).resolves.toEqual(['northgate', 'riverton']);
    await expect(page.locator('#map .event.is-selected').count()).resolves.toBe(2);
    // Only May's storm is in the window; the spring's other events are hidden.
    await expect(page.locator('#map .event:not(.is-outside)').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')))).resolves.toEqual(['2020-05-storm', '2020-05-storm']);
    // No day in the URL, an event selected: the map is drawn as of that event's day.
    await expect(page.locator('#map [data-map-as-of]').textContent()).resolves.toBe('as of 10 May 2020');
    await page.goto(`${server.url}map/?place=northgate`);
    await expect(page.locator('#map-panel').innerText()).resolves.toContain('Northgate');
    await expect(page.locator('#map-panel li').count()).resolves.toBe(1);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the map keeps the standing filter in the URL: only claimed events stay drawn', async () => {
    const { context, page, report } = await open('?standing=claimed');
    const drawn = () => page.locator('#map .event:not(.is-filtered)').evaluateAll((dots) => dots.map((d) => d.getAttribute('data-event')));
    await expect.poll(drawn).toEqual(['2020-04-work-begins']);
    await page.locator('#map .place[data-place="northgate"]').click();
    await page.waitForURL(/place=northgate/);
    expect(new URL(page.url()).searchParams.get('standing')).toBe('claimed');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the map follows the timeline and tells it what the reader selects', async () => {
    const { context, page, report } = await open();
    await page.evaluate(() => {
      (window as unknown as { heard: unknown[] }).heard = [];
      document.addEventListener('view-state-change', (e) => (window as unknown as { heard: unknown[] }).heard.push((e as CustomEvent).detail));
    });
    // The timeline selects an event: it pushes the URL and tells the page.
    await page.evaluate(() => {
      history.pushState(null, '', '?event=2020-03-02-bridge-vote');
      document.dispatchEvent(new CustomEvent('view-state-change', { detail: { event: '2020-03-02-bridge-vote', categories: [], tags: [], standings: [] } }));
    });
    await expect(page.locator('#map .place.is-selected').getAttribute('data-place')).resolves.toBe('riverton');
    await expect(page.locator('#map .event.is-selected').getAttribute('data-event')).resolves.toBe('2020-03-02-bridge-vote');
    // The reader selects a place on the map: the URL and the page hear of it.
    await page.locator('#map .place[data-place="northgate"]').click();
    await page.waitForURL(/\?place=northgate$/);
    await expect(page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).resolves.toEqual([
      { event: '2020-03-02-bridge-vote', categories: [], tags: [], standings: [] },
      { place: 'northgate', categories: [], tags: [], standings: [] },
    ]);
    // Back restores the timeline's selection (popstate).
    await page.goBack();
    await page.waitForURL(/\?event=2020-03-02-bridge-vote$/);
    await expect(page.locator('#map .place.is-selected').getAttribute('data-place')).resolves.toBe('riverton');
    await expect(page.locator('#map-panel').isVisible()).resolves.toBe(false);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the scrubber sets the day the map shows, by keyboard and buttons, and writes it to the URL', async () => {
    const { context, page, report } = await open();
    const slider = page.getByRole('slider', { name: 'Day the map shows the story as of' });
    const shown = () => page.locator('#map .event:not(.is-outside)').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-event')))]);
    const off = (selector: string) => page.locator(selector).evaluate((el) => el.classList.contains('is-off'));
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForURL(/\?at=2020-01-01$/);
    await expect(shown()).resolves.toEqual([]);
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('1 January 2020');
    // The council held Riverton before work began; the builders after (a claim).
    await expect(off('#map .holder[data-holder="council"]')).resolves.toBe(false);
    await expect(off('#map .holder[data-holder="builders"]')).resolves.toBe(true);
    // Arrows go to the next day something happened.
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\?at=2020-03-02$/);
    await expect(shown()).resolves.toEqual(['2020-03-02-bridge-vote']);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\?at=2020-04-01$/);
    await expect(shown()).resolves.toHaveLength(3);
    await expect(off('#map .holder[data-holder="builders"]')).resolves.toBe(false);
    await expect(off('#map .area[data-area="storm-area"]')).resolves.toBe(true);
    // Page Up goes a month on; the storm's area is drawn only while it lasted.
    await page.keyboard.press('PageUp');
    await page.waitForURL(/\?at=2020-05-01$/);
    await page.getByRole('button', { name: 'Next day with an event' }).click();
    await page.waitForURL(/\?at=2020-05-10$/);
    await expect(off('#map .area[data-area="storm-area"]')).resolves.toBe(false);
    await expect(page.locator('#map [data-map-summary]').textContent()).resolves.toContain('Map as of 10 May 2020: Where the storm passed');
    await expect(page.locator('#map [data-scrubber-day]').textContent()).resolves.toBe('10 May 2020');
    // Back returns to the day before, slider and all.
    await page.goBack();
    await page.waitForURL(/\?at=2020-05-01$/);
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('1 May 2020');
    await expect(off('#map .area[data-area="storm-area"]')).resolves.toBe(true);
    // Play steps on by itself, and stops when asked.
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForURL(/\?at=2020-05-1[03]$/, { timeout: 5000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).resolves.toBe('false');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the map zooms with its buttons and pans by dragging', async () => {
    const { context, page, report } = await open();
    const transform = () => page.locator('#map .map-zoom').evaluate((g) => (g as SVGGElement).style.transform);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await transform()).toMatch(/scale\(1\.6\)/);
    const before = await transform();
    // The buttons sit under the map: bring the map back into view to drag it.
    await page.locator('#map .map-svg').evaluate((svg) => svg.scrollIntoView({ block: 'center' }));
    const box = (await page.locator('#map .map-svg').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 60, y + 40, { steps: 4 });
    await page.mouse.up();
    expect(await transform()).not.toBe(before);
    await page.getByRole('button', { name: 'Reset view' }).click();
    expect(await transform()).toBe('translate(0px, 0px) scale(1)');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('without JavaScript the map shows its SVG and its text version', async () => {
    const { context, page } = await open('', { javaScriptEnabled: false });
    await expect(page.locator('#map .map-svg').isVisible()).resolves.toBe(true);
    // Its title and description come from the story's own settings (site.yaml), not from code.
    await expect(page.locator('#map-title').textContent()).resolves.toBe('Map of Riverton and Northgate');
    await expect(page.locator('#map-desc').textContent()).resolves.toContain('Held on 31 December 2020: Riverton: The builders (claimed by The council).');
    await expect(page.locator('[data-map-controls]').isVisible()).resolves.toBe(false);
    // The scrubber's strip says what day the map shows; its slider would do nothing, so it does not show.
    await expect(page.locator('#map [data-scrubber-day]').textContent()).resolves.toBe('31 December 2020');
    await expect(page.locator('#map .scrubber-input').isVisible()).resolves.toBe(false);
    // Small maps show the moments the story chose, each with what changed.
    await expect(page.locator('.moment-title').allInnerTexts()).resolves.toEqual([expect.stringMatching(/^Before the vote\s+as of 1 March 2020$/), expect.stringMatching(/^The storm\s+as of 11 May 2020$/)]);
    await expect(page.locator('.moment').nth(1).locator('.moment-changes').innerText()).resolves.toMatch(/BEGAN\s+Where the storm passed[\s\S]*CHANGED HANDS\s+Riverton to The builders \(claimed by The council\)[\s\S]*4 NEW EVENTS/);
    // Every marker is a link to the place's entry, which lists what happened there.
    await expect(page.locator('#map .place').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual([`${base}map/#place-northgate`, `${base}map/#place-riverton`]);
    await expect(page.locator('#place-riverton li').count()).resolves.toBe(4);
    await expect(page.locator('.map-text').innerText()).resolves.toContain('Where the storm passed (schematic: drawn as a 20 km circle round Northgate). Drawn for 10 May 2020 – 12 May 2020. Sources: Weather Office.');
    // Who held a place links its date to the event that says so.
    await expect(page.locator('.map-text').innerText()).resolves.toContain('Riverton: held by The builders from April 2020 (claimed by The council).');
    await expect(page.locator('.map-legend').innerText()).resolves.toMatch(/Held by:\s*The council\s*The builders/);
    await expect(page.locator('.map-text a', { hasText: 'April 2020' }).getAttribute('href')).resolves.toMatch(/\/timeline\/2020-04-work-begins\/$/);
    await expect(page.locator('.map-credits').innerText()).resolves.toContain('Natural Earth');
    await context.close();
  });

  test('the enhanced map passes axe in light and dark with a place selected', async () => {
    const problems: string[] = [];
    const { context, page, report } = await open('?place=riverton');
    await page.locator('#map .place[data-place="northgate"] .marker').hover();
    await expect(page.locator('#map-tooltip').innerText()).resolves.toBe('Northgate, town: 1 event');
    const { light, dark } = await axeLightAndDark(page);
    problems.push(...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`));
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe.skipIf(skip !== '')('the map of the shipped story', () => {
  const site = servedSite('story');

  test('enhancing the map moves nothing on the page, on a phone or a laptop (CLS at most 0.02)', async () => {
    for (const width of [390, 1280]) {
      const context = await site.browser.newContext(contextOptions({ viewport: { width, height: 900 } }));
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site.server.url}map/`);
      await page.locator('#map[data-enhanced] [data-scrubber][data-enhanced]').waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
      console.info(`budget: map page layout shift at ${width} px: ${shift.toFixed(4)}`);
      expect(shift, `${width} px`).toBeLessThanOrEqual(0.02);
      await context.close();
    }
  });

  test('on a phone, tapping a place brings its panel, under the map, onto the screen', async () => {
    const context = await site.browser.newContext(contextOptions({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' }));
    const { page, report } = await openPage(context, `${site.server.url}map/`);
    await page.locator('#map[data-enhanced]').waitFor();
    await page.locator('#map .place[data-place="kharkiv"] .marker').first().tap();
    await page.waitForURL(/\?place=kharkiv/);
    const top = await page.locator('#map-panel').evaluate((panel) => panel.getBoundingClientRect().top);
    expect(top).toBeLessThan(800 - 64);
    await expect(page.locator('#map-panel').innerText()).resolves.toContain('Kharkiv');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the map fits the screen at 390 and 1280 px, light and dark', async () => {
    const out = join(outputDir(), 'screenshots');
    mkdirSync(out, { recursive: true });
    const context = await site.browser.newContext(contextOptions({ viewport: { width: 390, height: 900 } }));
    const { page, report } = await openPage(context, `${site.server.url}map/?place=kharkiv`);
    // One page, resized and recoloured: what a reader turning a tablet or switching to dark mode sees.
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const figure = page.locator('.map').first();
        await figure.screenshot({ path: join(out, `map-${width}-${colorScheme}.png`) });
        const svg = (await page.locator('.map-svg').first().boundingBox())!;
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} ${colorScheme}`).toBeLessThanOrEqual(width);
        expect(svg.width).toBeGreaterThan(width === 390 ? 340 : 760);
        // The label set that suits the width is the one shown.
        await expect(page.locator(width === 390 ? '.labels-narrow' : '.labels-wide').first().isVisible()).resolves.toBe(true);
        await expect(page.locator(width === 390 ? '.labels-wide' : '.labels-narrow').first().isVisible()).resolves.toBe(false);
        await expect(page.locator('.map-panel').first().innerText()).resolves.toContain('Kharkiv');
      }
    }
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });
});
