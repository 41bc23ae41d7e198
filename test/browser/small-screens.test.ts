/** Every page fits a 320 px wide screen: no horizontal scrolling; the search popup stays on screen at any width. */
import { describe, expect, inject, test } from 'vitest';
import { CLEAN_REPORT, contextOptions, openPage, PAGE_LOOP_TIMEOUT, servedSite } from '../support/browser.ts';
import { htmlFiles, pagePath } from '../support/dist.ts';
import { siteDir } from '../support/sites.ts';

const skip = inject('browserSkipReason');

describe.skipIf(skip !== '')('small screens', () => {
  const site = servedSite('story');

  test('every-page-fits-320-px-without-horizontal-scrolling-or-a-console-error', { timeout: PAGE_LOOP_TIMEOUT }, async () => {
    const context = await site.browser.newContext(contextOptions({ viewport: { width: 320, height: 640 } }));
    const overflowing: string[] = [];
    const errors: string[] = [];
    for (const file of htmlFiles(siteDir('story'))) {
      const { page, report } = await openPage(context, site.server.url + pagePath(file, '').replace(/^\//, ''));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${file}: ${width}px`);
      // Scripts that assume a wide screen (a chart with a width) fail here first.
      errors.push(...report.consoleErrors.map((error) => `${file}: ${error}`));
      await page.close();
    }
    await context.close();
    expect(overflowing).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the-header-search-results-stay-on-screen-at-every-width', async () => {
    const outside: string[] = [];
    for (const width of [320, 390, 600, 768, 1024, 1280]) {
      const context = await site.browser.newContext(contextOptions({ viewport: { width, height: 700 } }));
      const { page, report } = await openPage(context, `${site.server.url}timeline/`);
      await page.locator('#site-search').fill('Storm Shadow');
      await page.locator('[data-search-popup] li a').first().waitFor();
      const box = await page.locator('[data-search-popup]').boundingBox();
      const input = await page.locator('#site-search').boundingBox();
      if (!box || !input || box.x < 0 || box.x + box.width > width) outside.push(`${width}px: popup from ${box?.x} to ${box && box.x + box.width}`);
      else if (box.y < input.y + input.height) outside.push(`${width}px: popup covers the search box`);
      expect(report).toEqual(CLEAN_REPORT);
      await context.close();
    }
    expect(outside).toEqual([]);
  });
});
