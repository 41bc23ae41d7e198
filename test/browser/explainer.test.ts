/**
 * An explainer in a browser: the rail's "On this page" marks the section
 * being read, from the first screen on, with no layout read before the
 * page's first layout (Lighthouse's forced-reflow audit); a citation marker
 * opens its note in a card beside it.
 */
import { describe, expect, inject, test } from 'vitest';
import { CLEAN_REPORT, contextOptions, openPage, servedSite } from '../support/browser.ts';

const skip = inject('browserSkipReason');

describe.skipIf(skip !== '')('an explainer of the shipped story', () => {
  const site = servedSite('story');

  test('"On this page" follows a jump past whole sections, not only headings crossing the top third', async () => {
    const context = await site.browser.newContext(contextOptions());
    const { page, report } = await openPage(context, `${site.server.url}explainers/why-washington-hesitated/`);
    const current = () => page.locator('[data-contents] a[aria-current="true"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    await expect.poll(current).toEqual(['#the-fear-of-escalation']);
    // From the top straight to a point where "The practical argument" is 300 px above the screen: no heading
    // enters or leaves the top third on the way.
    await page.evaluate(() => scrollTo(0, document.getElementById('the-practical-argument')!.getBoundingClientRect().top + scrollY + 300));
    await expect.poll(current).toEqual(['#the-practical-argument']);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test.each([390, 1280])('at %i px a citation marker opens its note as a card just under it, its text wrapped inside the card and the screen', async (width) => {
    const context = await site.browser.newContext(contextOptions({ viewport: { width, height: 800 } }));
    const { page, report } = await openPage(context, `${site.server.url}explainers/why-washington-hesitated/`);
    const marker = page.locator('main p a[data-cite]').nth(4);
    await marker.scrollIntoViewIfNeeded();
    await marker.click();
    const card = page.locator('.cite-card');
    await card.waitFor();
    const placed = await card.evaluate((el, markerBox) => {
      const box = el.getBoundingClientRect();
      // The right edge of the widest thing inside the card, links and quoted passages included.
      const inner = Math.max(...[...el.querySelectorAll('*')].map((child) => child.getBoundingClientRect().right));
      return { left: box.left, right: box.right, top: box.top, inner, screen: document.documentElement.clientWidth, markerBottom: markerBox.bottom, markerCentre: markerBox.centre };
    }, await marker.evaluate((a) => ({ bottom: a.getBoundingClientRect().bottom, centre: a.getBoundingClientRect().left + a.getBoundingClientRect().width / 2 })));
    expect(placed.left).toBeGreaterThanOrEqual(0);
    expect(placed.right).toBeLessThanOrEqual(placed.screen);
    expect(placed.inner).toBeLessThanOrEqual(placed.right);
    expect(placed.top - placed.markerBottom).toBeGreaterThanOrEqual(0);
    expect(placed.top - placed.markerBottom).toBeLessThan(20);
    expect(placed.markerCentre).toBeGreaterThanOrEqual(placed.left);
    expect(placed.markerCentre).toBeLessThanOrEqual(placed.right);
    await page.keyboard.press('Escape');
    await expect(card.count()).resolves.toBe(0);
    await expect(marker.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });
});

describe.skipIf(skip !== '')('an explainer', () => {
  const site = servedSite('fixture');

  test('"On this page" marks the first section on arrival and the section scrolled to after', async () => {
    const context = await site.browser.newContext(contextOptions());
    const { page, report } = await openPage(context, `${site.server.url}explainers/the-bridge/`);
    const current = () => page.locator('[data-contents] a[aria-current="true"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    await expect.poll(current).toEqual(['#what-the-mayor-said']);
    await page.locator('#events').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect.poll(current).toEqual(['#events']);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('the script reads no layout while the page starts, only in observer callbacks after the first layout', async () => {
    const context = await site.browser.newContext(contextOptions());
    const page = await context.newPage();
    // Counts reads of positions made while the page is starting, outside an IntersectionObserver's callback
    // (which runs after a layout, so reading there forces none).
    await page.addInitScript(() => {
      const w = window as unknown as { reads: number; starting: boolean; observing: boolean };
      Object.assign(w, { reads: 0, starting: true, observing: false });
      const rect = Element.prototype.getBoundingClientRect;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (w.starting && !w.observing) w.reads++;
        return rect.call(this);
      };
      const Observer = window.IntersectionObserver;
      window.IntersectionObserver = class extends Observer {
        constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
          super((entries, observer) => {
            w.observing = true;
            try {
              callback(entries, observer);
            } finally {
              w.observing = false;
            }
          }, options);
        }
      };
      document.addEventListener('DOMContentLoaded', () => setTimeout(() => (w.starting = false), 0));
    });
    await page.goto(`${site.server.url}explainers/the-bridge/`);
    await expect.poll(() => page.locator('[data-contents] a[aria-current="true"]').count()).toBe(1);
    await expect(page.evaluate(() => (window as unknown as { reads: number }).reads)).resolves.toBe(0);
    await context.close();
  });
});
