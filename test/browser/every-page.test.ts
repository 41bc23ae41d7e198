/**
 * Every page in the sitemap, in a real browser, served with the build's
 * _headers (its strict Content-Security-Policy): it loads with no console
 * error, no securitypolicyviolation event, no failed request and no request
 * to another site; the timeline, the map and search, used, raise none
 * either; axe finds no WCAG 2.2 AA violation; and with JavaScript off its
 * content is all there.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../src/lib/static-server.ts';
import { axeViolations, CLEAN_REPORT, contextOptions, launchBrowser, openPage, PAGE_LOOP_TIMEOUT } from '../support/browser.ts';
import { hostHeaders, read } from '../support/dist.ts';
import { SITES, siteDir, type SiteName } from '../support/sites.ts';

const skip = inject('browserSkipReason');
/** A word each site's index surely holds. */
const SEARCHED = { fixture: 'bridge', fixtureSub: 'bridge', payload: 'alert', story: 'ATACMS' } satisfies Partial<Record<SiteName, string>>;

/** Page paths from the sitemap, relative to the site's base. */
function sitemapPaths(name: SiteName): string[] {
  const { site, base } = SITES[name];
  const prefix = new URL(base, site).href;
  return [...read(siteDir(name), 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').slice(prefix.length));
}

describe.skipIf(skip !== '').each(Object.keys(SEARCHED) as (keyof typeof SEARCHED)[])('every page of the %s site', (name) => {
  let browser: Browser;
  let server: StaticServer;
  const paths = sitemapPaths(name);

  beforeAll(async () => {
    browser = await launchBrowser();
    // Served with the build's own _headers, strict CSP included: a violation shows up as a console error.
    server = await serveStatic({ root: siteDir(name), base: SITES[name].base, headers: hostHeaders(siteDir(name)) });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the sitemap lists the pages', () => {
    expect(paths.length).toBeGreaterThan(10);
    expect(paths).toContain('');
  });

  test('loads cleanly and passes axe (WCAG 2.2 AA), light and dark', { timeout: PAGE_LOOP_TIMEOUT }, async () => {
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext(contextOptions({ colorScheme: scheme }));
      // Dark mode: every page of the fixture, a sample of the others (the same templates).
      const visit = scheme === 'light' || name === 'fixture' ? paths : paths.filter((_, i) => i % 5 === 0);
      for (const path of visit) {
        const { page, report } = await openPage(context, server.url + path);
        const where = `${scheme} /${path}`;
        problems.push(...report.consoleErrors.map((e) => `${where}: console error ${e}`));
        problems.push(...report.cspViolations.map((v) => `${where}: CSP violation ${v}`));
        problems.push(...report.failedRequests.map((r) => `${where}: failed request ${r}`));
        problems.push(...report.thirdPartyRequests.map((r) => `${where}: third-party request ${r}`));
        if (name !== 'fixtureSub') problems.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`));
        await page.close();
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  test('the timeline, the map and search, used, raise no CSP violation and no console error', async () => {
    const context = await browser.newContext(contextOptions());
    const timeline = await openPage(context, `${server.url}timeline/`);
    const { page } = timeline;
    await page.locator('[data-controls]:not([hidden])').waitFor();
    await page.locator('.tl-svg a[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.locator('[data-details] h3').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-zoom="in"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    await page.locator('.tl-filters summary').click();
    await page.locator('input[name="category"]').first().uncheck();

    const map = await openPage(context, `${server.url}map/`);
    await map.page.locator('#map .place[tabindex="0"]').focus();
    await map.page.keyboard.press('Enter');
    await map.page.waitForURL(/\?place=/);
    await map.page.getByRole('button', { name: 'Zoom in' }).click();
    await map.page.getByRole('checkbox', { name: 'Events' }).uncheck();

    const search = await openPage(context, server.url);
    await search.page.keyboard.press('/');
    await search.page.keyboard.type(SEARCHED[name]);
    await search.page.locator('[data-search-popup] li a').first().waitFor();
    await search.page.goto(`${server.url}search/?q=${SEARCHED[name]}`);
    await search.page.locator('[data-search-results] > ol > li > a').first().waitFor();
    await search.page.locator('input[name="type"]').first().check();
    await search.page.waitForFunction(() => new URL(location.href).searchParams.has('type'));

    for (const { report } of [timeline, map, search]) expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('shows its content with JavaScript off', { timeout: PAGE_LOOP_TIMEOUT }, async () => {
    const context = await browser.newContext(contextOptions({ javaScriptEnabled: false }));
    const empty: string[] = [];
    for (const path of paths) {
      const { page } = await openPage(context, server.url + path);
      const h1 = await page.locator('h1').first().innerText();
      const text = await page.locator('main').innerText();
      if (h1.trim() === '' || text.trim().length < 80) empty.push(`/${path}`);
      await page.close();
    }
    await context.close();
    expect(empty).toEqual([]);
  });

  test('answers an unknown address with the 404 page', async () => {
    const context = await browser.newContext(contextOptions());
    const page = await context.newPage();
    const response = await page.goto(`${server.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
    await context.close();
  });
});
