/**
 * Drives Debian's Chromium through playwright-core against a built site
 * served on localhost, recording what a reader's browser would complain of:
 * console errors, Content-Security-Policy violations, failed requests and
 * any request leaving the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { SITES, siteDir, type SiteName } from './sites.ts';
import { chromiumPath } from './chromium.ts';

export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found');
  return launchChromium(executablePath);
}

export interface PageReport {
  consoleErrors: string[];
  /** securitypolicyviolation events: directive, then what was blocked. */
  cspViolations: string[];
  failedRequests: string[];
  thirdPartyRequests: string[];
}

/** What a page that gives a reader's browser nothing to complain of reports. */
export const CLEAN_REPORT: PageReport = Object.freeze({ consoleErrors: [], cspViolations: [], failedRequests: [], thirdPartyRequests: [] });

/** A blank report, for a page about to load. */
export const emptyReport = (): PageReport => ({ consoleErrors: [], cspViolations: [], failedRequests: [], thirdPartyRequests: [] });

/**
 * Records what `page` complains of into `watched.report`, for pages served from `origin`; the caller may
 * swap in a fresh report before each navigation to reuse one tab for many pages.
 */
export async function watchPage(page: Page, origin: string): Promise<{ report: PageReport }> {
  const watched = { report: emptyReport() };
  // Through the DevTools protocol, so the page's own policy cannot block the reporting.
  await page.exposeFunction('__reportCspViolation', (violation: string) => watched.report.cspViolations.push(violation));
  await page.addInitScript(() => {
    const reportViolation = (window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) => reportViolation(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.report.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watched.report.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => {
    // Aborted means the page moved on (a navigation) before the request finished, not that it failed.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') watched.report.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watched.report.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol.startsWith('http') && target.origin !== origin) watched.report.thirdPartyRequests.push(request.url());
  });
  return watched;
}

/** Opens `url` in a fresh page and records problems until the caller is done with it. */
export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; report: PageReport }> {
  const page = await context.newPage();
  const { report } = await watchPage(page, new URL(url).origin);
  await page.goto(url, { waitUntil: 'load' });
  return { page, report };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Loads axe-core into every page of `context` before the page's own scripts, once per context rather
 * than once per check (parsing it is a third of a check's time).
 */
export const preloadAxe = (context: BrowserContext) => context.addInitScript(axeSource);

/**
 * The axe rules that read colours. Dark mode only redefines colour tokens (test/unit/dark-mode.test.ts
 * holds the stylesheets to that), so on a page already checked in light mode these are all that can
 * find something new in dark mode, at a quarter of a full check's time.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core with the WCAG 2.2 AA rules (or only `rules`, e.g. COLOUR_RULES); returns one line per
 * violating node.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Evaluated through the DevTools protocol, so a Content-Security-Policy cannot block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_22_AA };
  // resultTypes: only violations are reported in full; axe lists one node per passed rule instead of all.
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, runOnly);
  return violations;
}

/** Axe in light mode, then (switching the scheme on the loaded page) its colour rules in dark mode. */
export async function axeLightAndDark(page: Page): Promise<{ light: string[]; dark: string[] }> {
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, COLOUR_RULES);
  await page.emulateMedia({ colorScheme: 'light' });
  return { light, dark };
}

/** Tests that visit every page grow with the story; a full site takes minutes on two cores. */
export const PAGE_LOOP_TIMEOUT = 15 * 60_000;

export const contextOptions = (options: BrowserContextOptions = {}): BrowserContextOptions => ({ viewport: { width: 1280, height: 800 }, ...options });

/**
 * For one describe block: Chromium, and a built site served as a host would
 * (optionally with its headers), both started before the tests and closed
 * after. Read `browser` and `server` inside tests, not at collection time.
 */
export function servedSite(name: SiteName, headers?: Record<string, string>): { readonly browser: Browser; readonly server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    site.browser = await launchBrowser();
    site.server = await serveStatic({ root: siteDir(name), base: SITES[name].base, ...(headers ? { headers } : {}) });
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
