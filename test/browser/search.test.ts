/**
 * Search against the real built index, in Chromium: the queries readers
 * type, the header box with the keyboard, the search page with filters and
 * the URL, highlighting on the destination page, at the root and under a
 * sub-path, each with an empty console.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { CLEAN_REPORT, contextOptions, launchBrowser, openPage } from '../support/browser.ts';
import { SITES, siteDir, type SiteName } from '../support/sites.ts';

const skip = inject('browserSkipReason');

let browser: Browser;
const servers: Partial<Record<SiteName, StaticServer>> = {};
beforeAll(async () => {
  if (skip !== '') return;
  browser = await launchBrowser();
  for (const name of ['story', 'fixture', 'fixtureSub'] as const) servers[name] = await serveStatic({ root: siteDir(name), base: SITES[name].base });
});
afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server?.close();
});

/**
 * Runs a query on the search page, as a reader would; returns result URLs (without ?highlight), best first.
 * On the search page already, with no filter ticked, it types the query into the page's own box: a new
 * page load would start Pagefind (and compile its WebAssembly) again, which is most of a query's time.
 */
async function query(page: Page, site: string, text: string, filters: Record<string, string[]> = {}): Promise<string[]> {
  const here = new URL(page.url());
  const unfiltered = [...here.searchParams.keys()].every((key) => key === 'q');
  if (Object.keys(filters).length === 0 && here.pathname === `${new URL(site).pathname}search/` && unfiltered) {
    await page.locator('#search-page-query').fill(text);
    await page.locator('#search-page-query').press('Enter');
  } else {
    const params = new URLSearchParams({ q: text });
    for (const [key, values] of Object.entries(filters)) for (const value of values) params.append(key, value);
    await page.goto(`${site}search/?${params}`);
  }
  await page.locator('[data-search-results] h2', { hasText: `“${text}”` }).waitFor();
  if (Object.keys(filters).length > 0) await page.waitForTimeout(300);
  const hrefs = await page.locator('[data-search-results] > ol > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.replace(/\?highlight=[^#]*/, '').slice(new URL(site).pathname.length - 1));
}

describe.skipIf(skip !== '')('search on the shipped story', () => {
  test('search finds the weapons explainer for ATACMS, the London briefing for Lammy, the Kyiv entry first for Kiev and the ATACMS entry for MGM-140', async () => {
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, servers.story!.url);
    expect((await query(page, servers.story!.url, 'ATACMS')).slice(0, 5)).toContain('/explainers/the-weapons-and-their-reach/');
    expect((await query(page, servers.story!.url, 'Lammy')).slice(0, 10)).toContain('/timeline/2024-09-10-blinken-lammy-london-briefing/');
    expect((await query(page, servers.story!.url, 'Kiev'))[0]).toBe('/map/#place-kyiv');
    expect((await query(page, servers.story!.url, 'MGM-140')).slice(0, 3)).toContain('/glossary/#system-atacms');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test("every spelling of a person's name finds their page first, and everything their usual name finds", async () => {
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, servers.story!.url);
    const canonical = await query(page, servers.story!.url, 'Valerii Zaluzhnyi');
    expect(canonical[0]).toBe('/people/valerii-zaluzhnyi/');
    for (const spelling of ['Zaluzhny', 'Zaluzhnyi', 'Valery Zaluzhny']) {
      const found = await query(page, servers.story!.url, spelling);
      expect(found[0], spelling).toBe('/people/valerii-zaluzhnyi/');
      expect(found, spelling).toEqual(expect.arrayContaining(canonical));
    }
    // A surname spelt another way finds as much as the surname as usually spelt (most pages give it alone).
    const count = async (text: string) => {
      await query(page, servers.story!.url, text);
      return Number(/[\d,]+/.exec(await page.locator('[data-search-results] h2').innerText())![0].replace(/,/g, ''));
    };
    expect((await query(page, servers.story!.url, 'Zelensky'))[0]).toBe('/people/volodymyr-zelensky/');
    const usual = await count('Zelensky');
    for (const spelling of ['Zelenskiy', 'Zelenskyy']) expect(await count(spelling), spelling).toBeGreaterThanOrEqual(usual);
    // The filters count what is listed: every spelling's pages, each once.
    await page.locator('input[name="type"]').first().waitFor();
    const types = await page.locator('fieldset:has(input[name="type"]) label').allInnerTexts();
    expect(types.reduce((sum, label) => sum + Number(/\((\d+)\)/.exec(label)?.[1] ?? 0), 0)).toBe(await count('Zelenskyy'));
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('a query with a word that matches nothing whole says the results only loosely match, and offers the name it most likely meant', async () => {
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, servers.story!.url);
    await query(page, servers.story!.url, 'storm shadow');
    await expect(page.locator('.search-notice').count()).resolves.toBe(0);
    // "storm" is found, "shadw" nowhere: Pagefind still answers, so the page says how loosely.
    await query(page, servers.story!.url, 'storm shadw');
    await expect(page.locator('.search-notice').first().innerText()).resolves.toContain('No exact match for “storm shadw”');
    await expect(page.locator('.search-notice a').getAttribute('href')).resolves.toBe('?q=storm%20shadow');
    await page.locator('.search-notice a').click();
    await page.locator('[data-search-results] h2', { hasText: '“storm shadow”' }).waitFor();
    await expect(page.locator('.search-notice').count()).resolves.toBe(0);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the header box shows the best six results, best first, and a link to all', async () => {
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, servers.story!.url);
    await page.locator('#site-search').fill('missiles');
    const items = page.locator('[data-search-popup] li');
    await items.nth(5).waitFor();
    await expect(items.count()).resolves.toBe(6);
    const all = await page.locator('[data-search-popup] .search-all').innerText();
    expect(Number(all.match(/^All (\d+) results$/)?.[1])).toBeGreaterThan(6);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('a category filter narrows the results', async () => {
    const context = await browser.newContext(contextOptions());
    const { page } = await openPage(context, servers.story!.url);
    const count = async () => Number((await page.locator('[data-search-results] h2').innerText()).split(' ')[0]);
    await query(page, servers.story!.url, 'missiles');
    const all = await count();
    const diplomacy = await query(page, servers.story!.url, 'missiles', { category: ['Diplomacy'] });
    expect(diplomacy.length).toBeGreaterThan(0);
    expect(await count()).toBeLessThan(all);
    expect(diplomacy.every((url) => url.startsWith('/timeline/'))).toBe(true);
    await context.close();
  });
});

// On the fixture site; search under a sub-path is tested below, on plain files and under a strict CSP.
describe.skipIf(skip !== '')('search on the fixture site', () => {
  const name: SiteName = 'fixture';
  const base = SITES[name].base;

  test('the header search box works from the keyboard and announces its results', async () => {
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, servers[name]!.url);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await page.keyboard.type('storm');
    const first = page.locator('[data-search-popup] li a').first();
    await first.waitFor();
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^\d+ results? for storm$/);
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toMatch(new RegExp(`^${base}`));
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-search-popup]').isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the search page lists results, filters them and keeps the query in the URL', async () => {
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, `${servers[name]!.url}search/?q=storm`);
    const results = page.locator('[data-search-results] > ol > li > a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.startsWith(`${base}timeline/2020-05-storm/`))).toBe(true);
    await expect(page.locator('#search-page-query').inputValue()).resolves.toBe('storm');
    await page.locator('input[name="type"][value="Event"]').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'Event');
    await page.locator('[data-search-results] h2').waitFor();
    const filtered = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((h) => h.startsWith(`${base}timeline/`))).toBe(true);
    // The filters are rebuilt with new counts, and the box just ticked keeps the focus; a status line, not the
    // whole list, tells a screen reader what changed.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'Event');
    await expect(page.locator('[data-search-page-status]').textContent()).resolves.toBe(await page.locator('[data-search-results] h2').textContent());
    await expect(page.locator('[data-search-results][aria-live]').count()).resolves.toBe(0);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('a result says when an event is only reported, and the standing filter keeps only such events', async () => {
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, servers[name]!.url);
    const url = servers[name]!.url;
    expect(await query(page, url, 'mayor')).toContain(`${base}timeline/2020-03-09-mayor-visit/`);
    const mayor = page.locator('[data-search-results] > ol > li', { has: page.locator(`a[href^="${base}timeline/2020-03-09-mayor-visit/"]`) });
    await expect(mayor.locator('.result-standing').textContent()).resolves.toBe('Reported');
    // Filters offer only values some result has: "mayor" finds no claim, "bridge" all three standings.
    await expect(page.locator('input[name="standing"][value="Claimed"]').count()).resolves.toBe(0);
    await query(page, url, 'bridge');
    await expect(page.locator('input[name="standing"]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).resolves.toEqual(['Claimed', 'Confirmed', 'Reported']);
    const reported = await query(page, url, 'bridge', { standing: ['Reported'] });
    expect(reported).toEqual([`${base}timeline/2020-03-09-mayor-visit/`]);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('a result page highlights the words searched for', async () => {
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, `${servers[name]!.url}timeline/2020-05-storm/?highlight=storm`);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('without JavaScript the search page says so and links to the indexes', async () => {
    const context = await browser.newContext(contextOptions({ javaScriptEnabled: false }));
    const { page } = await openPage(context, `${servers[name]!.url}search/?q=storm`);
    await expect(page.locator('[data-search-needs-js]').innerText()).resolves.toContain('Search results need JavaScript');
    await expect(page.locator('.search-fallback a').count()).resolves.toBe(4);
    await context.close();
  });
});

describe.skipIf(skip !== '')('search on a host that sends Pagefind\'s files as plain files', () => {
  test('the header box and the search page work when Pagefind unpacks its own files', async () => {
    const server = await serveStatic({ root: siteDir('fixtureSub'), base: SITES.fixtureSub.base, pagefindGzip: false });
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, server.url);
    const encodings: (string | undefined)[] = [];
    page.on('response', (response) => {
      if (/\.pf_index$/.test(response.url())) encodings.push(response.headers()['content-encoding']);
    });
    await page.locator('#site-search').fill('bridge');
    await page.locator('[data-search-popup] li a').first().waitFor();
    await page.goto(`${server.url}search/?q=storm`);
    await page.locator('[data-search-results] > ol > li > a').first().waitFor();
    expect(encodings.length).toBeGreaterThan(0);
    expect(encodings.every((encoding) => encoding === undefined)).toBe(true);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
    await server.close();
  });
});

describe.skipIf(skip !== '')('search under a strict Content-Security-Policy', () => {
  test('search works with no inline script and only wasm-unsafe-eval', async () => {
    const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";
    const server = await serveStatic({ root: siteDir('fixtureSub'), base: SITES.fixtureSub.base, headers: { 'Content-Security-Policy': policy } });
    const context = await browser.newContext(contextOptions());
    const { page, report } = await openPage(context, `${server.url}timeline/2020-05-storm/?highlight=storm`);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    await page.locator('#site-search').fill('bridge');
    await page.locator('[data-search-popup] li a').first().waitFor();
    await page.goto(`${server.url}search/?q=bridge`);
    await page.locator('[data-search-results] h2').waitFor();
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
    await server.close();
  });
});
