/**
 * The checks every page of a built site must pass in a browser, run on one
 * crawl of the site (test/support/crawl.ts), served with the build's own
 * _headers so its strict Content-Security-Policy applies: no console error,
 * CSP violation, failed or third-party request; axe clean in light and dark;
 * no sideways scrolling at 320 px; and the timeline, the map and search,
 * used, raise none of those either.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { CLEAN_REPORT, contextOptions, launchBrowser, openPage, PAGE_LOOP_TIMEOUT } from './browser.ts';
import { browserProblems, crawl, samplePerTemplate, type PageVisit } from './crawl.ts';
import { hostHeaders, htmlFiles, pagePath, read } from './dist.ts';
import { SITES, siteDir, type SiteName, type SiteSpec } from './sites.ts';

/**
 * Page paths relative to the site's base: from the sitemap, or, for a site built without SITE_URL (which
 * has none), from the pages built, the 404 page and renamed entries' old addresses aside (a browser
 * leaves those at once; test/build/fixture-site.test.ts checks them).
 */
export function sitemapPaths(name: SiteName): string[] {
  const { site, base }: SiteSpec = SITES[name];
  if (site === undefined) {
    const pages = htmlFiles(siteDir(name)).filter((file) => file !== '404.html' && !read(siteDir(name), file).includes('<meta http-equiv="refresh"'));
    return pages.map((file) => pagePath(file, base).slice(base.length));
  }
  const prefix = new URL(base, site).href;
  return [...read(siteDir(name), 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').slice(prefix.length));
}

/** The scripts a page loads (module script addresses). */
const scriptsOf = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);

/**
 * Pages that load a script beyond those every page loads (the timeline, the map, search, explainers
 * with components): the pages where content can make a script fail.
 */
export function scriptedPaths(name: SiteName, paths: string[]): string[] {
  const file = (path: string) => (path === '' ? 'index.html' : `${path}index.html`);
  const scripts = new Map(paths.map((path) => [path, scriptsOf(read(siteDir(name), file(path)))]));
  const everywhere = [...scripts.values()].reduce((common, list) => common.filter((s) => list.includes(s)));
  return paths.filter((path) => scripts.get(path)!.some((s) => !everywhere.includes(s)));
}

export interface EveryPageOptions {
  /** A word the site's search index surely holds. */
  searched: string;
  /**
   * For a large site: load a sample per template and every page with a script of its own, instead of
   * every page. The rest share their template's markup and scripts with a sampled page, and the HTML
   * tests check every page without a browser (valid markup, no inline script or style, every link and
   * asset resolves, nothing from another site, content readable with JavaScript off).
   */
  sampled?: boolean;
  /** Pages per template in the sample (default 3: the first, the middle and the last). */
  perTemplate?: number;
  /** Run axe (default true; not on a copy of a site whose pages another site already checks). */
  axe?: boolean;
  /** Run the 320 px check (default true). */
  narrow?: boolean;
  /** Look for markup injected from content (the payload site). */
  injection?: boolean;
}

export function describeEveryPage(name: SiteName, options: EveryPageOptions) {
  const skip = inject('browserSkipReason');
  describe.skipIf(skip !== '')(`every page of the ${name} site`, () => {
    let browser: Browser;
    let server: StaticServer;
    let visits: PageVisit[] = [];
    const all = sitemapPaths(name);
    const sample = options.sampled ? samplePerTemplate(all, options.perTemplate) : all;
    const paths = options.sampled ? all.filter((p) => sample.includes(p) || scriptedPaths(name, all).includes(p)) : all;

    beforeAll(async () => {
      browser = await launchBrowser();
      // Served with the build's own _headers, strict CSP included: a violation shows up as a console error.
      server = await serveStatic({ root: siteDir(name), base: SITES[name].base, headers: hostHeaders(siteDir(name)) });
      visits = await crawl(browser, server.url, {
        paths,
        sample,
        injection: options.injection ?? false,
        axe: options.axe ?? true,
        narrow: options.narrow ?? true,
      });
    }, PAGE_LOOP_TIMEOUT);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const spec: SiteSpec = SITES[name];
    test(spec.site ? 'the sitemap lists the pages' : 'the built pages are listed, as a site without SITE_URL has no sitemap', () => {
      expect(all.length).toBeGreaterThan(10);
      expect(all).toContain('');
    });

    const loaded = options.sampled ? 'every page with a script of its own, and a sample of the others,' : 'every page';
    test(`${loaded} loads with no console error, CSP violation, failed request or request to another site`, () => {
      expect(visits.length).toBe(paths.length);
      expect(browserProblems(visits)).toEqual([]);
    });

    if (options.axe !== false) {
      test('axe finds no WCAG 2.2 AA violation, in light or dark mode', () => {
        const checked = visits.filter((v) => v.axe);
        expect(checked.length).toBeGreaterThan(0);
        expect(checked.flatMap((v) => [...v.axe!.light.map((x) => `light /${v.path}: ${x}`), ...v.axe!.dark.map((x) => `dark /${v.path}: ${x}`)])).toEqual([]);
      });
    }

    if (options.narrow !== false) {
      test('every page fits a 320 px screen without sideways scrolling', () => {
        const checked = visits.filter((v) => v.narrow);
        expect(checked.length).toBeGreaterThan(0);
        expect(checked.filter((v) => v.narrow!.scrollWidth > 320).map((v) => `/${v.path}: ${v.narrow!.scrollWidth}px`)).toEqual([]);
      });
    }

    if (options.injection) {
      test('no page gains an element, a handler or a javascript: link from content, and nothing runs', () => {
        expect(visits.flatMap((v) => (v.injected ?? []).map((e) => `/${v.path}: ${e}`))).toEqual([]);
      });
    }

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
      // A story with one category filters by tag only.
      if ((await page.locator('input[name="category"]').count()) > 1) await page.locator('input[name="category"]').first().uncheck();
      else await page.locator('input[name="tag"]').first().check();

      const map = await openPage(context, `${server.url}map/`);
      await map.page.locator('#map .place[tabindex="0"]').focus();
      await map.page.keyboard.press('Enter');
      await map.page.waitForURL(/\?place=/);
      await map.page.getByRole('button', { name: 'Zoom in' }).click();
      if ((await map.page.locator('.map-layers summary').count()) > 0) {
        await map.page.locator('.map-layers summary').click();
        await map.page.getByRole('checkbox', { name: 'Events' }).uncheck();
      }

      const search = await openPage(context, server.url);
      await search.page.keyboard.press('/');
      await search.page.keyboard.type(options.searched);
      await search.page.locator('[data-search-popup] li a').first().waitFor();
      await search.page.goto(`${server.url}search/?q=${options.searched}`);
      await search.page.locator('[data-search-results] > ol > li > a').first().waitFor();
      await search.page.locator('input[name="type"]').first().check();
      await search.page.waitForFunction(() => new URL(location.href).searchParams.has('type'));

      for (const { report } of [timeline, map, search]) expect(report).toEqual(CLEAN_REPORT);
      await context.close();
    });

    test('an unknown address gets the 404 page', async () => {
      const context = await browser.newContext(contextOptions());
      const page = await context.newPage();
      const response = await page.goto(`${server.url}no/such/page/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
      await context.close();
    });
  });
}
