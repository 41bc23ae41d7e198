/**
 * <Steps> on the fixture site's explainer (three steps over the storm at
 * Northgate): each step's own map in the HTML, for readers without
 * JavaScript and in print; in a browser, the map of the step being read
 * shows and is announced, on a phone and a laptop, light and dark, with no
 * layout shift and nothing animated under reduced motion; and the script's
 * weight. The build-only checks need no browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, CLEAN_REPORT, contextOptions, openPage, preloadAxe, servedSite } from '../support/browser.ts';
import { siteDir } from '../support/sites.ts';

const skip = inject('browserSkipReason');
const PAGE = 'explainers/the-bridge/';

describe('steps in the built page', () => {
  const html = readFileSync(join(siteDir('fixture'), PAGE, 'index.html'), 'utf8');
  const block = /<div class="steps"[\s\S]*?<\/div><script/.exec(html)?.[0] ?? '';

  test("each step is a headed section after its own map, dated and described, and the maps' shapes are written once", () => {
    const order = [...block.matchAll(/<figure class="step-graphic[^"]*"|<section class="step"/g)].map((m) => (m[0].startsWith('<figure') ? 'map' : 'text'));
    expect(order).toEqual(['map', 'text', 'map', 'text', 'map', 'text']);
    expect([...block.matchAll(/<h3 id="(step-[^"]+)">/g)].map((m) => m[1])).toEqual(['step-the-vote', 'step-the-storm', 'step-after-the-storm']);
    expect([...block.matchAll(/class="step-graphic-day">as of ([^<]+)</g)].map((m) => m[1])).toEqual(['2 March 2020', '11 May 2020', '1 June 2020']);
    // The storm's area is drawn on its day only, and its legend entry with it.
    const maps = [...block.matchAll(/<figure class="step-graphic[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(maps.map((m) => /step-legend[\s\S]*Where the storm passed/.test(m))).toEqual([false, true, false]);
    expect(maps[1]).toMatch(/role="img" aria-label="Map as of 11 May 2020\. Drawn: Where the storm passed\./);
    // The place a step picks out is named on its map.
    expect(maps[1]).toContain('<text');
    expect(maps[1]).toContain('Northgate</text>');
    expect(block.match(/<defs>/g)).toHaveLength(1);
    expect(block).toContain('class="steps-source"');
  });
});

describe.skipIf(skip !== '')('steps in a browser', () => {
  const site = servedSite('fixture');
  const url = () => `${site.server.url}${PAGE}`;
  const active = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.step-graphic')].map((g) => (g.classList.contains('is-active') ? 1 : 0)).join(''));
  /** Scrolls so the step's top is at `at` of the screen's height, as a reader scrolling down would. */
  const readStep = (page: Page, i: number, at = 0.5) =>
    page.locator('.steps > .step').nth(i).evaluate((el, at) => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * at), at);

  test.each([
    ['phone', 390, 844],
    ['laptop', 1280, 800],
  ])('the map follows the step being read and says what changed (%s)', async (_, width, height) => {
    const context = await site.browser.newContext(contextOptions({ viewport: { width, height } }));
    const { page, report } = await openPage(context, url());
    await page.locator('.steps.is-live').waitFor();
    expect(await active(page)).toBe('100');
    await readStep(page, 1);
    await expect.poll(() => active(page)).toBe('010');
    await expect(page.locator('[data-steps-status]').textContent()).resolves.toBe('Map as of 11 May 2020. Now drawn: Where the storm passed.');
    // Only the map being read is seen, and it is in view.
    const shown = page.locator('.step-graphic.is-active');
    await expect.poll(() => shown.isVisible()).toBe(true);
    await expect.poll(() => page.locator('.step-graphic:not(.is-active)').first().isVisible()).toBe(false);
    const box = await shown.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(height / 2);
    await readStep(page, 2);
    await expect.poll(() => active(page)).toBe('001');
    await expect(page.locator('[data-steps-status]').textContent()).resolves.toBe('Map as of 1 June 2020. No longer drawn: Where the storm passed.');
    // Back up past the first step's line: the first map again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => active(page)).toBe('100');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('on a laptop the rail steps aside while the steps, wider than the text, are on screen', async () => {
    const context = await site.browser.newContext(contextOptions({ viewport: { width: 1280, height: 800 } }));
    const { page, report } = await openPage(context, url());
    await page.locator('.steps.is-live').waitFor();
    const rail = page.locator('.rail .rail-sticky');
    await readStep(page, 1);
    await expect.poll(() => rail.isVisible()).toBe(false);
    await page.locator('#events').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect.poll(() => rail.isVisible()).toBe(true);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('on a phone the map keeps at most about half the screen, and the text the rest', async () => {
    const context = await site.browser.newContext(contextOptions({ viewport: { width: 390, height: 844 } }));
    const { page } = await openPage(context, url());
    await page.locator('.steps.is-live').waitFor();
    await readStep(page, 1);
    const svg = await page.locator('.step-graphic.is-active .step-svg').boundingBox();
    expect(svg!.height).toBeLessThanOrEqual(844 * 0.45);
    await context.close();
  });

  test('without JavaScript every step shows its own map before its text', async () => {
    const context = await site.browser.newContext(contextOptions({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } }));
    const { page } = await openPage(context, url());
    const maps = page.locator('.step-graphic .step-svg');
    await expect(maps.count()).resolves.toBe(3);
    for (let i = 0; i < 3; i++) {
      await maps.nth(i).scrollIntoViewIfNeeded();
      await expect(maps.nth(i).isVisible()).resolves.toBe(true);
      const map = await maps.nth(i).boundingBox();
      const text = await page.locator('.steps > .step').nth(i).boundingBox();
      expect(map!.y + map!.height).toBeLessThanOrEqual(text!.y);
    }
    await context.close();
  });

  test('with reduced motion the maps change at once, and enhancing the steps moves nothing', async () => {
    const context = await site.browser.newContext(contextOptions({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } }));
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { cls: number }).cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url());
    await page.locator('.steps.is-live').waitFor();
    await expect(page.locator('.step-graphic').first().evaluate((g) => getComputedStyle(g).transitionDuration)).resolves.toBe('0s');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThanOrEqual(0.02);
    await context.close();
  });

  test.each(['light', 'dark'] as const)('the steps pass axe in %s, on the step being read', async (colorScheme) => {
    const context = await site.browser.newContext(contextOptions({ colorScheme }));
    await preloadAxe(context);
    const { page } = await openPage(context, url());
    await page.locator('.steps.is-live').waitFor();
    await readStep(page, 1);
    await expect.poll(() => active(page)).toBe('010');
    // After the fade: axe measures contrast through a map's opacity.
    await page.waitForTimeout(500);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

test('the steps script weighs at most 3 KB gzip', () => {
  const dist = siteDir('fixture');
  const html = readFileSync(join(dist, PAGE, 'index.html'), 'utf8');
  const src = /<script type="module" src="[^"]*\/(_astro\/Steps\.astro[^"]+)"/.exec(html)?.[1];
  expect(src).toBeDefined();
  const code = readFileSync(join(dist, src!));
  expect(code.toString()).not.toMatch(/import\s*["{]|from\s*["']/);
  const bytes = gzipSync(code, { level: 9 }).length;
  console.info(`budget: steps script ${bytes} B gzip`);
  expect(bytes).toBeLessThanOrEqual(3 * 1024);
});
