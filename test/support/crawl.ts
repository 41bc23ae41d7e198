/**
 * One visit of a built site, page by page, in Chromium: every per-page check
 * runs during that one visit, so no test loads the same pages again.
 * - Every page: loaded at 1280 px in light mode, with what the browser
 *   complained of (console errors, CSP violations, failed and third-party
 *   requests) and, for the payload site, any element the content injected.
 * - Axe (WCAG 2.2 AA) in light mode, and its colour rules in dark mode (by
 *   switching the colour scheme on the loaded page), and a fresh load at 320 px (console errors,
 *   horizontal scrolling): on every page of a small site, and on a sample
 *   per template of a large one (the shipped story), since pages of one
 *   template share their markup and styles.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeLightAndDark, contextOptions, emptyReport, preloadAxe, watchPage, type PageReport } from './browser.ts';

export interface PageVisit {
  /** Path below the site's base, e.g. "timeline/" ("" for the home page). */
  path: string;
  report: PageReport;
  /** Axe violations, one line per node, by colour scheme; absent when the page was not sampled. */
  axe?: { light: string[]; dark: string[] };
  /** At 320 px: the page's width when it scrolls sideways, and what the console said. */
  narrow?: { scrollWidth: number; report: PageReport };
  /** Elements that content injected (payload site only). */
  injected?: string[];
}

export interface CrawlOptions {
  /** Paths to visit, relative to `url`. */
  paths: string[];
  /** Paths that get the heavier checks; default every path. */
  sample?: string[];
  /** Run axe on the sampled pages (default true). */
  axe?: boolean;
  /** Load the sampled pages at 320 px too (default true). */
  narrow?: boolean;
  /** Look for elements an attack in content would have made. */
  injection?: boolean;
}

/** Elements the payload's attack would have made, had any of it become markup. */
export const findInjected = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('img[src="x"], [onerror], a[href^="javascript:" i], script:not([src]):not([type$="json"])')].map((e) => e.outerHTML.slice(0, 80)),
  );

/** The page's template: its path with the last segment starred when it is one of many ("timeline/*"). */
export const templateOf = (path: string) => {
  const parts = path.split('/').filter(Boolean);
  return parts.length >= 2 ? `${parts.slice(0, -1).join('/')}/*` : path;
};

/** Up to `per` pages of each template, spread evenly from the first to the last (3: the first, the middle and the last). */
export function samplePerTemplate(paths: string[], per = 3): string[] {
  const groups = new Map<string, string[]>();
  for (const path of [...paths].sort()) groups.set(templateOf(path), [...(groups.get(templateOf(path)) ?? []), path]);
  const spread = (n: number) => (per === 1 ? [0] : Array.from({ length: per }, (_, i) => Math.round((i * (n - 1)) / (per - 1))));
  return [...groups.values()].flatMap((group) => (group.length <= per ? group : [...new Set(spread(group.length).map((i) => group[i]!))]));
}

/** One tab, reused for every page: a fresh report per page, and one navigation each. */
async function tab(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const watched = await watchPage(page, new URL(url).origin);
  return {
    page,
    async visit(path: string): Promise<PageReport> {
      watched.report = emptyReport();
      await page.goto(url + path, { waitUntil: 'load' });
      return watched.report;
    },
  };
}

export async function crawl(browser: Browser, url: string, options: CrawlOptions): Promise<PageVisit[]> {
  const sample = new Set(options.sample ?? options.paths);
  const wideContext = await browser.newContext(contextOptions());
  const narrowContext = await browser.newContext(contextOptions({ viewport: { width: 320, height: 640 } }));
  // Loading axe with every page pays when nearly every page is checked; else it is loaded where needed.
  const runAxe = options.axe ?? true;
  if (runAxe && sample.size === options.paths.length) await preloadAxe(wideContext);
  const dialogs: string[] = [];
  wideContext.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  const wide = await tab(wideContext, url);
  const narrow = await tab(narrowContext, url);
  const visits: PageVisit[] = [];
  for (const path of options.paths) {
    const visit: PageVisit = { path, report: await wide.visit(path) };
    if (options.injection) visit.injected = await findInjected(wide.page);
    if (sample.has(path) && runAxe) {
      visit.axe = await axeLightAndDark(wide.page);
    }
    if (sample.has(path) && (options.narrow ?? true)) {
      const report = await narrow.visit(path);
      visit.narrow = { scrollWidth: await narrow.page.evaluate(() => document.documentElement.scrollWidth), report };
    }
    visits.push(visit);
  }
  await wideContext.close();
  await narrowContext.close();
  if (dialogs.length > 0) visits.push({ path: '(dialogs)', report: { ...emptyReport(), consoleErrors: dialogs.map((d) => `dialog: ${d}`) } });
  return visits;
}

/** One line per problem a visit found, for `expect(...).toEqual([])`. */
export function browserProblems(visits: PageVisit[]): string[] {
  return visits.flatMap(({ path, report, narrow }) => [
    ...report.consoleErrors.map((e) => `/${path}: console error ${e}`),
    ...report.cspViolations.map((v) => `/${path}: CSP violation ${v}`),
    ...report.failedRequests.map((r) => `/${path}: failed request ${r}`),
    ...report.thirdPartyRequests.map((r) => `/${path}: third-party request ${r}`),
    ...(narrow?.report.consoleErrors ?? []).map((e) => `/${path} at 320 px: console error ${e}`),
  ]);
}
