/**
 * `npm run screenshots`: screenshots of a few pages of `dist/` at 390 px and
 * 1280 px, light and dark, into `.cache/screenshots/`, for a person to look
 * at. PAGES overrides the list (comma-separated paths); FULL=1 takes whole
 * pages; SEGMENTS=n takes the first n screens of each page, one file each
 * (easier to look at than one very tall image); WIDTHS and SCHEMES narrow
 * the set (e.g. WIDTHS=390 SCHEMES=dark); SELECTOR takes only the first
 * element matching it (e.g. SELECTOR=.map-compare), JS=0 with JavaScript off,
 * SCALE=2 at twice the pixels (to read small map labels).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serveStatic } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';

const root = resolve(process.env['DIST_DIR'] || 'dist');
const out = resolve('.cache/screenshots');
const pages = (process.env['PAGES'] || '/,/timeline/,/about/').split(',');

await mkdir(out, { recursive: true });
const server = await serveStatic({ root, base: process.env['BASE_PATH'] || '/' });
const browser = await launchChromium();
const widths = (process.env['WIDTHS'] || '390,1280').split(',').map(Number);
const schemes = (process.env['SCHEMES'] || 'light,dark').split(',') as ('light' | 'dark')[];
const segments = Number(process.env['SEGMENTS'] || 0);
for (const width of widths) {
  for (const scheme of schemes) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: Number(process.env['SCALE'] || 1), colorScheme: scheme, javaScriptEnabled: process.env['JS'] !== '0' });
    for (const path of pages) {
      const page = await context.newPage();
      await page.goto(server.url + path.replace(/^\//, ''));
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${scheme}`;
      if (process.env['SELECTOR']) {
        await page.locator(process.env['SELECTOR']).first().screenshot({ path: `${out}/${name}-part.png` });
        console.log(`${out}/${name}-part.png`);
      } else if (segments > 0) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let i = 0; i < segments && i * 900 < height; i += 1) {
          await page.evaluate((y) => scrollTo(0, y), i * 900);
          await page.waitForTimeout(100);
          await page.screenshot({ path: `${out}/${name}-${i + 1}.png` });
          console.log(`${out}/${name}-${i + 1}.png`);
        }
      } else {
        await page.screenshot({ path: `${out}/${name}.png`, fullPage: process.env['FULL'] === '1' });
        console.log(`${out}/${name}.png`);
      }
      await page.close();
    }
    await context.close();
  }
}
await browser.close();
await server.close();
