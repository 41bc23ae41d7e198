/** The header: its search popup stays on screen at every width, and its sections fit (every page's fit at 320 px is checked by the crawl). */
import { describe, expect, inject, test } from 'vitest';
import { CLEAN_REPORT, contextOptions, openPage, servedSite } from '../support/browser.ts';

const skip = inject('browserSkipReason');

describe.skipIf(skip !== '')('small screens', () => {
  const site = servedSite('story');

  test('the header search results stay on screen at every width that shows the search box, and phones get a search link', async () => {
    const outside: string[] = [];
    const context = await site.browser.newContext(contextOptions({ viewport: { width: 320, height: 700 } }));
    const { page, report } = await openPage(context, `${site.server.url}timeline/`);
    // On a phone the header keeps one row: a link to the search page stands in for the box.
    await expect(page.locator('#site-search').isVisible()).resolves.toBe(false);
    await expect(page.locator('.header-search-link').isVisible()).resolves.toBe(true);
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.locator('#site-search').fill('Storm Shadow');
    await page.locator('[data-search-popup] li a').first().waitFor();
    // One page, resized: the popup is placed by CSS alone, so it must follow the width as it changes.
    for (const width of [1152, 1280, 1600]) {
      await page.setViewportSize({ width, height: 700 });
      const box = await page.locator('[data-search-popup]').boundingBox();
      const input = await page.locator('#site-search').boundingBox();
      if (!box || !input || box.x < 0 || box.x + box.width > width) outside.push(`${width}px: popup from ${box?.x} to ${box && box.x + box.width}`);
      else if (box.y < input.y + input.height) outside.push(`${width}px: popup covers the search box`);
    }
    expect(outside).toEqual([]);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test("the header's sections stay on one line, no name broken inside a word, at every width that shows them", async () => {
    const context = await site.browser.newContext(contextOptions({ viewport: { width: 896, height: 700 } }));
    const { page, report } = await openPage(context, `${site.server.url}rules/`);
    const problems: string[] = [];
    for (const width of [896, 960, 1024, 1100, 1152, 1280]) {
      await page.setViewportSize({ width, height: 700 });
      const { rows, broken } = await page.evaluate(() => {
        const links = [...document.querySelectorAll<HTMLElement>('.site-nav a')];
        return { rows: new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size, broken: links.filter((a) => a.getClientRects().length > 1 || a.getBoundingClientRect().height > 40).map((a) => a.textContent) };
      });
      if (rows !== 1 || broken.length > 0) problems.push(`${width}px: ${rows} rows, broken: ${broken.join(', ')}`);
    }
    expect(problems).toEqual([]);
    // Until the search box fits beside the sections, the header links to the search page.
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect(page.locator('#site-search').isVisible()).resolves.toBe(false);
    await expect(page.locator('.header-search-link').isVisible()).resolves.toBe(true);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });
});
