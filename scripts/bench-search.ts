/**
 * `npm run bench:search`: how long from the first keystroke in the header
 * box to the first result on screen, index loading included, on the shipped
 * story in `dist/` served on localhost, each query in a fresh browser
 * context (nothing cached, Pagefind not yet loaded).
 *
 * Measured in the page: from the first keydown event to the first frame
 * after the first result is in the DOM, which is what a reader sees. The
 * wall clock around Playwright's typing and waiting is printed too; it adds
 * the driver's own round trips. ROUNDS=3 by default (15 cold queries).
 */
import { resolve } from 'node:path';
import { serveStatic } from '../src/lib/static-server.ts';
import { launchChromium } from './chromium.ts';

const WORDS = ['Kyiv', 'ATACMS', 'Lammy', 'Storm Shadow', 'Kursk'];
const rounds = Number(process.env['ROUNDS'] || 3);

/** Runs in the page before its scripts: notes the first keydown and the frame after the first result appears. */
function recordFirstResult() {
  const state = window as unknown as { firstKey?: number; firstResult?: Promise<number> };
  document.addEventListener('keydown', () => (state.firstKey ??= performance.now()), { capture: true });
  state.firstResult = new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-search-popup] li a')) return;
      observer.disconnect();
      requestAnimationFrame(() => done(performance.now()));
    });
    addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
  });
}

const server = await serveStatic({ root: resolve(process.env['DIST_DIR'] || 'dist'), base: process.env['BASE_PATH'] || '/' });
const browser = await launchChromium();
const inPage: number[] = [];
const wallClock: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const word of WORDS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(recordFirstResult);
    await page.goto(server.url);
    await page.locator('#site-search').focus();
    const start = Date.now();
    await page.keyboard.type(word, { delay: 0 });
    await page.locator('[data-search-popup] li a').first().waitFor();
    wallClock.push(Date.now() - start);
    inPage.push(
      Math.round(
        await page.evaluate(async () => {
          const state = window as unknown as { firstKey: number; firstResult: Promise<number> };
          return (await state.firstResult) - state.firstKey;
        }),
      ),
    );
    await context.close();
  }
}
await browser.close();
await server.close();

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), slowest: sorted.at(-1) };
};
const page = summary(inPage);
const clock = summary(wallClock);
console.log(`queries: ${WORDS.join(', ')} × ${rounds}, each in a fresh browser context`);
console.log(`in the page, keydown → first result on screen: ${inPage.join(', ')} ms`);
console.log(`wall clock around Playwright's typing and waiting: ${wallClock.join(', ')} ms`);
console.log(`| measure | median | p90 | slowest | target |\n| --- | --- | --- | --- | --- |`);
console.log(`| first result on screen, in the page | ${page.median} ms | ${page.p90} ms | ${page.slowest} ms | ≤ 300 ms |`);
console.log(`| the same, wall clock with the driver | ${clock.median} ms | ${clock.p90} ms | ${clock.slowest} ms | |`);
