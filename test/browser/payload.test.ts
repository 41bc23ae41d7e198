/**
 * The payload site (an attack in every text field) in Chromium: no page,
 * and no search result drawn by our scripts, gains an element, a handler or
 * a javascript: link from content, and nothing runs.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CLEAN_REPORT, contextOptions, openPage, PAGE_LOOP_TIMEOUT, servedSite } from '../support/browser.ts';
import { htmlFiles } from '../support/dist.ts';
import { siteDir } from '../support/sites.ts';

const skip = inject('browserSkipReason');

/** Elements the attack would have made, had any of it become markup. */
const injected = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('img[src="x"], [onerror], a[href^="javascript:" i], script:not([src]):not([type$="json"])')].map((e) => e.outerHTML.slice(0, 80)),
  );

describe.skipIf(skip !== '')('the payload site', () => {
  const site = servedSite('payload');

  test('no-page-gains-an-element-or-runs-anything-from-content', { timeout: PAGE_LOOP_TIMEOUT }, async () => {
    const context = await site.browser.newContext(contextOptions());
    const dialogs: string[] = [];
    context.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    for (const file of htmlFiles(siteDir('payload')).filter((f) => f !== '404.html')) {
      const { page, report } = await openPage(context, site.server.url + file.replace(/index\.html$/, ''));
      await expect(injected(page), file).resolves.toEqual([]);
      expect(report, file).toEqual(CLEAN_REPORT);
      await page.close();
    }
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test('search-results-and-their-highlighting-show-the-attack-as-text', async () => {
    const context = await site.browser.newContext(contextOptions());
    const { page, report } = await openPage(context, site.server.url);
    await page.locator('#site-search').fill('alert');
    await page.locator('[data-search-popup] li a').first().waitFor();
    await expect(page.locator('[data-search-popup]').innerText()).resolves.toContain('alert(');
    await expect(injected(page)).resolves.toEqual([]);
    await page.goto(`${site.server.url}search/?q=alert`);
    const first = page.locator('[data-search-results] > ol > li > a').first();
    await first.waitFor();
    await expect(injected(page)).resolves.toEqual([]);
    await first.click();
    await page.locator('mark').first().waitFor();
    await expect(injected(page)).resolves.toEqual([]);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });
});
