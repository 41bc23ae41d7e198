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
 *
 * Each query runs twice: with Pagefind's index files labelled
 * Content-Encoding: gzip, as `npm run preview` and the nginx recipe send
 * them, and as plain files, as most static hosts do (PAGEFIND_FILES=gzip
 * or plain for one). DIST_DIR=dist,../other/dist compares builds. The
 * queries are interleaved, so a busy moment on the machine hits all alike.
 */
import { resolve } from 'node:path';
import { serveStatic } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';

const WORDS = ['Kyiv', 'ATACMS', 'Lammy', 'Storm Shadow', 'Kursk'];
const rounds = Number(process.env['ROUNDS'] || 3);
const dists = (process.env['DIST_DIR'] || 'dist').split(',');

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

const browser = await launchChromium();
// Pagefind's index files labelled Content-Encoding: gzip (npm run preview, the nginx recipe), and as plain
// files that pagefind.js unpacks itself (most static hosts).
const modes = [
  ['gzip', 'index files gzip-encoded'],
  ['plain', 'index files as plain files'],
].filter(([mode]) => [mode, 'both'].includes(process.env['PAGEFIND_FILES'] || 'both'));
const builds = await Promise.all(
  dists.flatMap((dist) =>
    modes.map(async ([mode, label]) => ({
      label: `${dist}, ${label}`,
      server: await serveStatic({ root: resolve(dist), base: process.env['BASE_PATH'] || '/', pagefindGzip: mode === 'gzip' }),
      inPage: [] as number[],
      wallClock: [] as number[],
    })),
  ),
);
/** One query in a fresh context: milliseconds in the page, and on the wall clock around the driver. */
async function timeQuery(url: string, word: string): Promise<{ inPage: number; wallClock: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(recordFirstResult);
  await page.goto(url);
  await page.locator('#site-search').focus();
  const start = Date.now();
  await page.keyboard.type(word, { delay: 0 });
  // One call that awaits the page's own promise: a Playwright locator would poll the DOM on the page's main
  // thread, the thread being measured.
  const elapsed = await page.evaluate(async () => {
    const state = window as unknown as { firstKey: number; firstResult: Promise<number> };
    const late = new Promise<never>((_, fail) => setTimeout(() => fail(new Error('no result on screen within 10 s')), 10_000));
    return (await Promise.race([state.firstResult, late])) - state.firstKey;
  });
  const wallClock = Date.now() - start;
  await context.close();
  return { inPage: Math.round(elapsed), wallClock };
}

// A browser just launched is slow for its first few pages, as a reader's long-running one is not: one query
// per build first, not counted.
const warmUp: string[] = [];
for (const build of builds) warmUp.push(`${(await timeQuery(build.server.url, WORDS[0]!)).inPage} ms (${build.label})`);
for (let round = 0; round < rounds; round++) {
  for (const word of WORDS) {
    for (const build of builds) {
      const { inPage, wallClock } = await timeQuery(build.server.url, word);
      build.inPage.push(inPage);
      build.wallClock.push(wallClock);
    }
  }
}
await browser.close();
await Promise.all(builds.map((build) => build.server.close()));

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `${at(0.5)} ms | ${at(0.9)} ms | ${sorted.at(-1)} ms`;
};
console.log(`queries: ${WORDS.join(', ')} × ${rounds}, each in a fresh browser context`);
console.log(`not counted, the browser's first queries: ${warmUp.join(', ')}`);
for (const build of builds) {
  console.log(`${build.label}, in the page, keydown → first result on screen: ${build.inPage.join(', ')} ms`);
  console.log(`${build.label}, wall clock around Playwright's typing and waiting: ${build.wallClock.join(', ')} ms`);
}
console.log(`| build | measure | median | p90 | slowest | target |\n| --- | --- | --- | --- | --- | --- |`);
for (const build of builds) {
  console.log(`| ${build.label} | first result on screen, in the page | ${summary(build.inPage)} | ≤ 300 ms |`);
  console.log(`| ${build.label} | the same, wall clock with the driver | ${summary(build.wallClock)} | |`);
}
