/**
 * `npm run bench:steps`: scrolls through the <Steps> of an explainer in
 * `dist/` (default the shipped story's "Why Washington hesitated") in
 * Chromium on a phone-sized screen with the CPU slowed four times (a
 * mid-range phone), and counts the frames that took longer than one frame
 * at 60 fps while the text scrolled and the maps changed. PAGE sets the
 * explainer's path; DIST_DIR the site. Prints a table; exits 1 when more
 * than 5 % of frames are dropped.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env['DIST_DIR'] || 'dist');
const path = process.env['PAGE'] || '/explainers/why-washington-hesitated/';
const THROTTLE = 4;
const FRAME = 1000 / 60;

if (!existsSync(join(dist, path, 'index.html'))) {
  console.error(`No ${path} in ${dist}: build the site first (npm run build), or set DIST_DIR and PAGE.`);
  process.exit(1);
}

const server = await serveStatic({ root: dist });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`${server.url}${path.replace(/^\//, '')}`);
await page.locator('.steps.is-live').waitFor();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
const { top, height } = await page.locator('.steps').evaluate((el) => ({ top: el.getBoundingClientRect().top + scrollY, height: el.getBoundingClientRect().height }));

// Scrolls `distance` px from `from` as a reader's flick would, 600 px a second, timing every frame meanwhile,
// and counting how often a step's map changed.
const scrollThrough = (from: number, distance: number) =>
  page.evaluate(
    async ({ from, distance }) => {
      window.scrollTo(0, from);
      await new Promise((r) => setTimeout(r, 300));
      const frames: number[] = [];
      let changes = 0;
      const observer = new MutationObserver((list) => (changes += list.filter((m) => (m.target as Element).classList.contains('is-active')).length));
      document.querySelectorAll('.step-graphic').forEach((g) => observer.observe(g, { attributes: true, attributeFilter: ['class'] }));
      const start = performance.now();
      const duration = (distance / 600) * 1000;
      await new Promise<void>((done) => {
        let last = start;
        const tick = (now: number) => {
          frames.push(now - last);
          last = now;
          const t = Math.min(1, (now - start) / duration);
          window.scrollTo(0, from + distance * t);
          if (t < 1) requestAnimationFrame(tick);
          else done();
        };
        requestAnimationFrame(tick);
      });
      observer.disconnect();
      return { frames: frames.slice(1), changes };
    },
    { from, distance },
  );
// The machine is shared: the same scroll over the page's plain text above the steps, side by side, shows
// what the machine itself drops.
const distance = Math.min(height, top - 400);
const plain = await scrollThrough(0, distance);
const result = await scrollThrough(top - 400, height);
await browser.close();
await server.close();

const stats = (frames: number[]) => {
  const dropped = frames.filter((d) => d > FRAME * 1.5).length;
  const sorted = [...frames].sort((a, b) => a - b);
  return { count: frames.length, dropped, share: frames.length > 0 ? dropped / frames.length : 1, p95: sorted[Math.ceil(sorted.length * 0.95) - 1] ?? NaN };
};
const steps = stats(result.frames);
const text = stats(plain.frames);
const row = (name: string, a: string, b: string, target: string) => console.log(`| ${name} | ${a} | ${b} | ${target} |`);
console.log(`\n| measure (${path}, 390 px, CPU ×${THROTTLE}) | through the steps | plain text, same page | target |\n| --- | --- | --- | --- |`);
row('frames', `${steps.count} (${result.changes} map changes)`, `${text.count} (over ${distance.toFixed(0)} px)`, '');
row('frames over 1.5 × 16.7 ms (dropped)', `${steps.dropped} (${(steps.share * 100).toFixed(1)} %)`, `${text.dropped} (${(text.share * 100).toFixed(1)} %)`, '≤ 5 %');
row('frame time, 95th percentile', `${steps.p95.toFixed(1)} ms`, `${text.p95.toFixed(1)} ms`, '≤ 16.7 ms');
console.log(`machine load (1-minute average): ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`);
process.exit(steps.share <= 0.05 ? 0 : 1);
