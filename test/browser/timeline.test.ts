/**
 * The timeline in a real browser, on the fixture story: keyboard path,
 * filters and the URL, deep links, the details panel, and an empty console.
 */
import { describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { axeViolations, CLEAN_REPORT, contextOptions, launchBrowser, openPage, servedSite, type PageReport } from '../support/browser.ts';
import { siteDir } from '../support/sites.ts';

const skip = inject('browserSkipReason');

describe.skipIf(skip !== '')('the timeline', () => {
  let context: BrowserContext;
  const site = servedSite('fixture');

  async function open(query = '', options = {}): Promise<{ page: Page; report: PageReport }> {
    context = await site.browser.newContext(contextOptions(options));
    const opened = await openPage(context, `${site.server.url}timeline/${query}`);
    await opened.page.locator('[data-controls]:not([hidden])').waitFor();
    return opened;
  }

  test('on a phone the chart is drawn at the phone’s width, and a shared view is kept when the screen widens', async () => {
    const { page, report } = await open('?from=2020-03-01&to=2020-03-31&event=2020-03-09-mayor-visit', { viewport: { width: 390, height: 800 } });
    await expect(page.locator('.tl-svg').isVisible()).resolves.toBe(true);
    const box = (await page.locator('.tl-svg').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    await expect(page.locator('.tl-svg').getAttribute('viewBox')).resolves.toBe(`0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
    await expect(page.locator('.timeline-list').isVisible()).resolves.toBe(true);
    await expect.poll(() => page.locator('[data-window-text]').innerText()).toMatch(/^Showing 1 March 2020 – 3\d March 2020 · /);
    await page.setViewportSize({ width: 1024, height: 800 });
    await expect.poll(() => page.locator('[data-window-text]').innerText(), { timeout: 10_000 }).toMatch(/^Showing 1 March 2020 – 3\d March 2020 · /);
    await expect(page.locator('[data-details] h3').innerText()).resolves.toBe('Mayor visits the bridge site');
    expect(new URL(page.url()).searchParams.get('event')).toBe('2020-03-09-mayor-visit');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the timeline is one tab stop and arrow keys walk the events in time order', async () => {
    const { page, report } = await open('?from=2020-03-01&to=2020-05-31');
    const marks = page.locator('.tl-svg a[tabindex="0"]');
    await expect(marks.count()).resolves.toBe(1);
    await marks.first().focus();
    await page.keyboard.press('Home');
    const announced = () => page.locator('[data-announce]').innerText();
    await expect(announced()).resolves.toBe('2 March 2020: Council votes to rebuild the bridge. 1 of 4.');
    await page.keyboard.press('ArrowRight');
    await expect(announced()).resolves.toBe('9 March 2020: Mayor visits the bridge site. 2 of 4.');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-event'));
    await expect(focused()).resolves.toBe('2020-03-09-mayor-visit');
    await page.keyboard.press('End');
    await expect(announced()).resolves.toBe('10 May 2020 – 12 May 2020: Storm floods the bridge site. 4 of 4.');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-details] h3').innerText()).resolves.toBe('Storm floods the bridge site');
    expect(new URL(page.url()).searchParams.get('event')).toBe('2020-05-storm');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-details] h3').count()).resolves.toBe(0);
    await expect(page.locator('[data-details]').getAttribute('data-open')).resolves.toBeNull();
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the tab stop is the earliest mark, and Enter or the first arrow key works from it', async () => {
    const { page, report } = await open('?from=2020-01-01&to=2020-07-01');
    const stop = page.locator('.tl-svg a[tabindex="0"]');
    await expect(stop.getAttribute('data-event')).resolves.toBe('2020-03-02-bridge-vote');
    await stop.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-details] h3').innerText()).resolves.toBe('Council votes to rebuild the bridge');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-event'))).resolves.toBe('2020-03-09-mayor-visit');
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-event'))).resolves.toBe('2020-04-work-begins');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('filters narrow the chart and the list and survive a reload through the URL', async () => {
    const { page, report } = await open();
    await page.locator('.tl-filters summary').click();
    await expect(page.locator('[data-count-category="weather"]').innerText()).resolves.toBe('1');
    await page.locator('input[name="category"][value="weather"]').uncheck();
    expect(new URL(page.url()).searchParams.get('category')).toBe('politics');
    await expect(page.locator('.tl-svg [data-event="2020-05-storm"]').count()).resolves.toBe(0);
    await expect(page.locator('#event-2020-05-storm').isHidden()).resolves.toBe(true);
    await page.reload();
    await page.locator('[data-controls]:not([hidden])').waitFor();
    await expect(page.locator('input[name="category"][value="weather"]').isChecked()).resolves.toBe(false);
    await expect(page.locator('#event-2020-05-storm').isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-filter-summary]').innerText()).resolves.toBe('(3 of 4 events)');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the standing filter keeps only reported or claimed events, on the chart, in the list and in the URL', async () => {
    const { page, report } = await open('?standing=reported');
    await expect(page.locator('[data-filter-summary]').innerText()).resolves.toBe('(1 of 4 events)');
    await expect(page.locator('.tl-svg [data-event]').evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-event')))])).resolves.toEqual(['2020-03-09-mayor-visit']);
    await expect(page.locator('#event-2020-05-storm').isHidden()).resolves.toBe(true);
    await page.locator('.tl-filters summary').click();
    await expect(page.locator('input[name="standing"]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).resolves.toEqual(['reported']);
    await page.locator('input[name="standing"][value="claimed"]').check();
    expect(new URL(page.url()).searchParams.get('standing')).toBe('reported,claimed');
    await expect(page.locator('[data-filter-summary]').innerText()).resolves.toBe('(2 of 4 events)');
    // The last box ticked stays ticked: no standing would show nothing.
    await page.locator('input[name="standing"][value="reported"]').uncheck();
    await page.locator('input[name="standing"][value="claimed"]').click();
    await expect(page.locator('input[name="standing"][value="claimed"]').isChecked()).resolves.toBe(true);
    // Every standing ticked is no filter.
    await page.locator('input[name="standing"][value="confirmed"]').check();
    await page.locator('input[name="standing"][value="reported"]').check();
    expect(new URL(page.url()).searchParams.has('standing')).toBe(false);
    await expect(page.locator('[data-filter-summary]').innerText()).resolves.toBe('(4 of 4 events)');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('a deep link opens its event and Back closes it', async () => {
    const { page, report } = await open('?event=2020-03-09-mayor-visit');
    await expect(page.locator('[data-details] h3').innerText()).resolves.toBe('Mayor visits the bridge site');
    await expect(page.locator('[data-details]').innerText()).resolves.toContain('the source announced it in advance');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.tl-svg [data-event="2020-05-storm"]').click();
    await expect(page.locator('[data-details] h3').innerText()).resolves.toBe('Storm floods the bridge site');
    await page.goBack();
    await expect.poll(() => page.locator('[data-details] h3').innerText()).toBe('Mayor visits the bridge site');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('month-precision events are drawn as uncertain spans', async () => {
    const { page } = await open();
    await expect(page.locator('.tl-svg [data-event="2020-04-work-begins"] .tl-uncertain').count()).resolves.toBe(1);
    await expect(page.locator('.tl-svg [data-event="2020-05-storm"] .tl-bar').count()).resolves.toBe(1);
    await context.close();
  });

  test('zooming in with the buttons narrows the window and moves the ticks to finer units', async () => {
    const { page, report } = await open();
    const before = await page.locator('.tl-tick-label').allTextContents();
    for (let i = 0; i < 5; i++) await page.locator('[data-zoom="in"]').click();
    await page.waitForTimeout(300);
    const after = await page.locator('.tl-tick-label').allTextContents();
    expect(before).toContain('Mar');
    expect(after.some((label) => /^\d{1,2}( [A-Z][a-z]{2})?$/.test(label))).toBe(true);
    expect(new URL(page.url()).searchParams.get('from')).toMatch(/^2020-\d\d-\d\d$/);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test.each([
    ['phone', 390],
    ['desktop', 1280],
  ])('the controls appear without moving the chart or the list (%s)', async (_, width) => {
    context = await site.browser.newContext(contextOptions({ viewport: { width, height: 800 } }));
    const page = await context.newPage();
    // Every shift that moves something up or down by more than a pixel (the web font settling moves words
    // sideways in the list, and a line of the list by a pixel at most: the fallback fonts' metrics are matched
    // to the web font's, to the pixel, not exactly).
    await page.addInitScript(() => {
      (window as unknown as { shifts: string[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
          for (const source of entry.sources ?? []) {
            if (Math.abs(source.previousRect.y - source.currentRect.y) <= 1) continue;
            const element = source.node instanceof Element ? source.node : source.node?.parentElement;
            (window as unknown as { shifts: string[] }).shifts.push(`${entry.value.toFixed(4)} ${element?.closest('[class]')?.className} moved from y ${source.previousRect.y} to ${source.currentRect.y}`);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.server.url}timeline/`);
    const before = await page.locator('.tl-svg').boundingBox();
    await page.locator('[data-controls]:not([hidden])').waitFor();
    // Drawn by the script at the real width.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('timeline-render').length)).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).resolves.toEqual([]);
    expect(await page.locator('.tl-svg').boundingBox()).toEqual(before);
    await context.close();
  });

  test('the first draw reads no layout after writing to the page (no forced reflow)', async () => {
    context = await site.browser.newContext(contextOptions());
    const page = await context.newPage();
    // Counts reads of the chart's size made while the page is still starting the script.
    await page.addInitScript(() => {
      const w = window as unknown as { reads: number; starting: boolean };
      w.reads = 0;
      w.starting = true;
      for (const [proto, name] of [[Element.prototype, 'clientWidth'], [HTMLElement.prototype, 'offsetWidth']] as const) {
        const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
        Object.defineProperty(proto, name, { get(this: Element) { if (w.starting) w.reads++; return descriptor.get!.call(this); } });
      }
      const rect = Element.prototype.getBoundingClientRect;
      Element.prototype.getBoundingClientRect = function (this: Element) { if (w.starting) w.reads++; return rect.call(this); };
      document.addEventListener('DOMContentLoaded', () => setTimeout(() => (w.starting = false), 0));
    });
    await page.goto(`${site.server.url}timeline/`);
    await page.locator('[data-controls]:not([hidden])').waitFor();
    await expect(page.evaluate(() => (window as unknown as { reads: number }).reads)).resolves.toBe(0);
    await context.close();
  });

  test('beside the chart on a desktop, the details panel lists each source once with its quoted passages', async () => {
    const { page, report } = await open('?event=2020-03-09-mayor-visit');
    // The script fills the panel from the URL after the page loads: on a busy machine, later than the chart.
    await page.locator('[data-details] .tl-sources blockquote').first().waitFor();
    const chart = (await page.locator('.tl-chart').boundingBox())!;
    const panel = (await page.locator('[data-details]').boundingBox())!;
    expect(panel.x).toBeGreaterThan(chart.x + chart.width);
    expect(Math.abs(panel.y - chart.y)).toBeLessThan(60);
    const sources = await page.locator('[data-details] .tl-sources > li > div > a').allTextContents();
    expect(new Set(sources).size).toBe(sources.length);
    await expect(page.locator('[data-details] .tl-sources blockquote').count()).resolves.toBeGreaterThan(0);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('selecting an event keeps the chart where it is on the screen, on a desktop and on a phone', async () => {
    for (const width of [1280, 390]) {
      const { page, report } = await open('?from=2020-03-01&to=2020-05-31', { viewport: { width, height: 800 } });
      await page.locator('.tl-chart').scrollIntoViewIfNeeded();
      const before = (await page.locator('.tl-chart').boundingBox())!;
      await page.locator('.tl-svg [data-event="2020-03-09-mayor-visit"]').click();
      await page.locator('[data-details] h3').waitFor();
      const after = (await page.locator('.tl-chart').boundingBox())!;
      // On the screen, all of the chart that was.
      expect(after.y).toBeGreaterThanOrEqual(Math.min(before.y, 0) - 1);
      expect(after.y + after.height).toBeLessThanOrEqual(800 + 1);
      expect(report).toEqual(CLEAN_REPORT);
      await context.close();
    }
  });

  test('selecting an event then panning it out of view says so in the details panel, and brings it back on request; zooming keeps it in view', async () => {
    const { page, report } = await open('?from=2020-03-01&to=2020-03-31');
    await page.locator('.tl-svg [data-event="2020-03-09-mayor-visit"]').click();
    await page.locator('[data-details] h3').waitFor();
    await expect(page.locator('[data-out-of-view]').count()).resolves.toBe(0);
    // A sideways wheel pans: far enough to leave March behind.
    await page.locator('.tl-svg').hover();
    for (let i = 0; i < 6; i++) await page.mouse.wheel(600, 0);
    await expect.poll(() => page.locator('[data-out-of-view]').isVisible()).toBe(true);
    await expect(page.locator('[data-out-of-view]').innerText()).resolves.toContain('outside the period the chart now shows');
    await page.locator('[data-out-of-view] button').click();
    await expect.poll(() => page.locator('[data-out-of-view]').isVisible()).toBe(false);
    await expect(page.locator('.tl-svg [data-event="2020-03-09-mayor-visit"]').count()).resolves.toBe(1);
    // + zooms about the selected event, not the chart's middle, so it stays in view.
    for (let i = 0; i < 4; i++) await page.locator('[data-zoom="in"]').click();
    await page.waitForTimeout(300);
    await expect(page.locator('[data-out-of-view]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.tl-svg [data-event="2020-03-09-mayor-visit"]').count()).resolves.toBe(1);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('each lane is named on the chart, and the names are in the accessibility tree as text', async () => {
    const { page, report } = await open();
    await expect(page.locator('.tl-svg .tl-lane-name').allTextContents()).resolves.toEqual(['Politics', 'Weather']);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('without JavaScript every event is in the chart and the list', async () => {
    const { page } = await openPage((context = await site.browser.newContext(contextOptions({ javaScriptEnabled: false }))), `${site.server.url}timeline/`);
    await expect(page.locator('.timeline-list article').count()).resolves.toBe(4);
    const inChart = await page.locator('.tl-svg a.tl-mark, .tl-svg a.tl-cluster').evaluateAll((links) => links.flatMap((a) => (a.getAttribute('data-events') ?? a.getAttribute('data-event') ?? '').split(' ')));
    expect(inChart.sort()).toEqual(['2020-03-02-bridge-vote', '2020-03-09-mayor-visit', '2020-04-work-begins', '2020-05-storm']);
    await context.close();
  });
});

describe.skipIf(skip !== '')('a timeline and a map on one page', () => {
  test('selecting an event on the timeline highlights its place on the map', async () => {
    const browser = await launchBrowser();
    const server = await serveStatic({ root: siteDir('fixture'), base: '/' });
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, `${server.url}explainers/the-bridge/`);
    await page.locator('#spring [data-controls]:not([hidden])').waitFor();
    await page.locator('#spring .tl-svg [data-event="2020-05-storm"]').click();
    await page.waitForURL(/event=2020-05-storm/);
    await expect(page.locator('#bridge-map .place.is-selected').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-place')).sort())).resolves.toEqual(['northgate', 'riverton']);
    expect(report).toEqual(CLEAN_REPORT);
    await browser.close();
    await server.close();
  });
});
