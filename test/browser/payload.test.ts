/**
 * The payload site (an attack in every text field) in Chromium: no search
 * result drawn by our scripts gains an element, a handler or a javascript:
 * link from content. Every page is checked the same way by the crawl in
 * every-page.test.ts.
 */
import { describe, expect, inject, test } from 'vitest';
import { CLEAN_REPORT, contextOptions, openPage, servedSite } from '../support/browser.ts';
import { findInjected } from '../support/crawl.ts';

const skip = inject('browserSkipReason');

describe.skipIf(skip !== '')('the payload site', () => {
  const site = servedSite('payload');

  test('search results and their highlighting show the attack as text', async () => {
    const context = await site.browser.newContext(contextOptions());
    const { page, report } = await openPage(context, site.server.url);
    await page.locator('#site-search').fill('alert');
    await page.locator('[data-search-popup] li a').first().waitFor();
    await expect(page.locator('[data-search-popup]').innerText()).resolves.toContain('alert(');
    await expect(findInjected(page)).resolves.toEqual([]);
    await page.goto(`${site.server.url}search/?q=alert`);
    const first = page.locator('[data-search-results] > ol > li > a').first();
    await first.waitFor();
    await expect(findInjected(page)).resolves.toEqual([]);
    await first.click();
    await page.locator('mark').first().waitFor();
    await expect(findInjected(page)).resolves.toEqual([]);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });
});
