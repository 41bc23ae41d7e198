/**
 * The search page runs a ?q= query against the Pagefind index built with the
 * site, at the domain root and under a sub-path, with no console error.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../src/lib/static-server.ts';
import { contextOptions, launchBrowser, openPage } from '../support/browser.ts';
import { SITES, siteDir, type SiteName } from '../support/sites.ts';

const skip = inject('browserSkipReason');

describe.skipIf(skip !== '').each(['fixture', 'fixtureSub'] as SiteName[])('search on the %s site', (name) => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic({ root: siteDir(name), base: SITES[name].base });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('search-page-lists-results-for-the-query-in-the-url', async () => {
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, `${server.url}search/?q=storm`);
    const results = page.locator('#search-results li a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(`${SITES[name].base}timeline/2020-05-storm/`);
    await expect(page.locator('#search-page-query').inputValue()).resolves.toBe('storm');
    await expect(page.locator('#search-results h2').innerText()).resolves.toMatch(/^\d+ results? for “storm”$/);
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], thirdPartyRequests: [] });
    await context.close();
  });

  test('search-page-without-javascript-says-so-and-links-to-the-indexes', async () => {
    const context = await browser.newContext(contextOptions({ javaScriptEnabled: false }));
    const { page } = await openPage(context, `${server.url}search/?q=storm`);
    await expect(page.locator('#search-fallback').innerText()).resolves.toContain('Search results need JavaScript');
    await expect(page.locator('#search-fallback a').count()).resolves.toBe(4);
    await context.close();
  });
});
