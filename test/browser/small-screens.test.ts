/** Every page fits a 320 px wide screen: no horizontal scrolling. */
import { describe, expect, inject, test } from 'vitest';
import { contextOptions, openPage, PAGE_LOOP_TIMEOUT, servedSite } from '../support/browser.ts';
import { htmlFiles, pagePath } from '../support/dist.ts';
import { siteDir } from '../support/sites.ts';

const skip = inject('browserSkipReason');

describe.skipIf(skip !== '')('small screens', () => {
  const site = servedSite('story');

  test('every-page-fits-320-px-without-horizontal-scrolling', { timeout: PAGE_LOOP_TIMEOUT }, async () => {
    const context = await site.browser.newContext(contextOptions({ viewport: { width: 320, height: 640 } }));
    const overflowing: string[] = [];
    for (const file of htmlFiles(siteDir('story'))) {
      const { page } = await openPage(context, site.server.url + pagePath(file, '').replace(/^\//, ''));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${file}: ${width}px`);
      await page.close();
    }
    await context.close();
    expect(overflowing).toEqual([]);
  });
});
