/**
 * The status chart follows the day the page shows: with `?at=` in the URL
 * a line marks that day on every row; without one there is no line. On the
 * fixture's explainer (one rule, coverage 2020).
 */
import { describe, expect, inject, test } from 'vitest';
import { CLEAN_REPORT, contextOptions, openPage, servedSite } from '../support/browser.ts';

const skip = inject('browserSkipReason');

describe.skipIf(skip !== '')('the status chart in a browser', () => {
  const site = servedSite('fixture');

  test("a day in the URL is marked on every row of the chart, in the middle of that day's place on the axis, and named under its title", async () => {
    const context = await site.browser.newContext(contextOptions());
    const { page, report } = await openPage(context, `${site.server.url}explainers/the-bridge/?at=2020-05-11`);
    const lines = page.locator('#lorries .status-day.is-on');
    await expect.poll(() => lines.count()).toBe(1);
    // 11 May is day 131 of the 366 of 2020: its middle is at 131.5 / 366 of the width.
    await expect(lines.first().getAttribute('x1')).resolves.toBe(`${((131.5 / 366) * 100).toFixed(2)}%`);
    // A vertical line has no width, which Playwright counts as not visible: ask the style instead.
    await expect(lines.first().evaluate((line) => getComputedStyle(line).visibility)).resolves.toBe('visible');
    await expect(page.locator('#lorries .figure-asof').innerText()).resolves.toMatch(/ · the line marks 11 May 2020$/);
    expect(report).toEqual(CLEAN_REPORT);
    await context.close();
  });

  test('without a day in the URL the chart shows no day', async () => {
    const context = await site.browser.newContext(contextOptions());
    const { page } = await openPage(context, `${site.server.url}explainers/the-bridge/`);
    await page.waitForLoadState('load');
    await expect(page.locator('#lorries .status-day.is-on').count()).resolves.toBe(0);
    await expect(page.locator('#lorries .status-day').count()).resolves.toBe(1);
    await expect(page.locator('#lorries [data-day-note]').innerText()).resolves.toBe('');
    await context.close();
  });
});
